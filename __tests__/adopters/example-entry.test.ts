import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * A file with no entries yet that shows how one looks in a code block. The expected entries are those of
 * a hand-made key for a real file of this kind (set 5): the example's shape, its placeholders replaced.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mangometrics.example.com',
  description: 'Runs it in production for internal services.',
});

function inserted(source: string, entry = mango) {
  const result = insertAdopter(source, entry);
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

const waiting = (...example: string[]) =>
  lines(
    '# Adopters',
    '',
    '## Production Adopters',
    '',
    '_If you use it in production, please add your organization here!_',
    '',
    '## Adding Your Organization',
    '',
    'Open a pull request with your name, use case and link.',
    '',
    ...example,
  );

const fenced = (...body: string[]) => ['Example:', '', '```markdown', ...body, '```'];

describe('the first entry of a file that shows an example in a code block', () => {
  it("takes the example's shape, each placeholder replaced by the value given", () => {
    const source = waiting(
      ...fenced(
        '## Production Adopters',
        '',
        '### Example Corp',
        '- **Use Case**: Orchestrating data pipeline jobs',
        '- **Link**: https://example.com',
      ),
    );
    const result = inserted(source);
    expect(result.content).toContain(
      lines(
        '_If you use it in production, please add your organization here!_',
        '',
        '### Mango Metrics',
        '- **Use Case**: Runs it in production for internal services.',
        '- **Link**: https://mangometrics.example.com',
        '',
        '## Adding Your Organization',
      ),
    );
    expect(result.warnings.join('\n')).toMatch(/follows the file's example/);
  });

  it('leaves out a field it has no value for', () => {
    const source = waiting(
      ...fenced('### Example Corp', '- **Use Case**: Orchestrating jobs', '- **Link**: https://example.com'),
    );
    const result = inserted(source, validEntry({ name: 'Mango Metrics', url: 'https://mangometrics.example.com' }));
    expect(result.content).toContain(lines('### Mango Metrics', '- **Link**: https://mangometrics.example.com', ''));
  });

  it('gives the next entry the place the example shows for a value its first sibling went without', () => {
    const source = waiting(
      ...fenced('### Example Corp', '- **Use Case**: Orchestrating jobs', '- **Link**: https://example.com'),
    );
    const first = inserted(source, validEntry({ name: 'Mango Metrics', url: 'https://mangometrics.example.com' }));
    const second = inserted(
      first.content,
      validEntry({ name: 'Zeta Labs', url: 'https://zetalabs.example.com', description: 'Runs it.' }),
    );
    expect(second.content).toContain(
      lines(
        '- **Link**: https://mangometrics.example.com',
        '',
        '### Zeta Labs',
        '- **Use Case**: Runs it.',
        '- **Link**: https://zetalabs.example.com',
        '',
        '## Adding Your Organization',
      ),
    );
    expect(second.warnings.join('\n')).toMatch(/follows the file's example/);
  });

  it('keeps the default list where the example has no place for a value given', () => {
    // The example shows no link: the website would be lost in its shape.
    const source = waiting(...fenced('**Example Corp:** what you use it for'));
    expect(inserted(source).inserted).toContain(
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it in production for internal services.',
    );
  });

  it('ignores code that is not an example of an entry', () => {
    // A list in a code block that nothing calls an example, and no placeholder in it: not a template.
    const source = waiting(
      'Our own site shows:',
      '',
      '```markdown',
      '- [Acme](https://acme.example.org) - Rockets.',
      '```',
    );
    expect(inserted(source).inserted).toContain('- [Mango Metrics](https://mangometrics.example.com) - Runs it');
    // Nor is code in another language.
    const yaml = waiting(
      ...fenced('name: Example Corp', 'url: https://example.com').map((l) => l.replace('markdown', 'yaml')),
    );
    expect(inserted(yaml).inserted).toContain('- [Mango Metrics](https://mangometrics.example.com) - Runs it');
  });

  it("writes the file's own line endings", () => {
    const source = waiting(
      ...fenced('### Example Corp', '- **Use Case**: Orchestrating jobs', '- **Link**: https://example.com'),
    ).replace(/\n/g, '\r\n');
    const result = inserted(source);
    expect(result.inserted).toContain(
      '### Mango Metrics\r\n- **Use Case**: Runs it in production for internal services.\r\n- **Link**: https://mangometrics.example.com',
    );
  });
});
