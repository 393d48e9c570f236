import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { lintAdopters } from '../../src/adopters/lint.js';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

/**
 * Shapes from a sixth collection of real files the engine had never seen, written here in general form.
 * Each expected entry is the one a maintainer wrote in a hand-made key before the engine was run on it.
 */
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mangometrics.example.com',
  description: 'Runs it in production.',
});

const added = (source: string, entry = mango) => inserted(source, entry);

describe('a table row is written as most rows are, not only as its neighbour is', () => {
  it('pads to the delimiter row where most rows do, though the last row was typed unpadded', () => {
    const source = lines(
      '| Organization    | Contact             | Description of Usage |',
      '| --------------- | ------------------- | -------------------- |',
      '| Acme            | [@acme](https://github.com/acme) | Builds rockets with it |',
      '| Bravo           | @bravo              | Runs its shop on it  |',
      '| Charlie         | @charlie            | Hosts its games      |',
      '| Delta Air | @delta | Books its flights with it |',
    );
    expect(added(source).entry).toBe('| Mango Metrics   |                     | Runs it in production. |');
  });

  it('closes the row with a pipe as the header does, where the only row forgot it', () => {
    const source = lines(
      '| Organization | Contact | Description of Use |',
      '| ------------ | ------- | ------------------ |',
      '| [Acme](https://acme.example.com) | @acme | Builds rockets with it',
    );
    expect(added(source).entry).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | | Runs it in production. |',
    );
  });

  it('writes the mark the rows use for "no value" in a cell it has nothing for', () => {
    const source = lines(
      '| Organization | Contact | Description of Use |',
      '|--- |--- |--- |',
      '| [Acme](https://acme.example.com) | - | Builds rockets with it |',
      '| [Bravo](https://bravo.example.com) | [bravo](https://github.com/bravo) | Runs its shop on it |',
      '| [Charlie](https://charlie.example.com) | [chuck](https://github.com/chuck) | Hosts its games |',
    );
    expect(added(source).entry).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | - | Runs it in production. |',
    );
  });
});

describe('a bare address after the name and its separator is the website', () => {
  it('keeps the address where the entries show it, and the description after it', () => {
    const source = lines(
      '# Who uses it',
      '',
      '- Bravo University - https://bravo.example.edu/library (publications)',
      '',
      '- Zulu Jobs - https://zulu.example.com/jobs (jobs search)',
      '',
      '- Acme - https://acme.example.com/search (documents)',
    );
    const result = added(source);
    // The parentheses close the words without a period in every sibling: the new one's is dropped too.
    expect(result.entry).toBe('- Mango Metrics - https://mangometrics.example.com (Runs it in production)');
    // The list is in the order entries came: the new one goes last, after a blank line as the others are.
    expect(result.content.endsWith(`- Acme - https://acme.example.com/search (documents)\n\n${result.entry}\n`)).toBe(
      true,
    );
  });
});

describe('a list written in HTML', () => {
  it('gets a new item in the shape of its items, anchor attributes and indentation included', () => {
    const source = lines(
      '## Who is using it?',
      '',
      '### Logistics',
      '<ul>',
      '    <li><a href="https://zulu.example.com/" rel="nofollow">Zulu Cargo</a></li>',
      '    <li><a href="https://acme.example.com/" rel="nofollow">Acme Freight</a></li>',
      '    <li><a href="https://bravo.example.com/" rel="nofollow">Bravo Express</a></li>',
      '</ul>',
    );
    const result = added(source);
    expect(result.entry).toBe(
      '    <li><a href="https://mangometrics.example.com" rel="nofollow">Mango Metrics</a></li>',
    );
    expect(result.content.split('\n')[7]).toBe(result.entry);
  });
});

