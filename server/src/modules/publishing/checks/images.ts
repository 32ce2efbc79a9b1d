import exifr from 'exifr';
import type { CheckOptions, Finding } from './finding.js';
import { createFinding } from './finding.js';
import { maskName } from './mask.js';

/** Tags that name a person: the photographer, the Windows author field, the camera's registered owner, XMP and IPTC creators. */
const PERSON_TAGS = ['Artist', 'XPAuthor', 'OwnerName', 'creator', 'Byline'] as const;

/**
 * Windows writes the XP* tags as UTF-16LE bytes. exifr guesses their byte order from the first
 * character and gets Chinese wrong (王 comes out as 譳), so values are read unrevived and decoded here.
 */
function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join('、');
  if (value instanceof Uint8Array) return asText(new TextDecoder('utf-16le').decode(value));
  return typeof value === 'string' ? value.replace(/\0+$/, '').trim() : '';
}

/** Whole degrees with the hemisphere: enough to say the position is there, too coarse to locate anyone (about 100 km). */
const coarse = (deg: number, [pos, neg]: [string, string]) => `${Math.trunc(Math.abs(deg))}°${deg >= 0 ? pos : neg}…`;

/**
 * Metadata in an attached photo that the publication would carry: a GPS position (block: where
 * the photo was taken, often someone's home or a sensitive site) and a person's name (warn).
 * A file exifr cannot read has no metadata to leak and yields nothing. Findings concern the
 * image, not the text: `start` and `end` are 0, `text` names the file.
 */
export async function checkImage(buffer: Uint8Array, name: string, options: CheckOptions = {}): Promise<Finding[]> {
  const meta: Record<string, unknown> | undefined = await exifr
    .parse(buffer, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, mergeOutput: true, reviveValues: false })
    .catch(() => undefined);
  if (!meta) return [];
  const findings: Finding[] = [];
  const { latitude, longitude } = meta;
  if (typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    const where = `${coarse(latitude, ['N', 'S'])} ${coarse(longitude, ['E', 'W'])}`;
    findings.push(createFinding({ rule: 'image_gps', severity: 'block', start: 0, end: 0, text: `${name}（GPS ${where}）` }, options.locale));
  }
  const people = PERSON_TAGS.flatMap((tag) => {
    const value = asText(meta[tag]);
    return value ? [`${tag}: ${maskName(value)}`] : [];
  });
  if (people.length) {
    findings.push(createFinding({ rule: 'image_author', severity: 'warn', start: 0, end: 0, text: `${name}（${people.join('; ')}）` }, options.locale));
  }
  return findings;
}
