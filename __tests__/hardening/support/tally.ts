// Counts of the hostile-input suite, printed once at the end of its run.

export type Outcome = 'refused' | 'neutralized' | 'accepted';

/** The kinds of harm THREATS.md names; every one must have cases. */
export const CATEGORIES = [
  'log and workflow-command injection',
  'authorization',
  'TOCTOU and re-runs',
  'issue-form parsing',
  'Markdown, table and HTML injection',
  'mentions and references',
  'entities',
  'Unicode',
  'URL tricks',
  'SSRF',
  'oversized input',
  'report and notification abuse',
] as const;

export type Category = (typeof CATEGORIES)[number];

export class Tally {
  readonly outcomes: Record<Outcome, number> = { refused: 0, neutralized: 0, accepted: 0 };
  readonly perCategory = new Map<Category, number>();
  tried = 0;
  corrupted = 0;

  record(category: Category, outcome: Outcome | undefined, corrupted: boolean): void {
    this.tried += 1;
    if (outcome) this.outcomes[outcome] += 1;
    if (corrupted) this.corrupted += 1;
    this.perCategory.set(category, (this.perCategory.get(category) ?? 0) + 1);
  }

  /** How many cases each category has, in THREATS.md's order. */
  categories(): string {
    return CATEGORIES.map((c) => `${c}: ${this.perCategory.get(c) ?? 0}`).join('; ');
  }

  line(): string {
    const { refused, neutralized, accepted } = this.outcomes;
    return `hostile-input suite: ${this.tried} cases tried, ${refused} refused, ${neutralized} neutralized, ${accepted} accepted; files corrupted: ${this.corrupted}`;
  }
}
