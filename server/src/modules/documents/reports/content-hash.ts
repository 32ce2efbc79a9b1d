import crypto from 'node:crypto';
import type { Section } from './section.js';

/** What an approval vouches for: the title and every section's heading, text and figure tables. */
export function contentHash(title: string, sections: Pick<Section, 'key' | 'title' | 'text' | 'blocks'>[]): string {
  const canonical = JSON.stringify({ title, sections: sections.map((s) => [s.key, s.title, s.text, s.blocks]) });
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
