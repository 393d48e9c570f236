import type { Container } from '../model.js';

/**
 * The number a new item of an ordered list takes, or undefined to copy the sibling's: lists that number
 * every item `1.` (nearly all of them) keep doing it; counted lists give the new item the number of the slot it
 * takes. The items after it keep theirs: renumbering them would change lines that are not ours, and
 * Markdown renders the numbers right anyway.
 */
export function ordinalFor(
  source: string,
  container: Container,
  index: number,
): { ordinal?: number; warning?: string } {
  const numbers = container.entries.map((e) => {
    const span = e.spans.find((s) => s.field === 'ordinal');
    return span ? Number(source.slice(span.start, span.end)) : undefined;
  });
  const known = numbers.filter((n): n is number => n !== undefined);
  if (!known.length) return {};
  // Lists that repeat one number (`1.` everywhere), allowing a stray counted item or two.
  const repeated = known.filter((n) => n === known[0]).length;
  if (known.length > 1 && repeated * 4 >= known.length * 3) return { ordinal: known[0] };
  if (known.length === 1) return { ordinal: index === 0 ? known[0] : known[0]! + 1 };
  const at = numbers[index] ?? (numbers[numbers.length - 1] ?? 0) + 1;
  return index < numbers.length
    ? { ordinal: at, warning: 'the list is numbered by hand: the entries after the new one keep their numbers' }
    : { ordinal: at };
}
