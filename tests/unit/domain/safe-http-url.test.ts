import { describe, expect, it } from 'vitest';
import { explainUnsafeUrl, safeHttpUrl } from '../../../src/domain/safe-http-url';

describe('safeHttpUrl', () => {
  it.each(['https://www.middleeastmonitor.com/', 'http://example.org/a?b=1#c', 'HTTPS://EXAMPLE.ORG'])('passes %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url);
    expect(explainUnsafeUrl(url)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'a "javascript:" link is refused'],
    ['JavaScript:alert(1)', 'a "javascript:" link is refused'],
    ['data:text/html,<script>alert(1)</script>', 'a "data:" link is refused'],
    ['file:///etc/passwd', 'a "file:" link is refused'],
    ['java\tscript:alert(1)', 'control characters'],
    ['//example.org/x', 'must be a full link'],
    ['/relative/path', 'must be a full link'],
    ['https://', 'not a well-formed link'],
    ['https:example.org', 'must name a site'],
    ['https://trusted.example@evil.example/', 'user name or password'],
    [' https://example.org', 'spaces before or after'],
    ['', 'is empty'],
  ])('refuses %j and says why', (url, reason) => {
    expect(safeHttpUrl(url)).toBeNull();
    expect(explainUnsafeUrl(url)).toContain(reason);
  });

  it('refuses anything that is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl({ toString: () => 'https://example.org' })).toBeNull();
  });
});
