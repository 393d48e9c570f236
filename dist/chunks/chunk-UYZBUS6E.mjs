import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lineCount,
  lineStart,
  lineText
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/logo-rows.ts
function rowsOf(entries) {
  const rows = [];
  for (const entry of entries) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (last && entry.startLine === last.endLine + 1) row.push(entry);
    else rows.push([entry]);
  }
  return rows;
}
var OPENING = /^\s*<([a-z][a-z0-9-]*)\b[^>]*>\s*$/i;
var CLOSING = /^\s*<\/([a-z][a-z0-9-]*)\s*>\s*$/i;
function newLogoRow(doc, container, index, rendered) {
  if (container.kind !== "logos" || index !== container.entries.length) return void 0;
  const rows = rowsOf(container.entries);
  const size = rows[0].length;
  if (rows.length < 2 || size < 2 || rows.some((row2) => row2.length !== size)) return void 0;
  const last = rows[rows.length - 1];
  const openLine = last[0].startLine - 1;
  const closeLine = last[last.length - 1].endLine + 1;
  const open = OPENING.exec(lineText(doc, openLine));
  const close = CLOSING.exec(lineText(doc, closeLine));
  if (!open || !close || open[1].toLowerCase() !== close[1].toLowerCase()) return void 0;
  const row = [lineText(doc, openLine), rendered, lineText(doc, closeLine)].join(doc.eol);
  const eol = doc.eol;
  if (closeLine < lineCount(doc))
    return { offset: lineStart(doc, closeLine + 1), text: row + eol, line: closeLine + 1 };
  return doc.finalNewline ? { offset: doc.source.length, text: row + eol, line: closeLine + 1 } : { offset: doc.source.length, text: eol + row, line: closeLine + 1 };
}
function loneLogoRow(doc, container, index) {
  if (container.kind !== "logos") return void 0;
  const entry = container.entries[index];
  const [first, last] = [entry.startLine - 1, entry.endLine + 1];
  const neighbour = (e) => e && e.endLine >= first && e.startLine <= last;
  if (neighbour(container.entries[index - 1]) || neighbour(container.entries[index + 1])) return void 0;
  const open = OPENING.exec(lineText(doc, first));
  const close = CLOSING.exec(lineText(doc, last));
  return open && close && open[1].toLowerCase() === close[1].toLowerCase() ? { first, last } : void 0;
}

export {
  newLogoRow,
  loneLogoRow
};
