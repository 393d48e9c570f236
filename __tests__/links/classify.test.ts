import { describe, expect, it } from 'vitest';
import {
  classifyNetworkError,
  classifyRelative,
  classifyStatusCode,
  classifyTarget,
  isRetryableStatus,
  movedToOtherDomain,
  shouldFallbackToGet,
} from '../../src/links/classify.js';

describe('classifyTarget', () => {
  it.each([
    ['https://example.org/a', 'http'],
    ['http://example.org', 'http'],
    ['#section', 'anchor'],
    ['docs/logo.png', 'relative'],
    ['/README.md', 'relative'],
    ['mailto:a@example.org', 'skipped'],
    ['tel:+123', 'skipped'],
    ['javascript:alert(1)', 'skipped'],
    ['', 'skipped'],
  ])('should classify %j as %s', (raw, kind) => {
    expect(classifyTarget(raw).kind).toBe(kind);
  });

  it.each([
    ['ttps://northflank.com', 'https://northflank.com'],
    ['htps://a.example/x', 'https://a.example/x'],
    ['htttps://github.com/gandhiano', 'https://github.com/gandhiano'],
    ['https//a.example', 'https://a.example'],
    ['//cdn.example/x', 'https://cdn.example/x'],
  ])('should call %j malformed and suggest %j', (raw, suggestion) => {
    expect(classifyTarget(raw)).toMatchObject({ kind: 'malformed', suggestion });
  });

  it.each(['www.finos.org', 'kops.sigs.k8s.io/', 'estaleiro.serpro.gov.br', 'www.example.md'])(
    'should mark %j as a host typed without a scheme',
    (raw) => {
      expect(classifyTarget(raw)).toMatchObject({ kind: 'relative', hostLike: true, suggestion: `https://${raw}` });
    },
  );

  it.each(['README.md', 'logo.png', 'docs/adopters.yaml', './adopters/organizations/x.md', 'v1.2/notes'])(
    'should treat %j as a repository path',
    (raw) => {
      expect(classifyTarget(raw)).toMatchObject({ kind: 'relative', hostLike: false });
    },
  );

  it('should strip credentials so they are never sent', () => {
    const target = classifyTarget('https://user:secret@example.org/x');
    expect(target.kind === 'http' && target.url.href).toBe('https://example.org/x');
  });

  it('should refuse absurdly long URLs', () => {
    expect(classifyTarget(`https://example.org/${'a'.repeat(3000)}`).kind).toBe('malformed');
  });
});

describe('classifyRelative', () => {
  const path = {
    kind: 'relative',
    path: 'www.finos.org',
    hostLike: true,
    suggestion: 'https://www.finos.org',
  } as const;

  it('should accept an existing path, even one that looks like a host', () => {
    expect(classifyRelative(path, true)).toEqual({ status: 'ok', code: null, network: false });
  });

  it('should call a missing host-like path malformed with the suggestion', () => {
    expect(classifyRelative(path, false)).toEqual({
      status: 'malformed',
      code: null,
      network: false,
      detail: 'written without a scheme; did you mean https://www.finos.org?',
    });
  });

  it('should call a missing file broken', () => {
    expect(classifyRelative({ kind: 'relative', path: 'x.svg', hostLike: false }, false).status).toBe('broken');
  });
});

describe('HTTP answers', () => {
  it.each([
    [200, 'ok'],
    [204, 'ok'],
    [404, 'broken'],
    [410, 'broken'],
    [400, 'broken'],
    [500, 'broken'],
    [401, 'unverifiable'],
    [403, 'unverifiable'],
    [429, 'unverifiable'],
    [999, 'unverifiable'],
  ])('should classify a final %i as %s', (code, status) => {
    expect(classifyStatusCode(code)).toBe(status);
  });

  it('should retry only 5xx, 408 and 429', () => {
    expect([408, 429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });

  it('should confirm a failing HEAD with GET, except on 429', () => {
    expect([400, 403, 404, 405, 500, 501, 999].every(shouldFallbackToGet)).toBe(true);
    expect([200, 301, 429].some(shouldFallbackToGet)).toBe(false);
  });
});

describe('classifyNetworkError', () => {
  it.each([
    ['ENOTFOUND', 'broken'],
    ['ECONNREFUSED', 'broken'],
    ['CERT_HAS_EXPIRED', 'broken'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'broken'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['ABORT_ERR', 'timeout'],
    ['E_LINK_BLOCKED', 'blocked'],
  ])('should classify %s as %s', (code, status) => {
    expect(classifyNetworkError(code).status).toBe(status);
  });
});

describe('movedToOtherDomain', () => {
  it('should compare registrable domains, not hosts', () => {
    expect(movedToOtherDomain(new URL('http://example.com/'), new URL('https://www.example.com/x'))).toBe(false);
    expect(movedToOtherDomain(new URL('https://a.example.co.uk/'), new URL('https://b.example.co.uk/'))).toBe(false);
    expect(movedToOtherDomain(new URL('https://example.com/'), new URL('https://parked-domains.net/'))).toBe(true);
  });
});
