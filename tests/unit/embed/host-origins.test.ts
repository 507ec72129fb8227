import { describe, expect, test } from 'vitest';
import { findParentOrigin, parseAllowedOrigins } from '../../../src/embed/host-origins';

describe('allowedOrigins', () => {
  test('reads a comma-separated list of exact origins', () => {
    expect(parseAllowedOrigins('https://news.example, https://staging.news.example:8443')).toEqual([
      'https://news.example',
      'https://staging.news.example:8443',
    ]);
    expect(parseAllowedOrigins('https://news.example/')).toEqual(['https://news.example']);
    expect(parseAllowedOrigins('HTTPS://News.Example')).toEqual(['https://news.example']);
    expect(parseAllowedOrigins('http://127.0.0.1:5173,http://127.0.0.1:5173')).toEqual(['http://127.0.0.1:5173']);
  });

  test('drops wildcards, bare hosts, pages and other schemes', () => {
    expect(parseAllowedOrigins('*')).toEqual([]);
    expect(parseAllowedOrigins('news.example')).toEqual([]);
    expect(parseAllowedOrigins('https://news.example/article')).toEqual([]);
    expect(parseAllowedOrigins('https://news.example?x=1')).toEqual([]);
    expect(parseAllowedOrigins('https://user:pw@news.example')).toEqual([]);
    expect(parseAllowedOrigins('javascript:alert(1),null,file:///x,data:text/html,hi')).toEqual([]);
    expect(parseAllowedOrigins('https://*.news.example')).toEqual([]);
    expect(parseAllowedOrigins('')).toEqual([]);
    expect(parseAllowedOrigins(null)).toEqual([]);
  });
});

describe('the parent origin', () => {
  const frame = (ancestors: string[] | undefined, referrer: string) => ({
    parent: {},
    self: {},
    location: { ancestorOrigins: ancestors },
    document: { referrer },
  });

  test('comes from ancestorOrigins first, then from the referrer', () => {
    expect(findParentOrigin(frame(['https://news.example'], 'https://other.example/page'))).toBe('https://news.example');
    expect(findParentOrigin(frame(undefined, 'https://news.example/2022/08/story?x=1'))).toBe('https://news.example');
    expect(findParentOrigin(frame([], 'https://news.example/story'))).toBe('https://news.example');
  });

  test('is unknown without either, for opaque origins, and when not framed', () => {
    expect(findParentOrigin(frame(undefined, ''))).toBeNull();
    expect(findParentOrigin(frame(['null'], ''))).toBeNull();
    const top = { parent: null as unknown, self: null as unknown, location: {}, document: { referrer: 'https://a.example/' } };
    top.parent = top;
    top.self = top;
    expect(findParentOrigin(top)).toBeNull();
  });
});
