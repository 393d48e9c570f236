import { sectionMatches } from '../adopters/sections.js';
import { dataFormatOf } from './format.js';
import { parseData } from './parse-data.js';

interface TextFile {
  path: string;
  text: string;
}

/**
 * The group a file of a one-file-per-group folder holds (`data/adopters/2-tooling.yaml`): the
 * title beside its list (`project: Tooling`), else its file name without an order prefix or extension.
 */
export function groupNameOf(file: TextFile): string {
  const format = dataFormatOf(file.path);
  const parsed = format ? parseData(file.text, format) : undefined;
  const title = parsed?.ok ? parsed.doc.sequences.find((s) => s.title)?.title : undefined;
  if (title) return title;
  const base = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return base.replace(/^\d+[-_.\s]*/, '') || base;
}

export type GroupChoice = { ok: true; path: string; group: string } | { ok: false; reason: string };

/** The file of the group a section names, matched as sections are (exact, then as a word run). */
export function chooseGroupFile(files: readonly TextFile[], section: string | undefined): GroupChoice {
  const named = files.map((f) => ({ path: f.path, group: groupNameOf(f) }));
  const list = named.map((n) => `"${n.group}"`).join(', ');
  if (!section)
    return { ok: false, reason: `this folder holds one file per group; choose one with --section (groups: ${list})` };
  for (const level of ['exact', 'partial'] as const) {
    const hit = named.find((n) => sectionMatches(section, n.group) === level);
    if (hit) return { ok: true, ...hit };
  }
  return { ok: false, reason: `no group "${section}" in this folder; groups: ${list}` };
}
