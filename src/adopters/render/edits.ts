/** A replacement of `[start, end)` of a text by `text` (offsets in the original text); '' deletes. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Overlapping or touching deletions as one. */
function unionOf(deletions: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const d of [...deletions].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
    else out.push({ ...d });
  }
  return out;
}

/**
 * Applies edits to a text. Deletions may overlap (a line dropped and the separator of a value on it); an
 * edit inside another goes with it (a link removed as a whole takes its text along, a logo replaced by
 * the name takes its alt text). Edits that straddle each other are a mistake of the caller.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  const deletions = unionOf(edits.filter((e) => !e.text && e.end > e.start));
  const others = edits.filter((e) => e.text);
  const all = [...deletions, ...others].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const e of all) {
    if (e.start < at) {
      if (e.end <= at) continue;
      throw new Error(`overlapping edits at offset ${e.start}`);
    }
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
