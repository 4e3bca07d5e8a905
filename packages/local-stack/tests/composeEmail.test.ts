import { describe, expect, it } from 'vitest';
import { composeEmail } from '../src/subscribers/composeEmail.js';

const parts = {
  from: 'Treaty Watch <alerts@treatywatch.invalid>',
  to: 'reader@example.org',
  subject: 'Ukraine: Ottawa Convention suspension declared',
  text: 'Line one\nhttp://127.0.0.1:8787/confirm?subscriber=local-0123456789abcdef0123456789abcdef&token=0123456789abcdef\n',
  date: new Date('2026-03-12T19:03:58Z'),
  messageId: 'fixed@treatywatch.invalid',
};

describe('composeEmail', () => {
  it('writes RFC 5322 headers, a blank line, then the body, with CRLF line ends', () => {
    const message = composeEmail(parts);
    const [head = '', body] = message.split('\r\n\r\n');
    expect(head.split('\r\n')).toEqual([
      'From: Treaty Watch <alerts@treatywatch.invalid>',
      'To: reader@example.org',
      'Subject: Ukraine: Ottawa Convention suspension declared',
      'Date: Thu, 12 Mar 2026 19:03:58 +0000',
      'Message-ID: <fixed@treatywatch.invalid>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 7bit',
    ]);
    expect(body).toBe(parts.text.replaceAll('\n', '\r\n'));
    expect(message.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('keeps a long link on one line, readable in the file', () => {
    expect(composeEmail(parts)).toContain(
      'http://127.0.0.1:8787/confirm?subscriber=local-0123456789abcdef0123456789abcdef&token=0123456789abcdef\r\n',
    );
  });

  it('encodes a non-ASCII subject as RFC 2047 words of at most 75 characters', () => {
    const subject = 'Côte d’Ivoire: Ottawa Convention withdrawal pending — effective 2026-12-31';
    const message = composeEmail({ ...parts, subject });
    const header = /^Subject: (.*(?:\r\n .*)*)$/m.exec(message)?.[1] ?? '';
    const words = header.split('\r\n ');
    for (const word of words) {
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(word.length).toBeLessThanOrEqual(75);
    }
    const decoded = words
      .map((word) => Buffer.from(word.slice(10, -2), 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(subject);
  });

  it('declares 8bit for a non-ASCII body and sends it as UTF-8', () => {
    const message = composeEmail({ ...parts, text: 'Україна\n' });
    expect(message).toContain('Content-Transfer-Encoding: 8bit');
    expect(message).toContain('Україна\r\n');
  });
});
