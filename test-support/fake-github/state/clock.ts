// A deterministic clock and id source: every run of a scenario produces the same timestamps, ids and
// therefore the same commit shas, so a failing e2e test can be replayed exactly.
export class Clock {
  private ticks = 0;

  constructor(private readonly start = Date.parse('2026-01-05T10:00:00Z')) {}

  /** The next instant, one second after the previous one, as GitHub's ISO 8601 (no milliseconds). */
  now(): string {
    this.ticks += 1;
    return new Date(this.start + this.ticks * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

export class Ids {
  private readonly next = new Map<string, number>();

  /** Numeric ids per kind (comments, labels…), starting at a kind-specific offset like real ids do. */
  take(kind: string, start = 1): number {
    const id = this.next.get(kind) ?? start;
    this.next.set(kind, id + 1);
    return id;
  }
}

/** GitHub-like global node ids ("I_kwDO…"); opaque to clients, unique per kind and number. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDOFake${id.toString(36).padStart(6, '0')}`;
}
