/**
 * When did a channel last publish? Read from its feed (RSS, Atom, RDF, JSON Feed) or, for a plain
 * page, from Last-Modified. Dates in feeds are ASCII whatever the body's encoding, so the body is
 * read as latin1 and no decoding can fail here.
 */
const XML_DATE = /<(pubDate|updated|published|dc:date|lastBuildDate|modified)\b[^>]*>\s*([^<]{6,64}?)\s*<\/\1>/gi;
const JSON_DATE = /"(date_published|date_modified)"\s*:\s*"([^"]{6,64})"/g;

/** The newest entry date not in the future (a clock a day off is tolerated), as ISO; null when none is found. */
export function latestEntryDate(body: Buffer, lastModified: string | undefined, now: Date): string | null {
  const text = body.toString('latin1');
  const limit = now.getTime() + 86_400_000;
  let best = Number.NEGATIVE_INFINITY;
  const consider = (raw: string) => {
    const t = Date.parse(raw.trim());
    if (Number.isFinite(t) && t <= limit && t > best) best = t;
  };
  for (const m of text.matchAll(XML_DATE)) consider(m[2]);
  for (const m of text.matchAll(JSON_DATE)) consider(m[2]);
  if (best === Number.NEGATIVE_INFINITY && lastModified) consider(lastModified);
  return Number.isFinite(best) ? new Date(best).toISOString() : null;
}
