/**
 * The one gate for links taken from data: only absolute http(s) links with a host and no
 * embedded credentials pass; `javascript:`, `data:`, `file:` and the like never reach an `href`.
 */

/**
 * Why `value` is not a safe http(s) link, in plain words, or `null` when it is one.
 * The string must be used exactly as given, so surrounding spaces are refused rather than trimmed.
 */
export function explainUnsafeUrl(value: string): string | null {
  if (value.trim() === '') return 'is empty; give the article’s http:// or https:// link';
  if (value !== value.trim()) return 'has spaces before or after the link; remove them';
  // Control characters and spaces are how `java\tscript:` style tricks slip past naive checks.
  if ([...value].some((ch) => /\s/.test(ch) || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) {
    return 'contains spaces or control characters; a link has none';
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1];
  if (scheme === undefined) return 'must be a full link starting with http:// or https://';
  const lower = scheme.toLowerCase();
  if (lower !== 'http' && lower !== 'https') {
    return `only http:// and https:// links are allowed; a "${lower}:" link is refused`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a well-formed link';
  }
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value) || url.hostname === '') {
    return 'must name a site after the "//", like https://www.example.org/page';
  }
  // `https://trusted.example@evil.example` shows one site and opens another.
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return null;
}

/** `value` itself when it is a safe http(s) link (see {@link explainUnsafeUrl}), otherwise `null`. */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return explainUnsafeUrl(value) === null ? value : null;
}
