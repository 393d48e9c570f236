import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import {
  blockedRange,
  checkLiteralHost,
  createAddressPolicy,
  createGuardedLookup,
  type ResolvedAddress,
} from '../../../src/links/fetch/ssrf-guard.js';

describe('blockedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata'],
    ['168.63.129.16', 'cloud metadata'],
    ['169.254.1.1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped (loopback)'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['::ffff:0:10.0.0.1', 'rfc6145 (private)'],
    ['64:ff9b::7f00:1', 'rfc6052 (loopback)'],
    ['64:ff9b:1::1', 'NAT64 (local use)'],
    ['2002:7f00:1::1', '6to4 (loopback)'],
    ['2002:a00:1::1', '6to4 (private)'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'teredo (private)'],
    ['::7f00:1', 'reserved'],
    ['2001:db8::1', 'reserved'],
  ])('should block %s (%s)', (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('should allow public %s', (address) => {
    expect(blockedRange(address)).toBeNull();
  });
});

describe('checkLiteralHost', () => {
  const policy = createAddressPolicy();

  it('should apply the address policy to IP literals in URLs', () => {
    expect(checkLiteralHost('127.0.0.1', policy)?.reason).toBe('loopback');
    expect(checkLiteralHost('[::ffff:7f00:1]', policy)?.reason).toBe('loopback');
    // Other IPv4 notations: WHATWG URL rewrites them to dotted quads, and ipaddr reads them too.
    expect(checkLiteralHost(new URL('http://0x7f000001/').hostname, policy)?.reason).toBe('loopback');
    expect(checkLiteralHost(new URL('http://2130706433/').hostname, policy)?.reason).toBe('loopback');
    expect(checkLiteralHost('0x7f000001', policy)?.reason).toBe('loopback');
  });

  it('should let names through to the lookup', () => {
    expect(checkLiteralHost('example.org', policy)).toBeNull();
  });

  it('should exempt literals named in allow-hosts, and everything private with allowPrivate except metadata', () => {
    expect(checkLiteralHost('127.0.0.1', createAddressPolicy({ allowHosts: ['127.0.0.1'] }))).toBeNull();
    const local = createAddressPolicy({ allowPrivate: true });
    expect(checkLiteralHost('10.0.0.1', local)).toBeNull();
    expect(checkLiteralHost('169.254.169.254', local)?.reason).toBe('cloud metadata');
  });
});

type LookupResult = { error: (Error & { code?: string }) | null; address: string | LookupAddress[]; family?: number };

function lookupOnce(lookup: ReturnType<typeof createGuardedLookup>, host: string, all = false): Promise<LookupResult> {
  return new Promise((resolve) =>
    lookup(host, { all }, (error, address, family) => resolve({ error, address, family })),
  );
}

describe('createGuardedLookup', () => {
  const stub = (answers: Record<string, ResolvedAddress[]>) => (host: string) => Promise.resolve(answers[host] ?? []);

  it.each([
    ['127.0.0.1', 4],
    ['169.254.169.254', 4],
    ['10.0.0.7', 4],
    ['::1', 6],
    ['::ffff:127.0.0.1', 6],
  ] as const)('should refuse a name resolving to %s', async (address, family) => {
    const lookup = createGuardedLookup(createAddressPolicy(), stub({ 'evil.test': [{ address, family }] }));
    const result = await lookupOnce(lookup, 'evil.test');
    expect(result.error).toMatchObject({ code: 'E_LINK_BLOCKED' });
  });

  it('should refuse the whole answer when any address is private', async () => {
    const answers = {
      'mixed.test': [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.1', family: 4 },
      ],
    } as const;
    const lookup = createGuardedLookup(createAddressPolicy(), stub({ 'mixed.test': [...answers['mixed.test']] }));
    expect((await lookupOnce(lookup, 'mixed.test', true)).error).toMatchObject({ code: 'E_LINK_BLOCKED' });
  });

  it('should hand the socket exactly the addresses it checked, in both callback forms', async () => {
    const lookup = createGuardedLookup(
      createAddressPolicy(),
      stub({ 'ok.test': [{ address: '93.184.216.34', family: 4 }] }),
    );
    expect(await lookupOnce(lookup, 'ok.test')).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    expect(await lookupOnce(lookup, 'ok.test', true)).toEqual({
      error: null,
      address: [{ address: '93.184.216.34', family: 4 }],
      family: undefined,
    });
  });

  it('should resolve once per connection, so a rebinding name is caught on the connection that rebinds', async () => {
    const answers = [
      [{ address: '93.184.216.34', family: 4 as const }],
      [{ address: '127.0.0.1', family: 4 as const }],
    ];
    let calls = 0;
    const lookup = createGuardedLookup(createAddressPolicy(), () => Promise.resolve(answers[calls++] ?? []));
    expect((await lookupOnce(lookup, 'rebind.test')).address).toBe('93.184.216.34');
    expect((await lookupOnce(lookup, 'rebind.test')).error).toMatchObject({ code: 'E_LINK_BLOCKED' });
    expect(calls).toBe(2);
  });

  it('should skip the address check for a host named in allow-hosts, matching the name as written', async () => {
    const policy = createAddressPolicy({ allowHosts: ['Intranet.Example.'] });
    const lookup = createGuardedLookup(policy, stub({ 'intranet.example': [{ address: '10.0.0.5', family: 4 }] }));
    expect(await lookupOnce(lookup, 'intranet.example')).toMatchObject({ error: null, address: '10.0.0.5' });
  });

  it('should not let an allowed IP literal open names that resolve to it', async () => {
    const policy = createAddressPolicy({ allowHosts: ['10.0.0.5'] });
    const lookup = createGuardedLookup(policy, stub({ 'sneaky.test': [{ address: '10.0.0.5', family: 4 }] }));
    expect((await lookupOnce(lookup, 'sneaky.test')).error).toMatchObject({ code: 'E_LINK_BLOCKED' });
  });

  it('should report an empty answer as not found', async () => {
    const lookup = createGuardedLookup(createAddressPolicy(), stub({}));
    expect((await lookupOnce(lookup, 'nothing.invalid')).error).toMatchObject({ code: 'ENOTFOUND' });
  });
});
