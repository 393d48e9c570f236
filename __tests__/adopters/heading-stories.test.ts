// One heading per adopter over paragraphs of its story, as hand-made keys of two held-out files read
// them: a page part after the last adopter ("Related") closes the list, and a list inside one story is
// part of it; headings that each head a table of projects are groups, not adopters.
import { describe, expect, it } from 'vitest';
import { validEntry } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const story = (name: string) => [
  `## ${name}`,
  '',
  `${name} onboarded in July and runs the whole pipeline on its main branch, with its own agents.`,
  '',
];

describe('headings over stories', () => {
  it('take the new adopter after the last story, before a page part like "Related"', () => {
    const file = lines(
      '# Adopters',
      '',
      'Projects that adopted these templates, and how each came to use them.',
      '',
      '## Argus',
      '',
      'Argus is where this pipeline came from. It is two repos:',
      '',
      '- **[argus-product](https://argus.example.org/product)** — the code repo.',
      '- **[argus-docs](https://argus.example.org/docs)** — a separate vault.',
      '',
      ...story('Map of Telegram'),
      ...story('Hermes'),
      '## Related',
      '',
      '- [Timeline](timeline.md) — the extraction this file refers to',
      '- [adopters.yaml](adopters.yaml) — the structured counterpart',
    );
    const result = inserted(file, keyed('Mango Metrics', undefined));
    expect(result.line).toBe(20);
    expect(result.entry.split('\n')[0]).toBe('## Mango Metrics');
  });

  it("are not the parts of one adopter's story (Challenges, Highlights, Benefits), though one holds a list", () => {
    // A held-out key: success stories under a wall of logos; the stories' parts are no adopters.
    const file = lines(
      '# Adopters',
      '',
      'Add your company logo to the list!',
      '',
      ...['Alpha', 'Bravo', 'Charlie', 'Echo'].map(
        (n) =>
          `<a href="https://${n.toLowerCase()}.example.org"><img alt="${n}" src="logos/${n.toLowerCase()}.png"></a>`,
      ),
      '',
      '## Success stories',
      '',
      '### Delta IoT',
      '',
      '#### Challenges',
      '',
      'Devices at the edge lost their connection for hours at a time.',
      '',
      '#### Highlights',
      '',
      '- Sites keep running offline for days, and the cloud catches up when they reconnect.',
      '- One control plane now serves every cluster we run at the edge.',
      '',
      '#### Benefits',
      '',
      'Operations costs fell by a third.',
    );
    // Every adopter above is a logo: with one, the new adopter joins them, not the story's parts.
    const withLogo = validEntry({
      name: 'Mango Metrics',
      url: 'https://mangometrics.example.com',
      logo: 'https://mangometrics.example.com/logo.png',
    });
    expect(inserted(file, withLogo).line).toBe(9);
  });

  it('still names an organization whose name holds such a word ("GenAI Impact")', () => {
    const org = (name: string, ...projects: string[]) => [
      `## [${name}](https://${name.toLowerCase().replace(/\W/g, '')}.example.org)`,
      '',
      ...projects.flatMap((project) => [
        `### [${project}](https://${project.toLowerCase()}.example.org)`,
        '',
        `${project} measures the footprint of what ${name} runs.`,
        '',
      ]),
      '---',
      '',
    ];
    const file = lines(
      '# Adopters',
      '',
      ...org('Boavizta', 'Datavizta', 'CloudScanner'),
      ...org('DigitalPebble', 'Spruce'),
      ...org('GenAI Impact', 'EcoLogits'),
    );
    const result = inserted(file, keyed('Mango Metrics', 'Runs it to measure its cloud.'));
    expect(result.entry.split('\n')[0]).toMatch(/^## /);
  });

  it('are groups when each heads a table of its own: the row joins the largest table', () => {
    const table = (...rows: string[]) => ['| Project | What it is |', '| --- | --- |', ...rows, ''];
    const file = lines(
      '# Who uses this',
      '',
      '## Acme',
      '',
      ...table(
        '| [ai-helm](https://acme.example.org/ai-helm) | GitOps for the AI platform |',
        '| [authz](https://acme.example.org/authz) | Authorization service |',
        '| [rag-api](https://acme.example.org/rag) | Retrieval backend |',
      ),
      '## Bravo',
      '',
      ...table('| [home-os](https://bravo.example.org/home-os) | Homelab platform |'),
      '## Charlie',
      '',
      ...table('| [shop](https://charlie.example.org/shop) | Storefront |'),
    );
    expect(inserted(file, keyed('Mango Metrics', 'A dashboard.')).line).toBe(10);
  });
});
