import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUrl, URL_MAX_LENGTH } from '../../src/submission/url-rules.js';

const CORPUS = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');

describe('checkUrl', () => {
  it.each([
    ['https://acme.com', 'https://acme.com'],
    ['https://acme.com/', 'https://acme.com/'],
    ['  https://acme.com  ', 'https://acme.com'],
    ['HTTPS://WWW.Acme.COM/Path', 'https://www.acme.com/Path'],
    ['https://acme.com:443', 'https://acme.com'],
    ['https://acme.com:443/about', 'https://acme.com/about'],
    ['https://acme.com?ref=github', 'https://acme.com/?ref=github'],
    ['https://acme.com/über?q=ä#straße', 'https://acme.com/%C3%BCber?q=%C3%A4#stra%C3%9Fe'],
    ['https://münchen.de', 'https://xn--mnchen-3ya.de'],
    ['https://президент.рф/', 'https://xn--d1abbgf6aiiy.xn--p1ai/'],
    ['https://xn--mnchen-3ya.de/', 'https://xn--mnchen-3ya.de/'],
    ['https://octocat.github.io/site', 'https://octocat.github.io/site'],
    ['https://github.com/open-policy-agent/opa', 'https://github.com/open-policy-agent/opa'],
    ['https://en.wikipedia.org/wiki/Acme_(company)', 'https://en.wikipedia.org/wiki/Acme_(company)'],
    ['https://www.bbc.co.uk/news', 'https://www.bbc.co.uk/news'],
    ['https://il.att.com/', 'https://il.att.com/'],
    ['https://aardvarkanalytics.example.com', 'https://aardvarkanalytics.example.com'],
  ])('should accept %s as %s', (typed, url) => {
    expect(checkUrl(typed)).toEqual({ ok: true, url });
  });

  it('should accept http: only when allowed (links already in a file)', () => {
    expect(checkUrl('http://acme.com').ok).toBe(false);
    expect(checkUrl('http://acme.com', { allowHttp: true })).toEqual({ ok: true, url: 'http://acme.com' });
    expect(checkUrl('http://acme.com:80/x', { allowHttp: true })).toEqual({ ok: true, url: 'http://acme.com/x' });
  });

  it('should accept reserved test domains only when asked, and never localhost', () => {
    const options = { allowReservedTestDomains: true };
    expect(checkUrl('https://aardvark.example', options)).toEqual({ ok: true, url: 'https://aardvark.example' });
    expect(checkUrl('https://broken.invalid/x', options).ok).toBe(true);
    expect(checkUrl('https://acme.test', options).ok).toBe(true);
    expect(checkUrl('https://localhost', options).ok).toBe(false);
    expect(checkUrl('https://printer.local', options).ok).toBe(false);
  });

  it('should refuse a public suffix on its own, private suffixes included', () => {
    expect(checkUrl('https://github.io')).toMatchObject({
      ok: false,
      message: expect.stringContaining('suffix') as string,
    });
  });

  it('should accept a URL at the length limit and refuse one past it without echoing it', () => {
    const base = 'https://acme.com/';
    expect(checkUrl(base + 'a'.repeat(URL_MAX_LENGTH - base.length)).ok).toBe(true);
    const result = checkUrl(base + 'a'.repeat(100_000));
    expect(result).toEqual({ ok: false, message: `is ${100_000 + base.length} characters long; the limit is 2048.` });
  });

  it('should not name a long unknown scheme in its message', () => {
    const result = checkUrl(`${'x'.repeat(500)}:payload`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe('uses the scheme; only https:// web addresses are accepted.');
  });

  it('should accept every real https address in the corpus adopters files', () => {
    const urls = new Set<string>();
    for (const file of readdirSync(CORPUS)) {
      for (const match of readFileSync(join(CORPUS, file), 'utf8').matchAll(/https:\/\/[^\s)"'<>\]|`…]+/g)) {
        urls.add(match[0]);
      }
    }
    // Placeholders of the manifest, and a link the file ends with a full stop after.
    const notAddresses = new Set(['https://url', 'https://coreos.com/blog/etcd-0.3.0-released/.']);
    const refused = [...urls].filter((url) => !notAddresses.has(url) && !checkUrl(url).ok);
    expect(urls.size).toBeGreaterThan(1000);
    expect(refused).toEqual([]);
  });
});
