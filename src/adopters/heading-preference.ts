import { namesWhoUses } from './adopters-part.js';
import { NAMES_BUILT_FOR, NAMES_COMPANIES, NAMES_OTHER_ADOPTERS } from './adopter-words.js';
import { realEntries } from './carried-fields.js';
import type { Container } from './model.js';

/**
 * A showcase's `## Users` over seven adopters beside `## Tools` over eighteen things built for the project:
 * an organization goes to the part its heading names for adopters, not to the larger part of products.
 */
function headedAsAdopters(confident: Container[]): Container | undefined {
  const [largest] = confident;
  if (!largest?.section || !NAMES_BUILT_FOR.test(largest.section) || namesWhoUses(largest.section)) return undefined;
  return confident.find((c) => c.section !== null && namesWhoUses(c.section) && realEntries(c).length >= 2);
}

/**
 * `## Academia` over twenty-five universities beside `## Industry` over twenty-four companies: the form
 * adds an organization, which, told nothing more, is the companies' kind. A much smaller list of them, or
 * a startup or two, is a kind of its own, and the largest-first default stands.
 */
function headedForCompanies(confident: Container[]): Container | undefined {
  const [largest] = confident;
  if (!largest?.section || !NAMES_OTHER_ADOPTERS.test(largest.section) || NAMES_COMPANIES.test(largest.section))
    return undefined;
  return confident.find(
    (c) =>
      c.section !== null &&
      NAMES_COMPANIES.test(c.section) &&
      realEntries(c).length >= 3 &&
      realEntries(c).length * 2 >= realEntries(largest).length,
  );
}

/** The list whose heading names the kind of adopter the form adds, ahead of a larger list of another kind. */
export function headedForTheEntry(confident: Container[]): Container | undefined {
  return headedAsAdopters(confident) ?? headedForCompanies(confident);
}
