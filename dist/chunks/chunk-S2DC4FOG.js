import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  defaultGroup,
  groupNote,
  realEntries
} from "./chunk-UNFAKITF.js";
import {
  findEmptyTables
} from "./chunk-XDGCHGXV.js";
import {
  allSections,
  buildSections,
  endOf,
  sectionMatches,
  startOf
} from "./chunk-5LR6HC6L.js";

// src/adopters/new-list-place.ts
var NAMES_ADOPTERS = /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|customers?|production)\b/i;
var NOT_THE_LIST = /\b(?:how|add(?:ing)?|template|example|why|become|types?)\b/i;
function isInvitation(doc, block) {
  if (block.type !== "paragraph") return false;
  const only = block.children.length === 1 ? block.children[0] : void 0;
  if (only && (only.type === "emphasis" || only.type === "strong")) return true;
  return /\b(?:none yet|be the first|add (?:your|yours)|your (?:organi[sz]ation|company) here)\b/i.test(
    doc.source.slice(startOf(block), endOf(block))
  );
}
function waitingSection(doc, choice) {
  const waiting = allSections(buildSections(doc)).filter(
    (s) => s.heading && s.title && NAMES_ADOPTERS.test(s.title) && !NOT_THE_LIST.test(s.title) && // Nothing under it but an invitation; a heading with nothing at all under it only when it holds no
    // sections either (a title over the whole page does).
    (s.blocks.length ? s.blocks.every((b) => isInvitation(doc, b)) : !s.subsections.length)
  );
  const chosen = choice && waiting.find((s) => sectionMatches(choice, s.title)) || waiting[0];
  if (!chosen) return void 0;
  const last = chosen.blocks[chosen.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(chosen.heading), section: chosen.title };
}
function afterIntroduction(doc) {
  const root = buildSections(doc);
  const title = root.subsections[0];
  if (!title) return { offset: doc.source.length, section: null };
  const last = title.blocks[title.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(title.heading), section: title.title };
}

// src/adopters/unlisted-file.ts
var MOVED = /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+now\s+be\s+found\b/i;
var GENERATED = /\b(?:auto-?generated|generated\s+(?:by|from|with|automatically)|do\s+not\s+edit|don't\s+edit)\b/i;
function topLevelHtml(doc) {
  return doc.tree.children.filter((n) => n.type === "html" && startOf(n) >= doc.bodyStart);
}
function generatedRegion(doc) {
  const html = topLevelHtml(doc).filter((n) => /^<!--/.test(n.value));
  if (html.some((n) => GENERATED.test(n.value))) return true;
  for (let i = 1; i < html.length; i++) {
    if (!doc.source.slice(endOf(html[i - 1]), startOf(html[i])).trim()) return true;
  }
  return false;
}
function proseText(doc) {
  return doc.tree.children.filter((n) => n.type !== "code" && startOf(n) >= doc.bodyStart).map((n) => doc.source.slice(startOf(n), endOf(n))).join("\n");
}
function frontMatterOnly(doc) {
  return doc.bodyStart > 0 && !doc.source.slice(doc.bodyStart).trim();
}
var MIN_LOGOS = 3;
function shownLogos(doc) {
  return (proseText(doc).match(/!\[[^\]\n]*\]\([^)\s]+|<img\b/gi) ?? []).length;
}
function unlistedRefusal(doc) {
  if (MOVED.test(proseText(doc)))
    return { code: "moved", reason: "this file says the adopters list has moved elsewhere; add the adopter there" };
  if (generatedRegion(doc))
    return {
      code: "generated",
      reason: "the adopters list in this file is generated from a data file (the region between its HTML comment markers is empty in the repository); add the adopter to that data file"
    };
  if (frontMatterOnly(doc))
    return {
      code: "generated",
      reason: "this page holds only its front matter: its template builds the list from the site\u2019s data; add the adopter to that data file"
    };
  const logos = shownLogos(doc);
  if (logos >= MIN_LOGOS)
    return {
      code: "no-container",
      reason: `this file shows its adopters as ${logos} pictures, in markup the bot cannot read as entries; add the adopter by hand, or mark a list with <!-- adopters:start --> and <!-- adopters:end -->`
    };
  return void 0;
}

