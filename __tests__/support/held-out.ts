import { expect } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import type { InsertResult } from '../../src/adopters/insert-result.js';
import { validEntry } from './entry.js';
import { expectPureInsertion } from './pure-insertion.js';

/**
 * Helpers of the held-out tests: shapes from real files the engine had never seen, each checked against
 * what a maintainer wrote in a hand-made key before the engine ran on it.
 */

/** A file's text from its lines, with a final newline. */
export const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** The new adopter of the keys, with a site made from its name. */
export const keyed = (
  name = 'Mango Metrics',
  description: string | undefined = 'Runs it in production for internal services.',
) => validEntry({ name, url: `https://${name.toLowerCase().replace(/\W/g, '')}.example.com`, description });

/** `insertAdopter` that must succeed and change nothing but the one insertion. */
export function inserted(source: string, entry = keyed(), section?: string): Extract<InsertResult, { ok: true }> {
  const result = insertAdopter(source, entry, { section });
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  expect(result.content.split('\n')[result.line - 1]).toBe(result.entry.split('\n')[0]);
  return result;
}
