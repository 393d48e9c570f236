import { describe, expect, it } from 'vitest';
import { validEntry } from '../support/entry.js';
import { inserted as insertedEntry, lines } from '../support/held-out.js';

/**
 * Shapes from a fourth collection of real files the engine had never seen, written here in general form.
 * Each expected entry is the one a maintainer wrote in a hand-made key before the engine was run on it.
 */
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mango.example.com',
  description: 'Runs it in production.',
});

const inserted = (source: string, entry = mango) => insertedEntry(source, entry);

describe('the first adopter of a file', () => {
  it('goes into a table whose only row is a template, above it, written from the header', () => {
    const source = lines(
      '# Adopters',
      '',
      '## How to add your organization',
      '',
      'Open a pull request adding a row to the table below. Include:',
      '- Organization name and link',
      '- How you use it (evaluation, staging, production)',
      '',
      '## Adopters',
      '',
      '| Organization | Status | Description |',
      '| --- | --- | --- |',
      '| *Your org here* | *Evaluating / Staging / Production* | *Brief description* |',
    );
    const result = inserted(source);
    expect(result.inserted).toBe('| [Mango Metrics](https://mango.example.com) | | Runs it in production. |\n');
    expect(
      result.content.endsWith('| *Your org here* | *Evaluating / Staging / Production* | *Brief description* |\n'),
    ).toBe(true);
  });

  it('goes into an empty table rather than a list of instructions, leaving out what the header has no column for', () => {
    const source = lines(
      '# Adopters',
      '',
      'If you use it, open a pull request using the following guidelines:',
      '',
      '* Add a reference (link to a public blog post, video, slides) mentioning the use',
      '',
      '| Organization | Reference |',
      '| ------------ | --------- |',
    );
    const result = inserted(source);
    expect(result.inserted).toBe('| [Mango Metrics](https://mango.example.com) | |\n');
    expect(result.warnings.join('\n')).toMatch(/no column for a description/);
  });

  it('follows a lone heading entry whose body links to the site its title names', () => {
    const source = lines(
      '<!-- Insert your entry keeping the list alphabetically sorted. -->',
      '',
      'This document tracks people and use cases in production.',
      '',
      '## Polar Widgets',
      '',
      '[polarwidgets.com](https://www.polarwidgets.com/)',
      '',
      'Environment: Google Cloud',
    );
    expect(inserted(source).inserted).toBe(
      lines('## Mango Metrics', '', '[mango.example.com](https://mango.example.com)', '', 'Runs it in production.', ''),
    );
  });
});

describe('escaped parentheses around a site', () => {
  const source = lines(
    'An **alphabetical list** of organizations using it:',
    '',
    '1. Coupang \\(www.coupang.example\\)',
    '2. Echemi \\([https://www.echemi.example](https://www.echemi.example)\\)',
    '3. HanaTour \\[https://hanatour.example](https://hanatour.example)',
    '4. NAVER \\(www.naver.example\\)',
    '5. Pikicast \\(www.pikicast.example\\)',
    '6. SKPlanet\\(www.skplanet.example\\)',
  );

  it('are kept around the new address, and a link whose bracket was escaped is not copied', () => {
    const result = inserted(source);
    expect(result.inserted).toBe('4. Mango Metrics \\(https://mango.example.com\\)\n');
    // The one entry read with a description is the broken link's tail: the list shows none.
    expect(result.warnings.join('\n')).toMatch(/carry no description/);
  });
});

