// `adopters add` applies every rule the issue form applies (one gate), with the form's messages naming
// the flag, exit 1, and the file byte for byte as it was. The messages are written out here by hand,
// from the rules' own wording (src/submission), so a change in either shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../support/cli.js';

const LIST =
  '# Adopters\n\n- [Acme](https://acme.com) - Rockets.\n- [Globex](https://globex.com) - Pipelines.\n- [Microsoft](https://microsoft.com) - Windows.\n';
const OK = { name: 'Hooli', url: 'https://hooli.com', description: 'Search.' };

type Flags = Partial<Record<'name' | 'url' | 'description' | 'section' | 'logo' | 'contact', string>>;

async function add(flags: Flags, source = LIST, extra: string[] = []) {
  const { dir, path } = tempFile('ADOPTERS.md', source);
  const args = Object.entries({ ...OK, ...flags })
    .filter(([, value]) => value !== undefined)
    .map(([flag, value]) => `--${flag}=${value}`);
  const run = await cli(['add', 'ADOPTERS.md', ...args, ...extra], dir);
  return { ...run, after: readFileSync(path, 'utf8') };
}

const CONTROL_FIX = 'remove it (if you pasted the text, type it instead).';
const TYPED_URL =
  "is not written the way browsers read it (for example it has '..' segments or encoded characters in the host); copy the address from your browser.";

