// Adopters kept as the rows of an HTML table: an old wiki's "Powered By" page (a row per company over
// several lines, blank lines between rows) and a compact table (a row per line). The expected rows are
// what a maintainer copying a sibling row would write, keyed by hand before the engine ran.
import { describe, expect, it } from 'vitest';
import { validEntry } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const row = (name: string, url: string, text: string) => [
  '<tr>',
  '<td>',
  `<a href="${url}">${name}</a>`,
  '</td>',
  '<td>',
  '<p>',
  text,
  '</p>',
  '</td>',
  '</tr>',
  '',
];

const WIKI = lines(
  'Want to be added to this page? Send an email.',
  '',
  '<table>',
  '',
  ...row('Zulu Corp', 'http://zulu.example.org', 'Zulu uses it to route parcels in real time.'),
  ...row('Bravo Inc', 'http://bravo.example.org/', 'Bravo processes its click stream with it.'),
  ...row('Yankee Ltd', 'http://yankee.example.org', 'Yankee runs its fraud checks on it.'),
  '</table>',
);

describe('an HTML table, a row per adopter', () => {
  it('gets a row copied from a sibling, after the last row, blank lines kept', () => {
    const result = inserted(WIKI);
    // Rows in the order added: after Yankee's row (lines 27–36) and its blank line.
    expect(result.line).toBe(38);
    expect(result.entry).toBe(
      row('Mango Metrics', 'https://mangometrics.example.com', 'Runs it in production for internal services.')
        .slice(0, -1)
        .join('\n'),
    );
    expect(result.content.split('\n').slice(37, 49)).toEqual([
      ...row('Mango Metrics', 'https://mangometrics.example.com', 'Runs it in production for internal services.'),
      '</table>',
    ]);
  });

  it('writes a name and a description as HTML text', () => {
    const result = inserted(
      WIKI,
      validEntry({ name: 'AT&T Labs', url: 'https://att.example.com', description: 'Uses 2 < 3 nodes.' }),
    );
    expect(result.entry).toContain('<a href="https://att.example.com">AT&amp;T Labs</a>');
    expect(result.entry).toContain('Uses 2 &lt; 3 nodes.');
  });

  it('keeps a compact table in its alphabetical order, a row per line', () => {
    const table = lines(
      '# Users',
      '',
      '<table>',
      '<tr><th>Company</th><th>What for</th></tr>',
      '<tr><td><a href="https://alpha.example.org">Alpha</a></td><td>Builds its release images with it</td></tr>',
      '<tr><td><a href="https://bravo.example.org">Bravo</a></td><td>Runs its integration tests on it</td></tr>',
      '<tr><td><a href="https://lima.example.org">Lima</a></td><td>Deploys its web services with it</td></tr>',
      '<tr><td><a href="https://zulu.example.org">Zulu</a></td><td>Monitors its edge network with it</td></tr>',
      '</table>',
    );
    const result = inserted(table);
    expect(result.line).toBe(8);
    expect(result.entry).toBe(
      '<tr><td><a href="https://mangometrics.example.com">Mango Metrics</a></td><td>Runs it in production for internal services.</td></tr>',
    );
  });

  it('does not take a column of types for a description, nor copy a sibling’s type', () => {
    const typed = lines(
      '<table>',
      '<tr><td>Adopter</td><td><a href="https://alpha.example.org">Alpha</a></td></tr>',
      '<tr><td>Sponsor</td><td><a href="https://bravo.example.org">Bravo</a></td></tr>',
      '<tr><td>Adopter</td><td><a href="https://charlie.example.org">Charlie</a></td></tr>',
      '</table>',
    );
    const result = inserted(typed);
    expect(result.entry).toBe(
      '<tr><td></td><td><a href="https://mangometrics.example.com">Mango Metrics</a></td></tr>',
    );
    expect(result.warnings.join('\n')).toContain('("Adopter" in "Charlie"); it is not copied');
    expect(result.warnings).toContain('the entries here carry no description, so the description is not written');
  });

  it('shows the logo given beside the name, and leaves the picture out without one', () => {
    const logos = lines(
      '<table>',
      '<tr><td><img src="a.png"></td><td><a href="https://alpha.example.org">Alpha</a></td></tr>',
      '<tr><td><img src="b.png"></td><td><a href="https://bravo.example.org">Bravo</a></td></tr>',
      '<tr><td><img src="c.png"></td><td><a href="https://charlie.example.org">Charlie</a></td></tr>',
      '</table>',
    );
    const withLogo = validEntry({
      name: 'Mango Metrics',
      url: 'https://mangometrics.example.com',
      logo: 'https://mangometrics.example.com/logo.png',
    });
    expect(inserted(logos, withLogo).entry).toBe(
      '<tr><td><img src="https://mangometrics.example.com/logo.png"></td><td><a href="https://mangometrics.example.com">Mango Metrics</a></td></tr>',
    );
    expect(inserted(logos, keyed('Mango Metrics', undefined)).entry).toBe(
      '<tr><td></td><td><a href="https://mangometrics.example.com">Mango Metrics</a></td></tr>',
    );
  });

  it('reads a column of short, different phrases as the description, and a column of places not', () => {
    const row = (site: string, name: string, text: string) =>
      `<tr><td><a href="https://${site}.example.org">${name}</a></td><td>${text}</td></tr>`;
    const described = lines(
      '<table>',
      row('alpha', 'Alpha', 'Builds with it'),
      row('bravo', 'Bravo', 'Runs tests on it'),
      row('delta', 'Delta', 'Deploys with it'),
      row('echo', 'Echo', 'Monitors with it'),
      '</table>',
    );
    const short = validEntry({ name: 'Charlie', url: 'https://charlie.example.org', description: 'Uses it daily' });
    const result = inserted(described, short);
    // Keyed by hand: after Bravo's row, the description in the cell the siblings keep theirs in.
    expect(result.line).toBe(4);
    expect(result.entry).toBe(row('charlie', 'Charlie', 'Uses it daily'));
    expect(result.warnings).toEqual([]);

    const placed = lines(
      '<table>',
      row('alpha', 'Alpha', 'Berlin, Germany'),
      row('bravo', 'Bravo', 'Lyon, France'),
      row('delta', 'Delta', 'Porto, Portugal'),
      row('echo', 'Echo', 'Turin, Italy'),
      '</table>',
    );
    const elsewhere = inserted(placed, short);
    // A place is the adopter's own: the new row leaves it out, and has no place for a description.
    expect(elsewhere.entry).toBe('<tr><td><a href="https://charlie.example.org">Charlie</a></td><td></td></tr>');
    expect(elsewhere.warnings).toContain('the entries here carry no description, so the description is not written');
  });

  it('names the adopter from its own cell where the link shows the address', () => {
    // A README's table of Type, Name, Logo and Website, the website shown as its host.
    const table = lines(
      '<table>',
      '    <tr><th>Type</th><th>Name</th><th>Website</th></tr>',
      '    <tr>',
      '        <td>Sponsor</td>',
      '        <td>Raspberry Foundation</td>',
      '        <td><a href="https://www.raspberry.example.org/">raspberry.example.org</a></td>',
      '    </tr>',
      '    <tr>',
      '        <td>Adopter</td>',
      '        <td>Kyma Project</td>',
      '        <td><a href="https://kyma.example.io">kyma.example.io</a></td>',
      '    </tr>',
      '    <tr>',
      '        <td>Adopter</td>',
      '        <td>Tulip</td>',
      '        <td><a href="https://tulip.example.com/">tulip.example.com</a></td>',
      '    </tr>',
      '</table>',
    );
    const result = inserted(table, keyed('Mango Metrics', undefined));
    // Not sorted: after Tulip's row.
    expect(result.line).toBe(18);
    expect(result.entry).toBe(
      [
        '    <tr>',
        '        <td></td>',
        '        <td>Mango Metrics</td>',
        '        <td><a href="https://mangometrics.example.com">mangometrics.example.com</a></td>',
        '    </tr>',
      ].join('\n'),
    );
  });
});
