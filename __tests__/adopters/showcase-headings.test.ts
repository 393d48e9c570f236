// "Examples" over a table of sites made with a theme is a showcase of its users, not a template. Keyed
// from a real commit (a documentation theme's examples page: the person appended a row to its first,
// larger table); the rows are made up.
import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

const rows = (...names: string[]) =>
  names.map((n) => `| [${n}](https://${n.toLowerCase()}.example.org) | https://git.example.org/${n.toLowerCase()} |`);

const page = lines(
  '---',
  'title: Examples',
  '---',
  '',
  '## Theme examples',
  '',
  'Example sites that have little customization:',
  '',
  '| Site | Repo |',
  '|---|---|',
  // Some sites are named by their address alone, as on the real page.
  '| https://kubeflow.example.org/ | https://git.example.org/kubeflow |',
  '| https://agones.example.org/site/ | https://git.example.org/agones |',
  ...rows('Navidrome', 'Selenium', 'Etcd', 'Layer5', 'Graphviz', 'Stroom'),
  '',
  '## Customized examples',
  '',
  'Example sites that have much customization:',
  '',
  '| Site | Repo |',
  '|---|---|',
  ...rows('Airflow', 'Kubernetes', 'Dapr'),
);

describe('a heading that says "examples"', () => {
  it('heads the sites made with the project: the larger table takes the new row at its end', () => {
    const result = inserted(page, keyed('Mars Sim', undefined));
    expect(result.line).toBe(19);
    expect(result.section).toBe('Theme examples');
  });

  it('still marks a template under a singular "Example"', () => {
    const file = lines(
      '# Adopters',
      '',
      '- [Alpha](https://alpha.example.org)',
      '- [Bravo](https://bravo.example.org)',
      '- [Charlie](https://charlie.example.org)',
      '',
      '## Example',
      '',
      '- [Delta](https://delta.example.org)',
      '- [Echo](https://echo.example.org)',
      '- [Foxtrot](https://foxtrot.example.org)',
      '- [Golf](https://golf.example.org)',
    );
    expect(inserted(file, keyed('Hotel', undefined)).line).toBe(6);
  });
});