describe('adopters written one template tag per line', () => {
  const logo = 'https://mangometrics.example.com/logo.png';
  const withLogo = validEntry({ name: 'Mango Metrics', url: 'https://mangometrics.example.com', logo });

  it('writes a shortcode with named parameters, each value in its parameter', () => {
    const source = lines(
      '---',
      'title: "Users"',
      '---',
      '',
      'Some of the publicly known users:',
      '',
      '{{<card-vendor src="/images/users/zulu.png" href="https://zulu.example.com/">}}',
      '{{<card-vendor name="Acme Cloud" src="/images/users/acme.png" href="https://github.com/acme/cloud">}}',
      '{{<card-vendor name="Bravo" src="/images/users/bravo.svg" href="https://bravo.example.io">}}',
    );
    expect(added(source, withLogo).entry).toBe(
      `{{<card-vendor name="Mango Metrics" src="${logo}" href="https://mangometrics.example.com">}}`,
    );
  });

  it('reads positional parameters by their values, and appends after the last group', () => {
    const source = lines(
      '## Users',
      '',
      '{{% load-img-link "/img/logo/zulu.png" "Zulu" "https://zulu.example.com/" %}}',
      '{{% load-img-link "/img/logo/acme.png" "Acme" "https://acme.example.com/" %}}',
      '',
      '{{% load-img-link "/img/logo/delta.jpg" "Delta" "https://delta.example.com" %}}',
      '{{% load-img-link "/img/logo/bravo.png" "Bravo" "https://bravo.example.com/home" %}}',
    );
    const result = added(source, withLogo);
    expect(result.entry).toBe(`{{% load-img-link "${logo}" "Mango Metrics" "https://mangometrics.example.com" %}}`);
    expect(result.content.endsWith(`${result.entry}\n`)).toBe(true);
  });

  it('asks for the logo where every tag shows one, and leaves the file as it is', () => {
    const source = lines(
      '{{< logo name="Zulu" src="/logos/zulu.png" href="https://zulu.example.com" >}}',
      '{{< logo name="Acme" src="/logos/acme.png" href="https://acme.example.com" >}}',
    );
    const result = insertAdopter(source, mango, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("each adopter here is shown as a logo: give the logo's URL");
  });

  it('writes a Liquid include or an MDX component without a logo where the tags show none', () => {
    const liquid = lines(
      '# Adopters',
      '',
      '{% include adopter.html name="Zulu" url="https://zulu.example.com" %}',
      '{% include adopter.html name="Acme" url="https://acme.example.com" %}',
    );
    expect(added(liquid).entry).toBe(
      '{% include adopter.html name="Mango Metrics" url="https://mangometrics.example.com" %}',
    );
    const mdx = lines(
      '# Adopters',
      '',
      '<Adopter name="Zulu" href="https://zulu.example.com" />',
      '<Adopter name="Acme" href="https://acme.example.com" />',
    );
    expect(added(mdx).entry).toBe('<Adopter name="Mango Metrics" href="https://mangometrics.example.com" />');
  });

  it('refuses a name that would end its parameter early', () => {
    const source = lines(
      '{% include adopter.html name="Zulu" url="https://zulu.example.com" %}',
      '{% include adopter.html name="Acme" url="https://acme.example.com" %}',
    );
    const result = insertAdopter(source, validEntry({ name: 'The "Q" Company', url: 'https://q.example.com' }), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("the name cannot be written in this file's entries as it is");
  });

  it('lints a wall where some tags name no one without calling them malformed or out of order', () => {
    const source = lines(
      '{{<card-vendor src="/images/users/zulu.png" href="https://zulu.example.com/">}}',
      '{{<card-vendor name="Acme" src="/images/users/acme.png" href="https://acme.example.com">}}',
      '{{<card-vendor src="/images/users/bravo.png" href="https://bravo.example.com/">}}',
      '{{<card-vendor name="Bravo" src="/images/users/bravo.svg" href="https://bravo.example.io">}}',
      '{{<card-vendor name="Charlie" src="/images/users/charlie.svg" href="https://charlie.example.io">}}',
      '{{<card-vendor name="Delta" src="/images/users/delta.svg" href="https://delta.example.io">}}',
    );
    expect(lintAdopters(source)).toEqual([]);
  });
});
