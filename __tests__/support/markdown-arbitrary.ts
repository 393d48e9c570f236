import fc from 'fast-check';

// Markdown files made of the pieces adopters files are made of, and of the constructs a fast reader
// must recognise and hand to remark: emphasis edge cases, bare URLs, entities, references, footnotes,
// HTML, code, quotes, setext underlines, lazy lines, tabs, CRLF, Unicode.
const word = fc.constantFrom(
  'Acme',
  'corp',
  'café',
  '日本',
  '😀',
  'R&D',
  'AT&amp;T',
  'a_b_c',
  '2024.',
  '(beta)',
  'x!',
  'foo:',
  '-',
  '—',
  '|',
  '#1',
  '+',
  '1.',
  '\u00a0',
  'a\u3000b',
  '\u2003',
);
const atom = fc.oneof(
  { weight: 6, arbitrary: word },
  fc.constantFrom(
    '[Name](https://n.example.com)',
    '[Name](https://n.example.com/a_(b))',
    '[Name]( <https://n.example.com/a b> )',
    '[Na**m**e](https://n.example.com)',
    '[`code`](https://n.example.com)',
    '[https://n.example.com](https://n.example.com)',
    '[www.n.example](https://n.example.com "title")',
    '[](https://n.example.com)',
    '[Name]()',
    '**[Name](https://n.example.com)**',
    '__[Name](https://n.example.com)__',
    '*[Name](https://n.example.com)*',
    '_[Name](https://n.example.com)_',
    '**bold**',
    '__bold__',
    '*em*',
    '_em_',
    '***both***',
    '**a *b* c**',
    '**_[Name](https://n.example.com)_**',
    '_**bold**_',
    '*__x__*',
    '**a**b**',
    '**_a**_',
    '*a **b***',
    'ET&I',
    '&foo;',
    '&#xZZ;',
    '&#123456789;',
    '*a',
    'a*',
    '* ',
    '`code`',
    '`` a`b ``',
    '` `',
    '`open',
    '\\*',
    '\\_',
    '\\[',
    '\\a',
    '&amp;',
    '&copy;',
    '&#35;',
    '<https://auto.example.com/x>',
    '<mailto:a@b.example>',
    '<br>',
    '<br />',
    '<b>bold</b>',
    '<!-- c -->',
    'www.bare.example',
    'https://bare.example/x',
    'someone@mail.example',
    '~~gone~~',
    '~x~',
    '[ref]',
    '[text][ref]',
    '[^1]',
    '![img](https://i.example/a.png)',
    '[unclosed',
    'close]',
  ),
);
const inline = fc
  .array(fc.tuple(atom, fc.constantFrom(' ', ' ', '', '  ')), { minLength: 1, maxLength: 6 })
  .map((parts) =>
    parts
      .map(([a, s]) => a + s)
      .join('')
      .trimEnd(),
  );
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t', '\\');
const lineOf = fc.tuple(inline, trailing).map(([a, b]) => a + b);

const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 7 }),
    fc.constantFrom(' ', '  ', '', '\t'),
    inline,
    fc.constantFrom('', '', ' #', ' ##  ', '#'),
  )
  .map(([n, s, text, close]) => `${'#'.repeat(n)}${s}${text}${close}`);
const paragraph = fc
  .array(fc.tuple(fc.constantFrom('', '', '', ' ', '    ', '\t'), lineOf), { minLength: 1, maxLength: 3 })
  .map((ls) => ls.map(([indent, text], i) => (i === 0 ? text : indent + text)).join('\n'));

