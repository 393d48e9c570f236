import type { Paragraph, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, isBlankLine, lineOf, startOf } from './document.js';
import { headsUsersPart, namesWhoUses } from './adopters-part.js';
import { squash } from './inline.js';
import type { Container, ContainerDoubt, ContainerKind, Entry, TableLayout } from './model.js';
import { readHeadingEntry } from './read/heading-reader.js';
import { isMarkupBlock, markupRun } from './markup-runs.js';
import { readKeyValueEntries } from './read/key-value-reader.js';
import { readListEntries } from './read/list-reader.js';
import { readNameLines } from './read/name-lines-reader.js';
import { readParagraphRuns } from './read/paragraph-reader.js';
import { readTable } from './read/table-reader.js';
import { buildSections, looksLikeSectionTitle, type Section } from './sections.js';
import { followsCatchAll } from './catch-all.js';
import { exampleDoubt, instructionSection, introOf } from './container-doubts.js';
import { markGlossaries } from './glossary-runs.js';
import { outlineGroups } from './list-outline.js';
import { everyGivesAField, isOutlineOfGroups, sharedLabels, withoutFooter } from './heading-runs.js';

interface Scope {
  section: Section;
  headings: string[];
  quoted: boolean;
  /** Reading an example of an entry, whose name is a placeholder (`### Example Corp`). */
  example?: boolean;
  /** The label of the outline's group the list sits in (`* __A__`, `* UK:`), which heads it as a heading would. */
  group?: string;
}

/** Entries are separated by blank lines in most gaps (one entry alone counts as tight). */
function isLoose(entries: Entry[], doc: AdoptersDocument): boolean {
  let blank = 0;
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i]!.startLine - 1;
    if (before > entries[i - 1]!.endLine && isBlankLine(doc, before)) blank++;
  }
  return entries.length > 1 && blank * 2 > entries.length - 1;
}

/** An entry with nothing in it: a table row of empty cells. */
const isBlankSlot = (e: Entry) => !e.name && !e.url && !e.description && !e.logo && !e.contact;

function container(
  doc: AdoptersDocument,
  kind: ContainerKind,
  entries: Entry[],
  scope: Scope,
  extra: { table?: TableLayout; headingDepth?: number; doubts?: ContainerDoubt[]; intro?: string } = {},
): Container {
  const doubts = new Set<ContainerDoubt>(extra.doubts ?? []);
  if (scope.quoted) doubts.add('quoted');
  // Rows of empty cells wait to be filled in: they neither show how to write an entry nor fail to name one.
  const written = entries.filter((e) => !isBlankSlot(e));
  const real = written.filter((e) => !e.placeholder);
  if (real.length * 2 < written.length || !real.length) doubts.add('example');
  const anchors = entries.filter((e) => e.url?.startsWith('#')).length;
  if (anchors * 5 >= entries.length * 3) doubts.add('contents');
  // Markup shows an adopter by its link or picture even where it names none (`{{< card src=… href=… >}}`).
  const markup = kind === 'logos' || kind === 'tag-lines';
  // A placeholder (`Your site? Tell us`) invites an entry: it is neither a name nor prose.
  const named = real.filter((e) => e.nameLike || (markup && (e.url || e.logo))).length;
  if (named * 5 < real.length * 3) doubts.add('prose');
  return {
    kind,
    entries,
    start: entries[0]!.start,
    end: entries[entries.length - 1]!.end,
    section: scope.group ?? scope.section.title,
    headings: scope.headings,
    loose: kind === 'headings' && entries.length < 2 ? true : isLoose(entries, doc),
    scopeStart: scope.section.start,
    scopeEnd: scope.section.end,
    doubts: [...doubts],
    ...(extra.table ? { table: extra.table } : {}),
    ...(extra.headingDepth ? { headingDepth: extra.headingDepth } : {}),
    ...(extra.intro !== undefined ? { intro: extra.intro } : {}),
  };
}

