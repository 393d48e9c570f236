import type { Container, Entry, FieldKind } from './model.js';

/** The adopters of a run: not its templates, not its catch-all (`Other projects`). */
export function realEntries(container: Container): Entry[] {
  return container.entries.filter((e) => !e.placeholder && !e.catchAll);
}

/**
 * Must a new entry give this field? Where every adopter shows it (a linked name in each item), one
 * without would break the style; where some go without (`* Acme` among linked names), it may too.
 */
export function requires(container: Container, field: FieldKind): boolean {
  const real = realEntries(container);
  const holding = real.filter((e) => e.spans.some((s) => s.field === field)).length;
  return holding > 0 && holding * 20 >= real.length * 19;
}

/**
 * Has the file a place for this field? One adopter in twenty showing it is enough: a value given is
 * written in their shape rather than lost. Where no adopter shows it (no entry links, no column holds a
 * description), or only a stray few do (`* Acme - project ` among 46 bare names), the value stays out
 * and the maintainer is told: the file's style is not to show it.
 */
export function carries(container: Container, field: FieldKind): boolean {
  const real = realEntries(container);
  // A malformed entry's fields are misread (a broken link's tail taken for a description): they show nothing.
  const holding = real.filter((e) => e.wellFormed && e.spans.some((s) => s.field === field)).length;
  return holding > 0 && holding * 20 >= real.length;
}

/** Does any adopter show this field, however few (a stray link in one story among forty)? */
export function showsAny(container: Container, field: FieldKind): boolean {
  return realEntries(container).some((e) => e.spans.some((s) => s.field === field));
}