describe('adopters add refuses what the issue form refuses, naming the flag', () => {
  it.each<[string, Flags, string]>([
    // URL rules
    [
      'a javascript: URL',
      { url: 'javascript:alert(1)' },
      "--url: uses the 'javascript:' scheme; only https:// web addresses are accepted.",
    ],
    [
      'a data: URL',
      { url: 'data:text/html,<b>x</b>' },
      "--url: uses the 'data:' scheme; only https:// web addresses are accepted.",
    ],
    [
      'a file: URL',
      { url: 'file:///etc/passwd' },
      "--url: uses the 'file:' scheme; only https:// web addresses are accepted.",
    ],
    ['an http: URL', { url: 'http://hooli.com' }, '--url: uses http://; give the https:// address of the site.'],
    [
      'user info',
      { url: 'https://user:pass@hooli.com' },
      "--url: contains a user name or password (text before '@' in the address); remove it.",
    ],
    [
      'a dotted IPv4 literal',
      { url: 'https://127.0.0.1/' },
      "--url: uses an IP address; use the organization's domain name.",
    ],
    [
      'a decimal IPv4 literal',
      { url: 'https://2130706433/' },
      "--url: uses an IP address; use the organization's domain name.",
    ],
    [
      'a hex IPv4 literal',
      { url: 'https://0x7f.1/' },
      "--url: uses an IP address; use the organization's domain name.",
    ],
    ['an IPv6 literal', { url: 'https://[::1]/' }, "--url: uses an IP address; use the organization's domain name."],
    [
      'a non-443 port',
      { url: 'https://hooli.com:8443/' },
      "--url: uses port 8443; only the standard port is allowed — remove ':8443'.",
    ],
    [
      'a host without a public suffix',
      { url: 'https://hooli.notatld' },
      '--url: does not end in a known public domain suffix (such as .com, .org or .de); check the address.',
    ],
    [
      'a single-label host',
      { url: 'https://intranet' },
      "--url: has no domain (a single name such as 'localhost' or 'intranet'); use the organization's domain name.",
    ],
    [
      'a private TLD',
      { url: 'https://hooli.internal' },
      "--url: uses the private or reserved domain '.internal', which is not reachable on the internet; use the organization's domain name.",
    ],
    [
      'a mixed-script host',
      { url: 'https://gооgle.com' },
      '--url: mixes Latin and Cyrillic letters in one part of the domain name, a trick used to imitate other sites; check the address.',
    ],
    ['a path that does not round-trip', { url: 'https://hooli.com/a/../b' }, `--url: ${TYPED_URL}`],
    [
      'an http: logo',
      { logo: 'http://hooli.com/logo.png' },
      '--logo: uses http://; give the https:// address of the site.',
    ],
    // Unicode rules
    [
      'a bidi control',
      { name: 'Hooli\u202Egnp' },
      `--name: contains a bidirectional-text control character (U+202E), which can make text display in another order than it is stored; ${CONTROL_FIX}`,
    ],
    [
      'a zero-width space',
      { name: 'Hoo\u200Bli' },
      `--name: contains an invisible character (U+200B), such as a zero-width space, a tag, a variation selector or a filler; ${CONTROL_FIX}`,
    ],
    [
      'a private-use character',
      { name: 'Hooli \uE000' },
      `--name: contains a private-use character (U+E000), which displays differently on every device; ${CONTROL_FIX}`,
    ],
    [
      'an unassigned code point',
      { name: 'Hooli \u0378' },
      `--name: contains an unassigned code point or a noncharacter (U+0378); ${CONTROL_FIX}`,
    ],
    [
      'a control character',
      { description: 'Search\u0007.' },
      `--description: contains a control character (U+0007); ${CONTROL_FIX}`,
    ],
    // markup, mention and reference rules
    [
      'HTML in a description',
      { description: 'Uses <img src=x onerror=alert(1)>' },
      "--description: contains HTML ('<' followed by a letter, '/', '!' or '?'); remove it — the text is shown exactly as written, never as HTML.",
    ],
    [
      'a team mention',
      { description: 'Ask @hooli/platform' },
      "--description: contains '@' followed by a letter or digit, which GitHub turns into a mention of a user or team (or an e-mail link); remove the '@'.",
    ],
    [
      'an issue reference',
      { name: 'Hooli #123' },
      "--name: contains '#' (or 'GH-') followed by a digit, which GitHub turns into a link to an issue or pull request; remove the '#' (for example write 'No. 1' instead of '#1').",
    ],
    [
      'a second paragraph',
      { description: 'One.\n\nTwo.' },
      '--description: has more than one paragraph (a blank line); write a single paragraph.',
    ],
    [
      'a workflow command in a name',
      { name: 'Hooli ::set-output name=x::y' },
      "--name: contains '::', which GitHub Actions reads as a workflow command; remove it.",
    ],
    [
      'a workflow command starting a description line',
      { description: 'Search.\n::add-mask::Hooli' },
      "--description: line 2 starts with '::', which GitHub Actions reads as a workflow command; remove it.",
    ],
    [
      'a legacy workflow command',
      { name: 'Hooli ##[error]x' },
      "--name: contains '##' followed by '[', which GitHub Actions reads as a workflow command wherever it appears in a line of a log; remove it.",
    ],
    [
      'link syntax in a name',
      { name: 'Hooli](/evil)' },
      "--name: contains Markdown link or image syntax ('](', '][', '![' or ']:'); write plain text — the website has its own field.",
    ],
    [
      'a character reference',
      { name: 'Hooli &#x202E;' },
      "--name: contains an HTML character reference ('&…;'), which displays as another character; type the character itself (for example '&' instead of '&amp;').",
    ],
    [
      'a block start in a section',
      { section: '> Vendors' },
      "--section: starts with '>', which Markdown reads as a quote; start with the name itself.",
    ],
    // the contact
    [
      'a contact that is no handle',
      { contact: 'not a handle!' },
      '--contact: is not a GitHub handle: use letters, digits and single hyphens, not at the start or end (for example octocat).',
    ],
  ])('%s', async (_what, flags, message) => {
    const r = await add(flags);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
    expect(r.after).toBe(LIST);
  });

  it('says how long an oversized value is, never echoing it', async () => {
    const name = 'Hooli'.repeat(41);
    const r = await add({ name, description: 'x'.repeat(30_000) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '--name: is 205 characters long; the limit is 100. Shorten it.\n--description: is 30000 characters long; the limit is 1000. Shorten it.\n',
    );
    expect(r.after).toBe(LIST);
  });

  it('reports every broken rule of every flag at once, in the form’s field order', async () => {
    const r = await add({ name: 'Hooli @team', url: 'http://hooli.com', contact: 'a@b.c' });
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[0]),
    ).toEqual(['--name', '--url', '--contact']);
    expect(r.after).toBe(LIST);
  });

  it('writes a name typed in NFD as NFC, the way the form does', async () => {
    const r = await add({ name: 'Po\u0302le Emploi', url: 'https://pole-emploi.fr' });
    expect(r.code).toBe(0);
    expect(r.after).toContain('- [P\u00f4le Emploi](https://pole-emploi.fr) - Search.');
    expect(r.after).not.toContain('o\u0302');
  });

  it('refuses a duplicate, naming the line, and leaves the file as it was', async () => {
    const r = await add({ name: 'ACME, Inc.', url: 'https://acme-rockets.com' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('adopters: ADOPTERS.md: refused: "Acme" is already listed (line 3)\n');
    expect(r.after).toBe(LIST);
  });
});

describe('adopters add and look-alikes of a listed entry', () => {
  const cyrillic = 'Gl\u043Ebex'; // "Globex" with a Cyrillic о

  it('refuses a Cyrillic look-alike of a listed name, showing the characters and the skeleton', async () => {
    const r = await add({ name: cyrillic, url: 'https://globex-cloud.com' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `adopters: ADOPTERS.md: refused: --name "${cyrillic}" looks like "Globex" (line 4): it writes U+043E for "o", so it reads "Globex"; both have the skeleton "globex"\n` +
        'adopters: if it is a different organization, run again with --allow-look-alike\n',
    );
    expect(r.after).toBe(LIST);
  });

  it('refuses a website whose host reads like a listed one', async () => {
    const r = await add({ name: 'Contoso', url: 'https://rnicrosoft.com' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'refused: --url host rnicrosoft.com looks like the site of "Microsoft" (line 5): both have the skeleton "rnicrosoft.corn"',
    );
    expect(r.after).toBe(LIST);
  });

  it('adds it with --allow-look-alike, keeping the explanation as a warning', async () => {
    const r = await add({ name: cyrillic, url: 'https://globex-cloud.com' }, LIST, ['--allow-look-alike']);
    expect(r.code).toBe(0);
    expect(r.after).toBe(`${LIST}- [${cyrillic}](https://globex-cloud.com) - Search.\n`);
    expect(r.stderr).toContain(`adopters: warning: --name "${cyrillic}" looks like "Globex" (line 4)`);
  });
});

describe('adopters add without --url', () => {
  it('writes a plain name into a list whose entries carry no links', async () => {
    const plain = '# Users\n\n- Acme\n- Globex\n- Initech\n- Umbrella\n';
    const r = await add({ url: undefined, description: undefined }, plain);
    expect(r.code).toBe(0);
    expect(r.after).toBe('# Users\n\n- Acme\n- Globex\n- Hooli\n- Initech\n- Umbrella\n');
  });

  it('writes a row into a table without a link column', async () => {
    const table = '| Company | Industry |\n| --- | --- |\n| Acme | Rockets |\n| Globex | Energy |\n';
    const r = await add({ url: undefined, description: undefined, name: 'Initech' }, table);
    expect(r.code).toBe(0);
    expect(r.after).toBe(`${table}| Initech | |\n`);
  });

  it('refuses where the entries carry links, saying --url is needed', async () => {
    const r = await add({ url: undefined });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "adopters: ADOPTERS.md: refused: this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL: give it with --url\n",
    );
    expect(r.after).toBe(LIST);
  });

  it('refuses in a table with a link column', async () => {
    const table = '| Name | Website |\n| --- | --- |\n| Acme | https://acme.com |\n';
    const r = await add({ url: undefined }, table);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('so the new entry needs its website');
    expect(r.after).toBe(table);
  });
});
