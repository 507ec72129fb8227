/**
 * Which host origins the embed talks to: the `allowedOrigins` option, parsed strictly, and the
 * embedding page's own origin, as the browser reports it.
 */

/**
 * `allowedOrigins=https://news.example,https://staging.news.example` → exact origins. Each
 * entry must be an http(s) origin; anything else (`*`, a bare host name, `null`) is dropped:
 * a wildcard would let any page that frames the map drive it and read its state.
 */
export function parseAllowedOrigins(value: string | null | undefined): string[] {
  if (!value) return [];
  const origins = new Set<string>();
  for (const entry of value.split(',')) {
    const text = entry.trim();
    if (!/^https?:\/\//i.test(text)) continue;
    try {
      const url = new URL(text);
      // An origin, not a page: a path (other than "/"), query or fragment means a typo.
      if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) continue;
      // URL parsing lets `*` through in a host name; it is no wildcard here, and never matches.
      if (url.hostname.includes('*')) continue;
      origins.add(url.origin);
    } catch {
      // Not a URL: dropped, like any bad option.
    }
  }
  return [...origins];
}

/** The parts of `window` the origin lookup reads (a fake in tests). */
export interface FrameContext {
  parent: unknown;
  self: unknown;
  location: { ancestorOrigins?: ArrayLike<string> };
  document: { referrer: string };
}

/**
 * The origin of the page that frames this one, or null when there is none or it cannot be
 * known. `location.ancestorOrigins` (Chromium, Safari) cannot be hidden by the host; the
 * referrer is the fallback, and is empty under `Referrer-Policy: no-referrer`.
 */
export function findParentOrigin(context: FrameContext): string | null {
  if (context.parent === context.self) return null;
  const ancestor = context.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    const origin = new URL(context.document.referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
