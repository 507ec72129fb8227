/**
 * Ids for new items: readable (`ev-us-strikes-on-iran-backed-groups`, `pl-al-bukamal`), made
 * from the item's words, unique among the ids already taken. Ids are what excerpts, events
 * and places point at each other with, so they never change once made.
 */
export function newId(prefix: string, words: string, taken: ReadonlySet<string> | readonly string[]): string {
  const used = taken instanceof Set ? taken : new Set(taken);
  const slug = words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const stem = slug === '' ? prefix : `${prefix}-${slug}`;
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