// src/adopters/select-container.ts
var START_MARKER = /<!--\s*adopters:start\s*-->/i;
var END_MARKER = /<!--\s*adopters:end\s*-->/i;
var DOUBT_WORDS = {
  quoted: "sits in a quote",
  example: "shows how to write an entry",
  instructions: "sits under a heading about adding entries",
  introduced: "follows words that introduce an example",
  contents: "links to places in the page",
  "catch-all": "hangs under a catch-all entry",
  prose: "does not start its items with names"
};
function markerRange(doc) {
  const html = topLevelHtml(doc);
  const open = html.find((n) => START_MARKER.test(n.value));
  const close = html.find((n) => END_MARKER.test(n.value) && startOf(n) > (open ? startOf(open) : Infinity));
  return open && close ? { start: endOf(open), end: startOf(close) } : void 0;
}
function readsAsTheList(container) {
  const real = realEntries(container);
  return real.length >= 5 && real.filter((e) => e.nameLike).length * 5 >= real.length * 4;
}
var bySize = (a, b) => realEntries(b).length - realEntries(a).length || a.start - b.start;
function waitingList(containers) {
  const waiting = containers.filter(
    (c) => c.kind === "list" && c.doubts.every((d) => d === "example") && c.entries.every((e) => e.placeholder && e.wellFormed && e.copyable)
  );
  if (waiting.length !== 1) return void 0;
  const [list] = waiting;
  return { ...list, doubts: [], entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
}
function selectPlacement(doc, containers, options) {
  const markers = markerRange(doc);
  const inside = markers ? containers.filter((c) => c.start >= markers.start && c.end <= markers.end) : containers;
  const listed = inside.filter((c) => realEntries(c).length > 0);
  const withoutWalls = options.logo === false ? listed.filter((c) => c.kind !== "logos") : listed;
  const candidates = withoutWalls.some((c) => !c.doubts.length) ? withoutWalls : listed;
  const emptyTable = () => findEmptyTables(doc).find((t) => !markers || t.headStart >= markers.start && t.headStart < markers.end);
  if (!candidates.length) {
    const empty = emptyTable();
    if (empty) return { kind: "empty-table", table: empty };
    const waiting = waitingList(inside);
    if (waiting)
      return {
        kind: "container",
        container: waiting,
        note: "the list held only its example entry; the new entry joins it in that shape, and a maintainer may remove the example"
      };
    if (markers) return { kind: "new-list", offset: markers.start, section: null };
    const unlisted = unlistedRefusal(doc);
    if (unlisted) return { kind: "refuse", ...unlisted };
    return { kind: "new-list", ...waitingSection(doc, options.section) ?? afterIntroduction(doc) };
  }
  let confident = candidates.filter((c) => !c.doubts.length).sort(bySize);
  let taken;
  if (!confident.length) {
    confident = candidates.filter((c) => c.doubts.every((d) => d === "introduced") && realEntries(c).length >= 3).sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0].entries[0].startLine} follows words that could introduce an example; it was taken as the adopters list, as no other run reads surer`;
  }
  if (!confident.length) {
    confident = candidates.filter((c) => c.doubts.every((d) => d === "instructions" || d === "introduced") && readsAsTheList(c)).sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0].entries[0].startLine} sits under a heading about adding entries; it was taken as the adopters list, as it names ${realEntries(confident[0]).length} adopters and no other run reads surer`;
  }
  if (!confident.length) {
    const empty = emptyTable();
    if (empty) return { kind: "empty-table", table: empty };
    const waiting = markers ? void 0 : waitingSection(doc, options.section);
    if (waiting) return { kind: "new-list", ...waiting };
    const best = [...candidates].sort(bySize)[0];
    return {
      kind: "refuse",
      code: "no-container",
      reason: `no list in this file reads confidently as the adopters list (the largest, at line ${best.entries[0].startLine}, ${best.doubts.map((d) => DOUBT_WORDS[d]).join(" and ")}); add the entry by hand or mark the list with <!-- adopters:start --> and <!-- adopters:end -->`
    };
  }
  const [largest, runnerUp] = confident;
  if (options.section && hasSections(confident)) return bySection(confident, options.section);
  const chosen = defaultGroup(largest, options.description);
  const notes = [taken, groupNote(largest, chosen, options.section)].filter(Boolean);
  const note = notes.length ? notes.join("; ") : void 0;
  return { kind: "container", container: largest, group: chosen?.group, note, runnerUp };
}
function hasSections(candidates) {
  const titles = new Set(candidates.map((c) => c.section).filter(Boolean));
  return titles.size > 1 || candidates.some((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group));
}
function bySection(candidates, section) {
  for (const level of ["exact", "partial"]) {
    const headed = candidates.filter(
      (c) => c.section !== null && sectionMatches(section, c.section) === level || level === "exact" && c.headings.some((h) => sectionMatches(section, h) === "exact")
    );
    if (headed.length) return { kind: "container", container: [...headed].sort(bySize)[0] };
    for (const c of candidates) {
      const group = c.entries.find((e) => e.group && sectionMatches(section, e.group) === level)?.group;
      if (group) return { kind: "container", container: c, group };
    }
  }
  const known = [
    .../* @__PURE__ */ new Set([
      ...candidates.map((c) => c.section).filter((s) => Boolean(s)),
      ...candidates.flatMap((c) => c.entries.map((e) => e.group).filter((g) => Boolean(g)))
    ])
  ];
  return {
    kind: "refuse",
    code: "no-section",
    reason: `no section "${section}" in this file${known.length ? `; sections: ${known.map((k) => `"${k}"`).join(", ")}` : ""}`
  };
}

export {
  selectPlacement
};
