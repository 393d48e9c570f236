// Scripted failures: 5xx, secondary and primary rate limits, 429, added latency, and a "crash" that
// stops the fake from answering (or answers 500 forever) once a chosen operation has succeeded.
export type Fault =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'too-many-requests'; retryAfter: number }
  | { kind: 'primary-rate-limit'; resetInSeconds: number }
  | { kind: 'latency'; ms: number };

/** Which requests a fault applies to: an operationId (`pulls/create`, or `graphql`), a method, or a predicate. */
export type RequestMatcher =
  | { operationId?: string; method?: string; route?: string }
  | ((request: { operationId: string; method: string; route: string }) => boolean);

export interface FaultOptions {
  /** How many matching requests get the fault (default 1; Infinity for every one). */
  times?: number;
  /** Let this many matching requests through untouched first (default 0). */
  skip?: number;
}

/** `hang`: later requests are never answered (nor applied); `fail`: they get 500. */
export type CrashMode = 'hang' | 'fail';

interface Rule {
  matcher: RequestMatcher;
  fault: Fault;
  remaining: number;
  skip: number;
}

const matches = (matcher: RequestMatcher, request: { operationId: string; method: string; route: string }) =>
  typeof matcher === 'function'
    ? matcher(request)
    : (!matcher.operationId || matcher.operationId === request.operationId) &&
      (!matcher.method || matcher.method.toUpperCase() === request.method) &&
      (!matcher.route || matcher.route === request.route);

export class Faults {
  private rules: Rule[] = [];
  private crashRule?: { matcher: RequestMatcher; mode: CrashMode };
  private crashListeners: (() => void)[] = [];
  /** Set once the crash has happened: how the fake treats every later request. */
  crashed?: CrashMode;

  inject(matcher: RequestMatcher, fault: Fault, options: FaultOptions = {}): void {
    this.rules.push({ matcher, fault, remaining: options.times ?? 1, skip: options.skip ?? 0 });
  }

  /**
   * After the first successful (2xx) request matching `matcher`, the fake "dies": it stops answering
   * (`hang`, the default) or answers 500 to everything (`fail`). The e2e harness kills the action when
   * this happens, which simulates a run that died right after that call.
   */
  crashAfter(matcher: RequestMatcher, mode: CrashMode = 'hang'): void {
    this.crashRule = { matcher, mode };
  }

  onCrash(listener: () => void): () => void {
    this.crashListeners.push(listener);
    return () => (this.crashListeners = this.crashListeners.filter((l) => l !== listener));
  }

  /** Removes every scripted fault and brings a crashed fake back up. */
  clear(): void {
    this.rules = [];
    this.crashRule = undefined;
    this.crashed = undefined;
  }

  /** The faults for this request (latency first), consuming one use of each. */
  take(request: { operationId: string; method: string; route: string }): Fault[] {
    const taken: Fault[] = [];
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(rule.matcher, request)) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        continue;
      }
      rule.remaining -= 1;
      taken.push(rule.fault);
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return taken.sort((a, b) => Number(b.kind === 'latency') - Number(a.kind === 'latency'));
  }

  /** Called after each answered request; trips the crash when its trigger succeeded. */
  observe(request: { operationId: string; method: string; route: string }, status: number): void {
    if (!this.crashRule || this.crashed || status >= 300 || !matches(this.crashRule.matcher, request)) return;
    this.crashed = this.crashRule.mode;
    for (const listener of this.crashListeners) listener();
  }
}
