// Pages in states a hand-kept file gets into: a merge left unresolved, a list built by a script, a Hugo
// page's TOML front matter, a sort rule stated only in the instructions, a section waiting for its first
// entry under a note. Keyed by hand from real files before the engine ran on them; made-up entries.
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';
import { updateAdopter } from '../../src/adopters/update-adopter.js';
import { validChanges } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const refusal = (source: string) => {
  const result = insertAdopter(source, keyed(), {});
  if (result.ok) throw new Error(`inserted at line ${result.line}`);
  return result.reason;
};

describe('a table with an unresolved merge conflict', () => {
  const file = lines(
    '# Adopters',
    '',
    '| Company | Industry |',
    '| --- | --- |',
    '| [Alpha](https://alpha.example.org) | Software |',
    '| [Bravo](https://bravo.example.org) | Retail |',
    '<<<<<<< HEAD',
    '| [Charlie](https://charlie.example.org) | Media |',
    '=======',
    '>>>>>>> 1023d49ea7cc93386f4636054019f8649395ccbb',
  );

  it('is refused, naming the marker line, and left as it is', () => {
    expect(refusal(file)).toMatch(/line 7 opens an unresolved merge conflict/);
  });

  it('is refused for an update and a removal too', () => {
    for (const result of [
      removeAdopter(file, 'Alpha'),
      updateAdopter(file, 'Alpha', validChanges({ description: 'Runs it in production.' })),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'unsupported', line: 7 });
    }
  });

  it('is not refused for a setext underline of seven signs beside a conflict shown in a code block', () => {
    const page = lines(
      'Adopters',
      '=======',
      '',
      '- [Alpha](https://alpha.example.org)',
      '',
      'Resolve a conflict like this one before you add yourself:',
      '',
      '```',
      '<<<<<<< HEAD',
      '```',
    );
    expect(inserted(page).line).toBe(5);
  });

  it('is not refused for a marker shown in a code block', () => {
    const page = lines('# Users', '', '```', '<<<<<<< HEAD', '```', '', '- [Alpha](https://alpha.example.org)');
    expect(inserted(page).line).toBe(8);
  });
});

describe('a page that builds its list with a script', () => {
  it('is refused as generated, behind TOML front matter whose lines are no entries', () => {
    const page = lines(
      '+++',
      'widget = "featurette"',
      'title = "Who uses it?"',
      '',
      '[design]',
      '  columns = "1"',
      '  image_parallax = false',
      '+++',
      '',
      '<script src="//example.org/assets/js/adopters.js"></script>',
      '',
      '<div class="adopters"></div>',
    );
    expect(refusal(page)).toMatch(/script/);
  });
});

describe('a page whose front matter holds the list and whose body only renders it', () => {
  it('is refused as generated', () => {
    const page = lines(
      '---',
      'layout: splash',
      'feature_row:',
      '  - image_path: /assets/images/community/alpha-logo.png',
      '    alt: "Alpha"',
      '  - image_path: /assets/images/community/bravo-logo.png',
      '    alt: "Bravo"',
      '---',
      '',
      '{% include feature_row id="feature_row" %}',
      '{% include feature_row id="feature_row1" %}',
    );
    expect(refusal(page)).toMatch(/front matter and template tags/);
  });
});

describe('an order stated as "Sorted by Company Name"', () => {
  it('sorts the new row in, though later rows slipped', () => {
    const file = lines(
      '# Companies and Organizations',
      '',
      'Sorted by Company Name',
      '',
      '| Company Name | Description | Link |',
      '|---|---|---|',
      '| Alpha | Alpha runs it in its cloud. | [Link](https://alpha.example.org) |',
      '| Bravo | Bravo uses it in many scenarios. | |',
      '| Delta | Delta runs it for reports. | [Link](https://delta.example.org) |',
      '| Charlie | Charlie uses it for search. | [Link](https://charlie.example.org) |',
      '| Papa | Papa ships it. | [Link](https://papa.example.org) |',
      '| Oscar | Oscar builds on it. | [Link](https://oscar.example.org) |',
      '| Kilo | Kilo runs it nightly. | [Link](https://kilo.example.org) |',
    );
    // Half the neighbours are out of order, so only the statement says the table is sorted: the row goes
    // where the fewest end up out of order (before Papa), not at the end (line 14).
    expect(inserted(file).line).toBe(11);
  });
});

describe('the order stated in the instructions below the list', () => {
  it('sorts the one-row table by it', () => {
    const file = lines(
      '# Adopters',
      '',
      '## Organizations using it',
      '',
      '| Organization | More Information |',
      '|-------------|------------------|',
      '| Netflix | [Tech blog](https://blog.example.org/post) |',
      '',
      '## Adding your organization',
      '',
      'Submit a pull request with:',
      '',
      '1. Organization name',
      '2. (Optional) A link to a blog post about your usage',
      '',
      'Please keep the list alphabetically sorted by organization name.',
    );
    expect(inserted(file).line).toBe(7);
  });
});

describe('a section waiting for its first entry under a note', () => {
  it('gets the first entry after the note', () => {
    const file = lines(
      '# Adopters',
      '',
      '## Requirements',
      '* You must represent the organization listed.',
      '* List permanent deployments only, not demos or trials.',
      '',
      '## Adopters list (alphabetical)',
      '',
      '**Note:** The list is kept by the users themselves. Contact the maintainers to be removed.',
    );
    const result = inserted(file);
    expect(result.line).toBe(11);
    expect(result.entry).toBe(
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it in production for internal services.',
    );
  });
});
