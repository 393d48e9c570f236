/**
 * Words that name the people a list is of (`## Adopters`, `### Users`, a data file's `companies:` key): the
 * list the adopters are kept in, beside lists of projects, integrations or partners. Kept apart from the
 * Markdown reader so a data file's engine loads only this.
 */
export const NAMES_ADOPTERS = /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|customers?|production)\b/i;
