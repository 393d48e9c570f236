import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isBlankLine,
  lineCount,
  lineOf,
  lineStart
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/splice.ts
function spliceEntry(doc, container, index, rendered) {
  const eol = doc.eol;
  const gap = container.loose ? eol : "";
  const target = container.entries[index];
  if (target) return { offset: target.start, text: rendered + eol + gap, line: target.startLine };
  const last = container.entries[container.entries.length - 1];
  const lines = lineCount(doc);
  if (!container.loose) {
    if (last.endLine < lines)
      return { offset: lineStart(doc, last.endLine + 1), text: rendered + eol, line: last.endLine + 1 };
    return doc.finalNewline ? { offset: doc.source.length, text: rendered + eol, line: last.endLine + 1 } : { offset: doc.source.length, text: eol + rendered, line: last.endLine + 1 };
  }
  let next = last.endLine + 1;
  while (next <= lines && isBlankLine(doc, next)) next++;
  if (next <= lines) {
    if (next === last.endLine + 1) return { offset: lineStart(doc, next), text: eol + rendered + eol, line: next + 1 };
    const at = next - last.endLine > 2 ? last.endLine + 2 : next;
    return { offset: lineStart(doc, at), text: rendered + eol + eol, line: at };
  }
  if (!doc.finalNewline) return { offset: doc.source.length, text: eol + eol + rendered, line: last.endLine + 2 };
  const blankAfter = lines - last.endLine;
  if (blankAfter > 1)
    return { offset: lineStart(doc, last.endLine + 2), text: rendered + eol + eol, line: last.endLine + 2 };
  return blankAfter > 0 ? { offset: doc.source.length, text: rendered + eol, line: lines + 1 } : { offset: doc.source.length, text: eol + rendered + eol, line: last.endLine + 2 };
}
function spliceNewList(doc, offset, rendered, tight = false) {
  const eol = doc.eol;
  const before = doc.source.slice(0, offset);
  const after = doc.source.slice(offset);
  const gap = tight ? "" : eol;
  const lead = !before ? "" : /\n[ \t]*\r?\n$/.test(before) ? "" : before.endsWith("\n") ? gap : eol + gap;
  let trail;
  if (!after) trail = !before || before.endsWith("\n") ? eol : "";
  else if (/^\r?\n[ \t]*(?:\r?\n|$)/.test(after)) trail = "";
  else if (/^\r?\n/.test(after)) trail = eol;
  else trail = eol + eol;
  const line = lineOf(doc, offset) + (lead.match(/\n/g)?.length ?? 0);
  return { offset, text: lead + rendered + trail, line };
}

export {
  spliceEntry,
  spliceNewList
};
