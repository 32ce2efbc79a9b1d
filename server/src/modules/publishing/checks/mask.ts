/** Keeps `head` and `tail` characters and stars the rest: 6101**********1234, 138****5678. */
export function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** A person's name keeps its first character: 张**, J*******. Counted in code points so rare characters stay whole. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(chars.length - 1);
}
