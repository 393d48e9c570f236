// Shapes from real files the engine had never seen (a README written in Chinese, a vendored ADOPTERS.md
// with placeholder rows only, lists grouped by industry, a table whose link column is empty), keyed by hand
// before the engine ran on them; the entries here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/adopters/document.js';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { inserted, keyed, lines } from '../support/held-out.js';

describe('a README whose part about its users is titled in another language', () => {
  const readme = lines(
    '# tray_manager',
    '',
    '这个插件允许 Flutter 桌面应用定义系统托盘。',
    '',
    '## 谁在用使用它？',
    '',
    '- [Biyi (比译)](https://biyidev.example.com/) - 一个便捷的翻译和词典应用程序。',
    '',
    '## API',
    '',
    '| Method           | Description                      | Linux | macOS | Windows |',
    '| ---------------- | -------------------------------- | ----- | ----- | ------- |',
    '| destroy          | 立即销毁托盘图标                 | ✔️     | ✔️     | ✔️       |',
    '| setIcon          | 设置与此托盘图标相关的图片。     | ✔️     | ✔️     | ✔️       |',
    '| setToolTip       | 设置此托盘图标的悬停文本。       | ➖     | ✔️     | ✔️       |',
    '| getBounds        | 返回 `Rect` 这个托盘图标的边界。 | ➖     | ✔️     | ✔️       |',
  );

  it('adds to the list under "who uses it", not to the larger table of methods', () => {
    const result = inserted(readme);
    expect(result.line).toBe(8);
    expect(result.entry).toBe(
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it in production for internal services.',
    );
  });
});

describe('two tables that hold only their example rows', () => {
  const file = lines(
    '# List of Adopters',
    '',
    'The list of organizations that have publicly shared their usage:',
    '',
    '| Organization | Description | Success Story |',
    '| :--- | :--- | :--- |',
    '| [Example](https://example.com/) | Example company running it in production | [English](./adopters/example/README.md) |',
    '',
    'The list of users that have publicly shared their usage. ',
    '',
    '| User | Description | Success Story |',
    '| :--- | :--- | :--- |',
    '| [Example User](https://github.com/username) | Personal tests | [English](./adopters/users/username/README.md)  | ',
  );

  it("takes neither example for an adopter: the first organization's row goes in the first table", () => {
    const result = inserted(file);
    expect([7, 8]).toContain(result.line);
    expect(result.entry).toMatch(/^\| \[Mango Metrics\]\(https:\/\/mangometrics\.example\.com\) \| Runs it/);
  });
});

describe('lists grouped by industry', () => {
  const file = lines(
    '# Adopters',
    '',
    'Adopters are grouped by type of industry.',
    '',
    '## Trade Publishers',
    '',
    '- Hachette Livre has implemented the protocol on most websites of the group: Hachette.fr, Livre de Poche ...',
    '- Media-Participations (France): in its publishing houses, including Seuil, Fleurus ...',
    '- Penguin Random House Spain: in its EPUB files.',
    '- Penguin Random House Germany: in its ONIX records.',
    '- Aufbau (Germany).',
    '- Diogenes (Germany).',
    '- The Publishers Association estimates that the adoption of the protocol is above half of its members.',
    '',
    '## Newspapers',
    '- Ouest France (https://www.ouest-france.example/): as html metadata, with a policy.',
    '- Sud Ouest (https://www.sudouest.example/): as tdmrep.json, with a policy.',
    '- Les Echos (https://www.lesechos.example/): as html metadata, with a policy.',
    '- Le Parisien (https://www.leparisien.example/): as tdmrep.json, with a policy.',
    '- Midi Libre (https://www.midilibre.example/): as html metadata, with a policy.',
    '- Radio France (https://www.radiofrance.example/): as tdmrep.json, with a policy.',
    '- France Bleu (https://www.francebleu.example/): as tdmrep.json, with a policy.',
    '',
    'Many other publishers use it without saying so.',
  );

  it('goes to the list of as many adopters that names more of them, in its shape, website included', () => {
    const result = inserted(file);
    expect(result.line).toBe(23);
    expect(result.entry).toBe(
      '- Mango Metrics (https://mangometrics.example.com): Runs it in production for internal services.',
    );
  });

  it("stays above a list's closing remark, written as its last item", () => {
    // With three newspapers only, the publishers' list is the larger.
    const drop = ['Les Echos', 'Le Parisien', 'Midi Libre', 'Radio France'];
    const fewer = file
      .split('\n')
      .filter((l) => !drop.some((d) => l.startsWith(`- ${d}`)))
      .join('\n');
    const result = inserted(fewer);
    expect(result.line).toBe(13);
    expect(fewer.split('\n')[12]).toMatch(/^- The Publishers Association estimates/);
    expect(result.entry).toBe('- Mango Metrics: Runs it in production for internal services.');
  });
});

