import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import { createGuardedLookup, type AddressPolicy, type Resolver } from './ssrf-guard.js';

/**
 * One HTTP request for the link checker, on an undici Agent whose sockets resolve names through the
 * SSRF guard. No redirects are followed here (check-link.ts walks them hop by hop), no cookie jar
 * exists, and only the fixed headers below are sent: no Authorization, no Cookie, ever.
 */

export const USER_AGENT = 'adopters-bot-link-checker/1.0 (checks the links of an ADOPTERS.md file; HEAD, then GET)';

const HEADERS = {
  'user-agent': USER_AGENT,
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
};

export interface LinkAgentOptions {
  policy: AddressPolicy;
  resolve?: Resolver;
  /** TCP + TLS connect deadline. */
  connectTimeoutMs?: number;
}

export function createLinkAgent(options: LinkAgentOptions): Agent {
  return new Agent({
    connect: {
      lookup: createGuardedLookup(options.policy, options.resolve),
      timeout: options.connectTimeoutMs ?? 5_000,
    },
    maxRedirections: 0,
    // Short keep-alive: enough to reuse a connection for the next link to the same host.
    keepAliveTimeout: 4_000,
  });
}

export interface SendRequest {
  url: URL;
  method: 'HEAD' | 'GET';
  /** Whole deadline of this request, headers and body prefix included. */
  timeoutMs: number;
  /** Deadline for the status line and headers. */
  headersTimeoutMs: number;
}

export interface RawResponse {
  status: number;
  location?: string;
  retryAfter?: string;
  /** `cf-mitigated: challenge` marks a Cloudflare bot wall whatever the status says. */
  challenge: boolean;
  /** Body bytes read before the stream was closed (never more than the cap plus one chunk). */
  bodyBytes: number;
}

/** Throws an error carrying a `code` (Node, undici, or `ABORT_ERR` when the deadline passed). */
export type Sender = (req: SendRequest) => Promise<RawResponse>;

export interface SenderOptions {
  dispatcher: Agent;
  /** Body prefix read on GET, so small pages end cleanly and keep their connection. */
  maxBodyBytes?: number;
  /** Longest time spent reading that prefix: the status is already known, the body is a courtesy. */
  bodyDeadlineMs?: number;
}

export function createSender(options: SenderOptions): Sender {
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const bodyDeadlineMs = options.bodyDeadlineMs ?? 1_000;
  return async ({ url, method, timeoutMs, headersTimeoutMs }) => {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(timeoutError()), Math.max(1, timeoutMs));
    try {
      const response = await request(url, {
        dispatcher: options.dispatcher,
        method,
        headers: HEADERS,
        maxRedirections: 0,
        signal: controller.signal,
        headersTimeout: Math.max(1, Math.min(headersTimeoutMs, timeoutMs)),
        bodyTimeout: bodyDeadlineMs,
      });
      // A HEAD body is empty and ends at once; reading it to its end keeps the connection reusable.
      const bodyBytes = await readPrefix(response.body, maxBodyBytes, bodyDeadlineMs);
      return {
        status: response.statusCode,
        location: header(response.headers.location),
        retryAfter: header(response.headers['retry-after']),
        challenge: header(response.headers['cf-mitigated'])?.toLowerCase() === 'challenge',
        bodyBytes,
      };
    } catch (error) {
      throw controller.signal.aborted ? timeoutError() : error;
    } finally {
      clearTimeout(deadline);
    }
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function timeoutError(): Error {
  return Object.assign(new Error('link budget exhausted'), { code: 'ABORT_ERR' });
}

/**
 * Reads at most `cap` bytes (one chunk past it at worst), then destroys the stream; gives up after
 * `deadlineMs` (a server dripping one byte every few seconds is not waited for). Never throws.
 */
export function readPrefix(body: Readable, cap: number, deadlineMs: number): Promise<number> {
  return new Promise((resolve) => {
    let bytes = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      body.off('data', onData);
      if (!body.readableEnded) body.destroy();
      resolve(bytes);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes >= cap) finish();
    };
    const timer = setTimeout(finish, deadlineMs);
    body.on('data', onData);
    body.once('end', finish);
    body.once('close', finish);
    body.once('error', finish);
    if (cap <= 0) finish();
  });
}

/** The policy reason carried by a BlockedAddressError somewhere in an error's causes. */
export function blockedReason(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const reason = (current as { code?: unknown; reason?: unknown }).reason;
    if ((current as { code?: unknown }).code === 'E_LINK_BLOCKED' && typeof reason === 'string') return reason;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The most specific error code in an error and its causes (undici wraps socket errors). */
export function errorCode(error: unknown): string {
  let current: unknown = error;
  let code: string | undefined;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const own = (current as { code?: unknown }).code;
    if (typeof own === 'string') code = own;
    if (own === 'E_LINK_BLOCKED' || own === 'ABORT_ERR') return own;
    current = (current as { cause?: unknown }).cause;
  }
  return code ?? 'UNKNOWN';
}