const marker = fc.constantFrom('-', '-', '*', '+', '1.', '1)', '3.', '10.');
const itemBody = fc.tuple(
  lineOf,
  fc.array(fc.tuple(fc.constantFrom('  ', '   ', '    ', '', ' '), lineOf), { maxLength: 2 }),
  fc.array(fc.tuple(fc.constantFrom('-', '*', '1.'), lineOf), { maxLength: 3 }),
  fc.constantFrom('  ', '  ', '    ', '   ', ' '),
  fc.constantFrom(' ', ' ', '  ', '     ', '\t'),
);
const list = fc
  .tuple(
    marker,
    fc.array(itemBody, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', ' ', '  '),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([m, items, indent, loose, mixed]) =>
    items
      .map(([first, more, nested, nestIndent, gap], i) => {
        const mark = mixed && i % 2 === 1 ? (m === '-' ? '*' : '-') : m;
        const pad = ' '.repeat(mark.length + 1);
        const lines = [`${indent}${mark}${gap}${first}`];
        for (const [cont, text] of more) lines.push(`${indent}${cont === '' ? '' : pad}${cont}${text}`.trimEnd());
        for (const [nm, text] of nested) lines.push(`${indent}${nestIndent}${nm} ${text}`);
        return lines.join('\n') + (loose && i % 2 === 0 ? '\n' : '');
      })
      .join('\n'),
  );

const cell = fc.oneof(inline, fc.constantFrom('', ' ', 'a \\| b', '`a|b`'));
const table = fc
  .tuple(
    fc.array(cell, { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-', ' --- '), { minLength: 1, maxLength: 4 }),
    fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 4 }),
    fc.constantFrom('both', 'both', 'both', 'lead', 'none', 'indent'),
    fc.constantFrom('', '', '  ', ' x'),
  )
  .map(([head, delims, rows, pipes, after]) => {
    const row = (cells: string[]) => {
      const inner = cells.join(' | ');
      if (pipes === 'none') return inner;
      if (pipes === 'lead') return `| ${inner}`;
      return `${pipes === 'indent' ? '  ' : ''}| ${inner} |`;
    };
    const delimiter = row(delims.length === head.length ? delims : head.map(() => '---'));
    return [row(head), delims.length === 1 ? '|---|' : delimiter, ...rows.map(row)].join('\n') + after;
  });

const other = fc.constantFrom(
  '```\ncode\n\nmore\n```',
  '```js\nx\n',
  '~~~\n- not a list\n~~~',
  '    indented code',
  '> quote\n> more',
  '> quote\nlazy',
  '<!-- comment -->',
  '<!--\nlong\n\ncomment -->',
  '<div>\n- inside\n</div>',
  '<details><summary>More</summary>\n\n- a\n\n</details>',
  '[ref]: https://ref.example',
  '[ref]: https://ref.example "Title"',
  '[^1]: A footnote.',
  '***',
  '---',
  '___',
  'Title\n=====',
  'Title\n---',
  '- [ ] task\n- [x] done',
  '-\n  empty first',
  '- a\nlazy',
  '1. a\n2. b',
  '2. starts at two',
  'Text\n01. zero-padded one',
  'Text\n1. one\n01. again',
  '\u00a0- not a list',
  '* * *',
  '- a\n\n  second paragraph',
  '- a\n  ```\n  code\n  ```',
  '- > quote in item',
  '<script>\nx\n\ny\n</script>',
);

const block = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: other },
);

/** Whole files: blocks joined by one or more line breaks, in LF or CRLF, with or without a final newline. */
export const documents = fc
  .tuple(
    fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n', '\n\n\n', '\n  \n')), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.constantFrom('\n', '\n', '\r\n'),
    fc.boolean(),
  )
  .map(([blocks, eol, final]) => {
    const text = blocks.map(([b, sep]) => b + sep).join('');
    const body = final ? text : text.replace(/\n+$/, '');
    return eol === '\n' ? body : body.replace(/\n/g, eol);
  });

// Files shaped like real adopters files (the shapes the fast reader reads itself), so that its native
// paths, not only its refusals, meet many inputs.
const plainAtom = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('Acme', 'corp', 'café', '日本', '😀', '2024.', '(beta)', '-', '—', ':', 'x!'),
  },
  fc.constantFrom(
    '[Name](https://n.example.com)',
    '[Name](<https://n.example.com/a b>)',
    '**[Name](https://n.example.com)**',
    '*[Name](https://n.example.com)*',
    '__bold__',
    '_em_',
    '**_Name_**',
    'ET&I',
    '`code`',
    '\\*',
    '<https://auto.example.com>',
    '<br>',
    '!',
    '&',
  ),
);
const plainText = fc.array(plainAtom, { minLength: 1, maxLength: 5 }).map((parts) => ['Acme', ...parts].join(' '));
const plainList = fc
  .tuple(
    fc.constantFrom('-', '*', '+', '1.', '1)'),
    fc.array(fc.tuple(plainText, fc.array(plainText, { maxLength: 2 }), fc.boolean()), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n', '\n', '\n\n'),
  )
  .map(([m, items, sep]) =>
    items
      .map(([text, nested, wrap]) => {
        const pad = ' '.repeat(m.length + 1);
        const lines = [`${m} ${text}`];
        if (wrap) lines.push(`${pad}${text}`);
        for (const n of nested) lines.push(`${pad}- ${n}`);
        return lines.join('\n');
      })
      .join(sep),
  );
const plainTable = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(fc.array(plainText, { minLength: 1, maxLength: 3 }), { maxLength: 4 }),
  )
  .map(([n, rows]) =>
    [
      `| ${Array.from({ length: n }, (_, i) => `H${i}`).join(' | ')} |`,
      `|${' --- |'.repeat(n)}`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  );
const plainBlock = fc.oneof(
  plainList,
  plainTable,
  plainText.map((t) => `## ${t}`),
  fc.array(plainText, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
);
export const plainDocuments = fc
  .tuple(fc.array(plainBlock, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([blocks, eol, final]) => (blocks.join('\n\n') + (final ? '\n' : '')).replace(/\n/g, eol));
