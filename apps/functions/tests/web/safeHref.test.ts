import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/web/safeHref.js';

describe('safeHref', () => {
  it.each([
    ['https://treaties.un.org/doc', 'https://treaties.un.org/doc'],
    ['http://example.org', 'http://example.org/'],
    [' https://example.org/a b', 'https://example.org/a%20b'],
  ])('keeps the http(s) URL %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    'not a url',
    'ftp://example.org/file',
  ])('refuses %s', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});
