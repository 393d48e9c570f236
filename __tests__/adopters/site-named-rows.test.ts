// `| Website | Details |`: the rows are named by their linked sites, and Details says what each is. Keyed
// from a real commit to a theme's users page: the person linked their site's name in the Website column
// and wrote what it is under Details. The rows here are made up in that shape.
import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

const page = lines(
  'Real websites built with the theme.',
  '',
  '| Website                                   | Details                      |',
  '| ----------------------------------------- | ---------------------------- |',
  '| [alpha.example.org](https://alpha.example.org) | Personal site - Theme author |',
  '| [bravo.example.org](https://bravo.example.org) | Personal site                |',
  '| [charlie.example.org](https://charlie.example.org) | Personal site and Blog  |',
  '| [delta.example.org](https://delta.example.org) | Personal site and Blog       |',
  '| [echo.example.org](https://echo.example.org) | Food blog (in German)          |',
);

describe('a table whose rows are named by their sites', () => {
  it('links the new name in the site column and puts the description under Details', () => {
    const result = inserted(page, keyed("Mango's Blog", 'Personal site and blog'));
    expect(result.line).toBe(10);
    expect(result.entry).toMatch(
      /^\| \[Mango's Blog\]\(https:\/\/mangosblog\.example\.com\) +\| Personal site and blog +\|$/,
    );
  });
});