describe('one heading per adopter, between an introduction and a footer', () => {
  const source = lines(
    '# Widgets In The Wild',
    '',
    '### A curated list of sites in the wild that use Widgets.',
    '',
    '> To add an item, please open a pull request providing the following (listed alphabetically ascending)',
    '> - A title linked to a URL on which Widgets is used.',
    '> - A concise description of what Widgets is used for.',
    '',
    '### [Ishvii Reviews](https://ishvii.example)',
    'Searching and filtering a large list of reviews.',
    '_[CodeKnight](https://codeknight.example)_',
    '',
    '### [Sprig Cookbook](https://cookbook.example)',
    'Copy-paste recipes that showcase common use-cases.',
    '_[PutYourLightsOn](https://putyourlightson.example/)_',
    '',
    '---',
    '',
    'Created by [PutYourLightsOn](https://putyourlightson.example/).',
  );

  it('keeps the order the quoted instructions state, and the heading over the introduction opens no entry', () => {
    const result = inserted(source);
    expect(result.inserted).toBe(lines('### [Mango Metrics](https://mango.example.com)', 'Runs it in production.', ''));
    expect(result.content).toContain(
      lines('_[CodeKnight](https://codeknight.example)_', '', '### [Mango Metrics](https://mango.example.com)'),
    );
  });

  it('puts a last entry above the rule and the footer', () => {
    const result = inserted(
      source,
      validEntry({ name: 'Zed', url: 'https://zed.example.com', description: 'Uses it.' }),
    );
    expect(
      result.content.endsWith(
        lines(
          '### [Zed](https://zed.example.com)',
          'Uses it.',
          '',
          '---',
          '',
          'Created by [PutYourLightsOn](https://putyourlightson.example/).',
        ),
      ),
    ).toBe(true);
  });
});

describe('a colon written inside the link text', () => {
  it('is the separator, kept after the new name', () => {
    const source = lines(
      'Currently, it is officially used by the following organizations:',
      '',
      '1. [Delhivery:](https://delhivery.example/) Delhivery is a logistics company.',
      '2. [BharatPe:](https://bharatpe.example/) BharatPe is a fintech company.',
      '3. [Xoxoday:](https://xoxoday.example/) Xoxoday automates rewards.',
    );
    const result = inserted(source);
    expect(result.inserted).toBe('4. [Mango Metrics:](https://mango.example.com) Runs it in production.\n');
  });
});

describe('a description written as the one sub-item under the name', () => {
  const source = lines(
    '- [HPE Labs](https://labs.example.com)',
    '  - "Meshes help us curate what runs where."',
    '- [SolarWinds](https://solarwinds.example.com)',
    '- [Asteria](https://asteria.example.com)',
    '  - "We use it to manage every mesh we run."',
    '- [Red Hat](https://redhat.example.com)',
    '  - Case study: [How we run it](https://blog.example.com/red-hat)',
    '',
    '---',
    '',
    'If you use it and are not on this list, please open a pull request!',
  );

  it('is written the same way, quotes included', () => {
    expect(inserted(source).inserted).toBe(
      lines('- [Mango Metrics](https://mango.example.com)', '  - "Runs it in production."'),
    );
  });

  it('goes with its sub-item when no description is given', () => {
    const entry = validEntry({ name: 'Zed', url: 'https://zed.example.com' });
    expect(inserted(source, entry).inserted).toBe('- [Zed](https://zed.example.com)\n');
  });
});

describe('a table of the adopters with only a blank row, beside a table explaining one of its columns', () => {
  it('takes the first row; the explaining table is not the list', () => {
    const source = lines(
      '# List of Adopters',
      '',
      'Please add your organization below.',
      '',
      '| Organization | Phase |',
      '| ------------ | ----- |',
      '|              |       |',
      '',
      '## Appendix',
      '',
      '### Phases of Adoption',
      '',
      '| Phase Name | Description |',
      '| ---------- | ----------- |',
      '| **Evaluation** | Interested in it |',
      '| **Testing** | Takes it as one of the candidates |',
      '| **Production** | Already put it into production |',
    );
    const result = inserted(source);
    expect(result.inserted).toBe('| [Mango Metrics](https://mango.example.com) | |\n');
    expect(result.content).toContain(
      lines('| ------------ | ----- |', '| [Mango Metrics](https://mango.example.com) | |'),
    );
  });
});

describe("a sibling's own words on a line that also holds its website", () => {
  it('are not copied: the line keeps its label and the new value', () => {
    const source = lines(
      '### Acme',
      '',
      'Acme builds rockets with it.',
      '',
      '**Links:** [https://acme.example.com](https://acme.example.com), [iPhone App](https://apps.example.com/acme)',
      '',
      '### Bravo',
      '',
      'Bravo ships parcels with it.',
      '',
      '**Links:** [https://bravo.example.com](https://bravo.example.com)',
    );
    expect(inserted(source).inserted).toBe(
      lines(
        '',
        '### Mango Metrics',
        '',
        'Runs it in production.',
        '',
        '**Links:** [https://mango.example.com](https://mango.example.com)',
      ),
    );
  });
});
