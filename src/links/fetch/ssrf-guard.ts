import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF guard (THREATS.md rule 7). It runs *inside* the DNS lookup that the socket uses to
 * connect, so the address checked is the address connected to: no second resolution, no window for
 * DNS rebinding. IP literals never reach a lookup, so `checkLiteralHost` applies the same policy to
 * them before a request is sent.
 */

export interface AddressPolicy {
  /** Allow every private/special address (the CLI's `--allow-private-hosts`, for local testing). */
  allowPrivate: boolean;
  /** Host names or IP literals, as written in URLs, exempt from the address check (`allow-hosts`). */
  allowHosts: ReadonlySet<string>;
}

export function createAddressPolicy(
  options: { allowPrivate?: boolean; allowHosts?: Iterable<string> } = {},
): AddressPolicy {
  return {
    allowPrivate: options.allowPrivate ?? false,
    allowHosts: new Set([...(options.allowHosts ?? [])].map(normalizeHost).filter((h) => h !== '')),
  };
}

/** Lower-case, no trailing dot, no IPv6 brackets, IP literals in canonical form. */
export function normalizeHost(host: string): string {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare;
}

// Public-looking addresses that are cloud metadata or platform endpoints. The link-local and
// unique-local ones are already covered by their ranges; listed anyway so the intent is explicit.
const METADATA = new Set(['169.254.169.254', '168.63.129.16', 'fd00:ec2::254', '100.100.100.200'].map(normalizeHost));

/**
 * Why an address may not be connected to, or null when it is public unicast. Embedded IPv4 forms
 * (IPv4-mapped, NAT64, 6to4, Teredo, SIIT) are judged by the IPv4 address they carry.
 */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const parsed = ipaddr.parse(address);
  if (METADATA.has(parsed.toString()) || METADATA.has(ipaddr.process(address).toString())) return 'cloud metadata';
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return range === 'unicast' ? null : range;
  }
  return blockedIPv6(parsed as ipaddr.IPv6);
}

function blockedIPv6(address: ipaddr.IPv6): string | null {
  const range = address.range();
  const parts = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  let embedded: ipaddr.IPv4 | undefined;
  switch (range) {
    case 'ipv4Mapped':
      embedded = address.toIPv4Address();
      break;
    case 'rfc6145':
      embedded = v4(parts[6]!, parts[7]!);
      break;
    case 'rfc6052':
      // 64:ff9b::/96 carries the IPv4 address in its last 32 bits; the local-use 64:ff9b:1::/48 is
      // by definition a local network.
      if (parts[2] !== 0) return 'NAT64 (local use)';
      embedded = v4(parts[6]!, parts[7]!);
      break;
    case '6to4':
      embedded = v4(parts[1]!, parts[2]!);
      break;
    case 'teredo': {
      // The client address is stored inverted; the server address in clear. Both must be public.
      const server = v4(parts[2]!, parts[3]!);
      const client = v4(~parts[6]! & 0xffff, ~parts[7]! & 0xffff);
      const bad = blockedRange(server.toString()) ?? blockedRange(client.toString());
      return bad ? `teredo (${bad})` : null;
    }
    case 'unicast':
      // Only 2000::/3 is global unicast; ipaddr calls everything unlisted "unicast" (e.g. the
      // deprecated IPv4-compatible ::a.b.c.d), so anything outside it is refused.
      return parts[0]! >= 0x2000 && parts[0]! <= 0x3fff ? null : 'reserved';
    default:
      return range;
  }
  const inner = blockedRange(embedded.toString());
  return inner ? `${range} (${inner})` : null;
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'E_LINK_BLOCKED';
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`refusing to connect to ${host}: ${reason}`);
  }
}

/** Whether a URL host (name or IP literal) is exempt, and for literals, whether its address is allowed. */
export function checkLiteralHost(hostname: string, policy: AddressPolicy): BlockedAddressError | null {
  const host = normalizeHost(hostname);
  if (!ipaddr.isValid(host) || policy.allowHosts.has(host)) return null;
  return addressVerdict(host, host, policy);
}

function addressVerdict(host: string, address: string, policy: AddressPolicy): BlockedAddressError | null {
  const range = blockedRange(address);
  if (range === null) return null;
  // Metadata endpoints stay closed even for local testing: no link of an adopters file points there.
  if (policy.allowPrivate && range !== 'cloud metadata') return null;
  return new BlockedAddressError(host, range);
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Name → addresses; injectable so tests can stage a rebinding resolver. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    // RFC 6761 §6.4: `.invalid` never resolves, and resolvers should not be asked. Answering here
    // makes NXDOMAIN immediate even on a runner whose DNS is slow or unreachable.
    if (/(^|\.)invalid\.?$/i.test(hostname)) return reject(notFound(hostname));
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
    });
  });

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The signature `net.connect({ lookup })` calls (with `all: true` when happy-eyeballs is on). */
export type GuardedLookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/**
 * A `lookup` for undici's `connect` options. Resolves once, refuses the whole answer if any address
 * is blocked (a name that mixes public and private addresses is not trusted), and hands the checked
 * addresses themselves to the socket.
 */
export function createGuardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): GuardedLookup {
  return (hostname, options, callback) => {
    const host = normalizeHost(hostname);
    resolve(host).then(
      (answers) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const addresses = answers.filter((a) => wanted === undefined || a.family === wanted);
        if (addresses.length === 0) return callback(notFound(hostname), '');
        if (!policy.allowHosts.has(host)) {
          for (const a of addresses) {
            const blocked = addressVerdict(host, a.address, policy);
            if (blocked) return callback(blocked, '');
          }
        }
        if (options.all) return callback(null, addresses);
        const first = addresses[0]!;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
}
