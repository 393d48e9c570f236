// A section asked for (the form's section choice) that has a heading and no entries yet. From a real
// INTHEWILD.md: `Organizations` over a list and `Projects` over nothing; the person who added the first
// project started a list right under `Projects`, written like the organizations' list, with the description
// the organizations carry none of after ` - ` (the commit is the key). The files here are made up in that shape.
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const WILD = lines(
  'Please open a pull request to add your organization or project to this document!',
  '',
  'Organizations',
  '----------',
  ' - [Alpha](https://alpha.example.org)',
  ' - [Bravo](https://bravo.example.org)',
  ' - [Charlie](https://charlie.example.org)',
  '',
  'Projects',
  '----------',
);

describe('a section asked for that has no entries yet', () => {
  it('starts a list under its heading, written like the file’s other list, keeping the description', () => {
    const result = inserted(WILD, keyed('Mango Metrics', 'Python client for its queries.'), 'Projects');
    expect(result.line).toBe(11);
    expect(result.entry).toBe(' - [Mango Metrics](https://mangometrics.example.com) - Python client for its queries.');
    expect(result.warnings.join('\n')).not.toMatch(/description is not written/);
    expect(result.section).toBe('Projects');
  });

  it('leaves a blank line under the heading where the other list has one', () => {
    const spaced = WILD.replace('----------\n - [Alpha]', '----------\n\n - [Alpha]');
    const result = inserted(spaced, keyed('Mango Metrics', 'Python client for its queries.'), 'Projects');
    expect(result.content.split('\n').slice(10, 14)).toEqual([
      '----------',
      '',
      ' - [Mango Metrics](https://mangometrics.example.com) - Python client for its queries.',
      '',
    ]);
  });

  it('still puts an entry for the section that has entries into its list', () => {
    expect(inserted(WILD, keyed('Delta', undefined), 'Organizations').line).toBe(8);
  });

  it('still says a section the file does not have was not used', () => {
    const result = insertAdopter(WILD, keyed('Delta', undefined), { section: 'Universities' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.line).toBe(8);
    expect(result.warnings).toContain('this file has no sections, so the section "Universities" was not used');
  });
});
