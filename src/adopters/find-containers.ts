import type { AdoptersDocument } from './document.js';
import type { Container } from './model.js';
import { buildSections, type Section } from './sections.js';
import { readHeadingContainer } from './containers/heading-container.js';
import { readListContainer } from './containers/list-container.js';
import { readParagraphContainers } from './containers/paragraph-container.js';
import { readTableContainer } from './containers/table-container.js';

/**
 * Every adopters container in the file, in document order. Code blocks, HTML (logo walls, comments) and
 * block quotes are never containers; lists nested in an entry belong to that entry.
 */
export function findContainers(doc: AdoptersDocument): Container[] {
  const found: Container[] = [];
  const visit = (section: Section) => {
    const scoped = (c: Container): Container => ({ ...c, scopeStart: section.start, scopeEnd: section.end });
    found.push(...blockContainers(doc, section).map(scoped));
    const headings = readHeadingContainer(doc, section, (s) =>
      blockContainers(doc, s).some((c) => c.entries.length >= 2),
    );
    if (headings) found.push(scoped(headings));
    else section.subsections.forEach(visit);
  };
  const root = buildSections(doc);
  root.end = doc.source.length;
  visit(root);
  return found.sort((a, b) => a.start - b.start);
}

function blockContainers(doc: AdoptersDocument, section: Section): Container[] {
  const containers: Container[] = [];
  for (const block of section.blocks) {
    const container =
      block.type === 'list'
        ? readListContainer(doc, block, section.title)
        : block.type === 'table'
          ? readTableContainer(doc, block, section.title)
          : undefined;
    if (container) containers.push(container);
  }
  containers.push(...readParagraphContainers(doc, section.blocks, section.title));
  return containers;
}