describe('a table with a link column every row leaves empty', () => {
  const file = lines(
    '# Who is using it?',
    '',
    '## Adopters (Alphabetical)',
    '',
    '| Organization | Description | Contacts | Link |',
    '| --- | --- | --- | --- |',
    '| Adobe | Global Kubernetes cluster provisioning using several controllers | `@eadasiak` |  |',
    '| BT | Modern platform for applications, declarative service instantiation | `@oldhamtj` | |',
  );

  it('writes the website in the link column', () => {
    const result = inserted(file);
    expect(result.line).toBe(9);
    expect(result.entry).toBe(
      '| Mango Metrics | Runs it in production for internal services. | | https://mangometrics.example.com |',
    );
  });
});

describe('a literal autolink micromark did not mark', () => {
  it('still has a place in the source for every node of the tree', () => {
    const source = lines(
      '# Project',
      '',
      '## Contributing',
      'Most contributions require you to',
      '  agree to a Developer Certificate of Origin (DCO)[https://dco.example.org/dco]',
      'stating that you agree to the terms.',
      '',
      '## Adopters',
      '',
      '- [Acme](https://acme.example.com)',
    );
    const { tree } = parseDocument(source);
    const unplaced: string[] = [];
    const visit = (node: { type: string; position?: unknown; children?: unknown[] }) => {
      if (!node.position) unplaced.push(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    visit(tree);
    expect(unplaced).toEqual([]);
    const link = JSON.stringify(tree).includes('"url":"https://dco.example.org/dco"');
    expect(link).toBe(true);
    expect(inserted(source).line).toBe(11);
  });
});

describe('two lists under one heading, introduced as projects and as companies', () => {
  const readme = lines(
    '### Who is using it?',
    '',
    'The following projects are using it to validate their JavaScript:',
    '',
    '* [WebKit](https://bugs.webkit.example.org/show_bug.cgi?id=125048)',
    '* [Drupal](https://www.drupal.example.org/node/2264205)',
    '* [Esprima](https://github.com/ariya/esprima)',
    '',
    'In addition, the following companies are using it internally to validate their JavaScript:',
    '',
    '* [Box](https://box.example.com)',
    '* [the native web](http://www.thenativeweb.example.io)',
    '',
    '### What are the plans?',
  );

  it("adds an organization to the companies' list, though the projects' one is longer", () => {
    const result = inserted(readme);
    expect(result.line).toBe(13);
    expect(result.entry).toBe('* [Mango Metrics](https://mangometrics.example.com)');
  });
});

describe('adopters written in markup the bot cannot copy', () => {
  it('refuses where each line carries words of its own around the link', () => {
    const file = lines(
      '<h2>Honourable mentions</h2>',
      '',
      '<ul>',
      '<li>Norway: <a href="https://www.fiksgatami.example/">FiksGataMi</a>, launched 2011, run by <a href="https://www.nuug.example/">NUUG</a>',
      '<li>Chile: Bellavista En Ación, launched 2014, run by Ciudad Viva',
      '<li>Malaysia: Aduanku, launched 2014, run by <a href="https://sinarproject.example.org/">Sinar project</a>',
      '<li>Uruguay: PorMiBarrio, launched 2014, run by <a href="https://www.datauy.example.org/">DATA</a>',
      '</ul>',
    );
    const result = insertAdopter(file, keyed(), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('words of their own');
  });

  it('refuses a page of HTML indented by tabs, which Markdown reads as code', () => {
    const tile = (name: string) => [
      '\t\t<td width="33%" align="center" valign="top">',
      `\t\t<a href="https://apps.example.com/${name.toLowerCase()}"><img class="roundrect" src="https://img.example.com/${name}.png" width="100"></a>`,
      '\t\t<br>',
      `\t\t<b>${name}</b>`,
      '\t\t</td>',
      '\t\t',
    ];
    const file = lines(
      '---',
      'title: Showcase',
      '---',
      '',
      '<div class="container">',
      '\t',
      '\t<article>',
      "\t\t<h1>Who's using it?</h1>",
      '\t\t<table border="0" width="100%">',
      '\t\t<tr>',
      '\t\t',
      ...['Facebook', 'Pinterest', 'Buffer'].flatMap(tile),
      '\t\t</tr>',
      '\t\t</table>',
      '\t</article>',
      '</div>',
    );
    const result = insertAdopter(file, keyed(), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('links in HTML markup');
  });
});

describe("a description in the file's punctuation", () => {
  it('drops the closing period where the description sits in parentheses and none of the others ends in one', () => {
    const file = lines(
      '# Users',
      '',
      '1. Red Hat, Inc. (Uses it as the default network in its product)',
      '2. NVIDIA (Uses it in its production environments)',
      '3. Ant Group (Runs its cloud infrastructure on it)',
    );
    const result = inserted(file);
    expect(result.entry).toBe('4. Mango Metrics (Runs it in production for internal services)');
  });

  it('keeps it at the end of a line or a cell, where a writer keeps theirs', () => {
    const file = lines(
      '# Users',
      '',
      '- [Red Hat](https://redhat.example.com) - OpenShift networking',
      '- [NVIDIA](https://nvidia.example.com) - DPU offload',
      '- [Ant Group](https://antgroup.example.com) - Cloud infrastructure',
    );
    expect(inserted(file).entry).toMatch(/internal services\.$/);
  });
});

describe('a README with no title of its own', () => {
  it('keeps its adopters under "Known Users", not among the headings of a feature showcase', () => {
    const readme = lines(
      '## Tool',
      '',
      'A diagnostic tool.',
      '',
      '### Feature Showcase',
      '',
      ...['Dashboard', 'Thread', 'Trace', 'Monitor'].flatMap((f) => [
        `#### ${f}`,
        '',
        `The ${f.toLowerCase()} command.`,
        '',
      ]),
      '### Known Users',
      '',
      '- [Alibaba](https://alibaba.example.com)',
      '- [ICBC](https://icbc.example.com)',
      '',
      '### Credit',
      '',
      'Thanks to all contributors.',
    );
    const result = inserted(readme);
    // Appended after ICBC, before the blank line and "### Credit".
    expect(result.line).toBe(27);
    expect(result.entry).toBe('- [Mango Metrics](https://mangometrics.example.com)');
  });
});

describe('a list introduced as "several examples that we are aware of"', () => {
  it('is the adopters list: examples in the plural count instances, as in a heading', () => {
    const page = lines(
      '# Adoption',
      '',
      "It has been used to train many models. Below is a list of several examples that we are aware of (if you'd like to include yours please submit a PR):",
      '',
      '  * [Megatron-Turing NLG (530B)](https://research.example.com/mt-nlg)',
      '  * [BLOOM (176B)](https://huggingface.example.co/blog/bloom)',
      '  * [GLM (130B)](https://github.com/THUDM/GLM-130B)',
      '  * [GPT-NeoX (20B)](https://github.com/EleutherAI/gpt-neox)',
      '',
      'It has been integrated with several popular frameworks such as:',
      '',
      '| | Documentation |',
      '| --- | --- |',
      '| <img src="transformers.png"> | [Transformers with it](https://hf.example.co/docs/transformers) |',
      '| <img src="accelerate.png"> | [Accelerate with it](https://hf.example.co/docs/accelerate) |',
    );
    const result = inserted(page);
    expect(result.line).toBe(9);
    expect(result.entry).toBe('  * [Mango Metrics](https://mangometrics.example.com)');
  });
});