function blockContainers(doc: AdoptersDocument, blocks: RootContent[], scope: Scope): Container[] {
  const found: Container[] = [];
  const lines = new Map<RootContent, Entry[] | undefined>();
  const nameLines = (block: Paragraph) => {
    if (!lines.has(block)) lines.set(block, readNameLines(doc, block));
    return lines.get(block);
  };
  // Blocks read as part of a run of tag lines that began at an earlier block.
  let taken = -1;
  blocks.forEach((block, index) => {
    if (index <= taken) return;
    const doubts: ContainerDoubt[] = [];
    const example = exampleDoubt(blocks, index, scope.section.title);
    if (example) doubts.push(example);
    const markup = markupRun(doc, blocks, index);
    const groups = block.type === 'list' ? outlineGroups(block) : undefined;
    if (markup) {
      taken = markup.last;
      if (markup.entries.length) found.push(container(doc, markup.kind, markup.entries, scope, { doubts }));
    } else if (groups) {
      // An outline of groups (continents over countries over sites): the entries are in its inner lists.
      for (const { label, item } of groups)
        found.push(
          ...blockContainers(doc, item.children.slice(1), {
            ...scope,
            headings: [...scope.headings, label],
            group: label,
          }),
        );
    } else if (block.type === 'list') {
      if (followsCatchAll(doc, blocks, index)) doubts.push('catch-all');
      const entries = readListEntries(doc, block);
      if (entries.length) found.push(container(doc, 'list', entries, scope, { doubts, intro: introOf(blocks, index) }));
    } else if (block.type === 'paragraph' && nameLines(block)) {
      found.push(container(doc, 'lines', nameLines(block)!, scope, { doubts }));
    } else if (block.type === 'table') {
      const { entries, layout } = readTable(doc, block);
      if (entries.length)
        found.push(container(doc, 'table', entries, scope, { table: layout, doubts, intro: introOf(blocks, index) }));
    } else if (block.type === 'code' || (block.type === 'paragraph' && blocks[index - 1]?.type !== 'paragraph')) {
      // Consecutive paragraphs are read together: one `Key: value` block per paragraph is common.
      let lastBlock: RootContent = block;
      for (let j = index + 1; block.type === 'paragraph' && blocks[j]?.type === 'paragraph'; j++)
        lastBlock = blocks[j]!;
      const first = lineOf(doc, startOf(block));
      const last = lineOf(doc, Math.max(startOf(lastBlock), endOf(lastBlock) - 1));
      const entries = readKeyValueEntries(doc, first, last, block.type === 'code' ? 'code' : 'text');
      if (entries.length) found.push(container(doc, 'key-value', entries, scope, { doubts }));
    } else if (block.type === 'blockquote') {
      found.push(...blockContainers(doc, block.children, { ...scope, quoted: true }));
    }
  });
  const underInstructions = instructionSection(scope.section.title) ? (['instructions'] as ContainerDoubt[]) : [];
  for (const run of readParagraphRuns(doc, blocks, (b) => isMarkupBlock(doc, b) || Boolean(lines.get(b))))
    found.push(container(doc, 'paragraphs', run, scope, { doubts: underInstructions }));
  return found;
}

/**
 * One heading per adopter: the subsections of a section form a container when their headings read like
 * names and their bodies look alike (shared field labels, a website line, or prose and no lists of
 * entries of their own).
 */
function headingContainer(doc: AdoptersDocument, parent: Section, scope: Scope): Container | undefined {
  let subs = withoutFooter(parent.subsections);
  // One subsection has no siblings to compare with (and may hold the whole list): read it once, below.
  if (subs.length === 1) return soleHeadingEntry(doc, subs[0]!, scope);
  let entries = subs.map((s) => readHeadingEntry(doc, s));
  // A heading over the file's introduction ("A curated list of sites that use it") opens no entry.
  const intro = entries.findIndex((e) => e.nameLike || e.placeholder);
  if (intro > 0 && subs.every((s) => s.depth === subs[0]!.depth))
    [subs, entries] = [subs.slice(intro), entries.slice(intro)];
  // Headings after the adopters that name parts of the page ("Related", "License") close the list.
  let end = subs.length;
  while (end > 2 && looksLikeSectionTitle(subs[end - 1]!.title ?? '') && !entries[end - 1]!.placeholder) end--;
  if (end < subs.length && !looksLikeSectionTitle(subs[end - 1]!.title ?? ''))
    [subs, entries] = [subs.slice(0, end), entries.slice(0, end)];
  if (subs.length === 1) return soleHeadingEntry(doc, subs[0]!, scope);
  if (subs.length < 2) return undefined;
  if (isOutlineOfGroups(subs)) return undefined;
  // A README's parts (`## Install`, `## 採用事例`, `## Links`): one of them is about its users, so none is one.
  if (subs.some((s) => headsUsersPart(s.title ?? ''))) return undefined;
  const depth = subs[0]!.depth;
  if (!subs.every((s) => s.depth === depth)) return undefined;
  // A template heading (`## <Company Name>`) is neither a name nor a section title.
  const real = subs.filter((_s, i) => !entries[i]!.placeholder);
  const named = real.filter((s) => s.title && !looksLikeSectionTitle(s.title)).length;
  if (real.length < 2 || named * 2 < real.length) return undefined;
  // Bodies alike: field labels in common, or a website line under most headings.
  const alike =
    sharedLabels(entries) >= 2 ||
    everyGivesAField(entries) ||
    entries.filter((e) => e.url).length * 5 >= subs.length * 3;
  if (alike) return container(doc, 'headings', entries, scope, { headingDepth: depth });
  // A table of one row is a list of its own too (a group's first project), unlike one bullet in a story.
  const hasOwnEntries = (s: Section) =>
    blockContainers(doc, s.blocks, { section: s, headings: [], quoted: false }).some(
      (c) => c.entries.length >= 2 || c.kind === 'table',
    );
  // Prose under each heading; a list inside one entry's story (its tools, its clusters) is part of it.
  const withLists = subs.filter(hasOwnEntries).length;
  // A heading without a body among them (an adopter that gave only its name) does not make an outline.
  const bare = subs.filter((s) => s.blocks.length === 0).length;
  const prose = subs.length >= 3 && bare <= Math.max(1, subs.length / 5) && withLists * 3 <= subs.length;
  // With nothing but prose to go by, a document's own parts (Evaluating, Disclaimer) read alike too: four
  // headings in five must read as names, not as parts of the page.
  if (named * 5 < real.length * 4 || !prose) return undefined;
  return container(doc, 'headings', entries, scope, { headingDepth: depth });
}

/**
 * A file with one adopter so far, written as a heading (`## Acme`) over its details: the heading is an
 * entry when it links to the adopter itself, when its body links to the site its title names
 * (`[acme.com](https://acme.com)`), or when its body gives its details under labels.
 */
function soleHeadingEntry(doc: AdoptersDocument, section: Section, scope: Scope): Container | undefined {
  if (!section.title) return undefined;
  // An example's placeholder (`### [Organization Name](https://your-site.org)`) stands for a name, whatever
  // words it uses. Any other title of a part of the page ("Argo CD users") is decided before its whole
  // body is read.
  const partTitle = looksLikeSectionTitle(section.title);
  if (partTitle && !scope.example) return undefined;
  const entry = readHeadingEntry(doc, section);
  if (partTitle && !entry.placeholder) return undefined;
  if ((entry.placeholder && !scope.example) || !entry.nameLike) return undefined;
  // Under a title that names the adopters ("Users"), details under labels of their own (`**Desc:** …`,
  // `**Usage:** …`, `- Website: …`), three or more: what the entries of a heading-per-adopter list share,
  // here in the first of them.
  const underAdoptersTitle = namesWhoUses(scope.section.title ?? '');
  if (underAdoptersTitle && new Set(entry.labels).size >= 3)
    return container(doc, 'headings', [entry], scope, { headingDepth: section.depth });
  if (!entry.url) return undefined;
  // A heading that is itself a link to the adopter (`## [Acme](https://acme.com)`) names it plainly.
  const linked = section.heading!.children.length === 1 && section.heading!.children[0]!.type === 'link';
  if (linked) return container(doc, 'headings', [entry], scope, { headingDepth: section.depth });
  let host: string;
  try {
    host = new URL(entry.url).hostname.replace(/^www\./, '').split('.')[0] ?? '';
  } catch {
    return undefined;
  }
  const name = squash(entry.name);
  const site = squash(host);
  if (site.length < 3 || name.length < 3 || !(name.includes(site) || site.includes(name))) return undefined;
  return container(doc, 'headings', [entry], scope, { headingDepth: section.depth });
}

/**
 * Every run of entries in the file, in document order, with what makes it doubtful as the adopters list.
 * Code blocks are read only as key/value entries, HTML only as a wall of logos (never a comment). An
 * example's lone heading counts though its name is a placeholder.
 */
export function findContainers(doc: AdoptersDocument, options: { example?: boolean } = {}): Container[] {
  const found: Container[] = [];
  const visit = (section: Section, headings: string[]) => {
    const scope: Scope = { section, headings, quoted: false, example: options.example };
    found.push(...blockContainers(doc, section.blocks, scope));
    const headed = headingContainer(doc, section, scope);
    if (headed) found.push(headed);
    else for (const sub of section.subsections) visit(sub, sub.title ? [...headings, sub.title] : headings);
  };
  const root = buildSections(doc);
  root.end = doc.source.length;
  visit(root, []);
  markGlossaries(doc, found);
  return found.sort((a, b) => a.start - b.start);
}
