import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  decideDataOrder
} from "./chunk-B3I33P42.js";
import {
  compareNames,
  decideOrder,
  describedPartition,
  normalizeOrganizationName,
  orderNames,
  orderPolicyFor,
  outOfOrder,
  selectPlacement,
  slipAnchors,
  sortedBackbone,
  statementsFor
} from "./chunk-5HCODKRY.js";
import {
  commentStatements,
  dataFormatOf,
  dataOptions,
  inferKeys,
  isRecord,
  keyCounts,
  listedItems,
  parseData
} from "./chunk-2ZUWKDGS.js";
import {
  cellRanges,
  findContainers,
  parseDocument
} from "./chunk-NWHVWTTH.js";

// src/adopters/lint.ts
function orderProblems(doc, container, containers) {
  const policy = orderPolicyFor(doc, container, containers);
  if (policy.order !== "alphabetical") return [];
  const problems = [];
  const groups = /* @__PURE__ */ new Map();
  for (const e of container.entries) {
    if (outOfOrder(e)) continue;
    const key = e.group ?? "";
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const entries of groups.values()) {
    const names = orderNames(entries);
    const anchors = slipAnchors(names, sortedBackbone(names));
    for (const [i, after] of anchors) {
      const e = entries[i];
      problems.push({
        line: e.startLine,
        rule: "order",
        message: `"${e.name}" is out of alphabetical order${after !== void 0 ? ` (it belongs after "${after}")` : ""}`
      });
    }
  }
  return problems;
}
function malformedMessage(doc, container, entry) {
  if (container.table) {
    const cells = cellRanges(doc.source, entry.start, entry.end).length;
    return `"${entry.name}" has ${cells} cells, the header has ${container.table.columns.count}`;
  }
  const like = container.entries.find((e) => e.wellFormed && !e.catchAll && !e.placeholder);
  return `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ""}`;
}
function linkProblem(url) {
  if (url === void 0) return void 0;
  if (!url.trim()) return "the link has no target";
  if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url))
    return `the link "${url}" has no scheme (did you mean https://${url}?)`;
  if (/^[a-z]+:\/\//i.test(url) && !/^(?:https?|ftp):\/\//i.test(url)) return `the link "${url}" has a broken scheme`;
  return void 0;
}
var siteOf = (url) => (url ?? "").toLowerCase().replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/+$/, "");
function duplicateKey(entry) {
  return `${normalizeOrganizationName(entry.name)}\0${siteOf(entry.url)}`;
}
function lintAdopters(source) {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const problems = [];
  const placement = selectPlacement(doc, containers, {});
  if (placement.kind === "refuse") problems.push({ line: 1, rule: "list", message: placement.reason });
  const seen = /* @__PURE__ */ new Map();
  for (const container of containers) {
    problems.push(...orderProblems(doc, container, containers));
    for (const entry of container.entries) {
      if (!entry.wellFormed) {
        problems.push({
          line: entry.startLine,
          rule: "malformed",
          message: malformedMessage(doc, container, entry)
        });
      }
      const bad = linkProblem(entry.url);
      if (bad) problems.push({ line: entry.startLine, rule: "link", message: bad });
      const key = duplicateKey(entry);
      const first = seen.get(key);
      if (first && !entry.catchAll) {
        problems.push({
          line: entry.startLine,
          rule: "duplicate",
          message: `"${entry.name}" is listed twice (first at line ${first.startLine})`
        });
      } else seen.set(key, entry);
    }
  }
  if (source.length && !doc.finalNewline) {
    problems.push({
      line: doc.lineStarts.length,
      rule: "final-newline",
      message: "the file does not end with a newline"
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

// src/adopters/lint-renames.ts
var nameKey = (e) => e ? normalizeOrganizationName(e.name) : "";
function neighbours({ entry, container }) {
  const i = container.entries.indexOf(entry);
  return `${nameKey(container.entries[i - 1])}\0${nameKey(container.entries[i + 1])}`;
}
function pairRenames(before, after, touched) {
  const headNames = new Set(after.located.map((l) => nameKey(l.entry)));
  const baseNames = new Set(before.located.map((l) => nameKey(l.entry)));
  const gone = before.located.filter((l) => !headNames.has(nameKey(l.entry)));
  const pairs = /* @__PURE__ */ new Map();
  for (const l of after.located) {
    if (!touched.has(l.entry) || baseNames.has(nameKey(l.entry))) continue;
    const [prev, next] = neighbours(l).split("\0");
    const match = gone.find((g) => {
      const [gPrev, gNext] = neighbours(g).split("\0");
      return !pairs.has(g.entry) && (gPrev === prev || gNext === next);
    });
    if (match) pairs.set(match.entry, l.entry);
  }
  return pairs;
}

// src/adopters/lint-changes.ts
function read(source) {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const located = containers.flatMap((container) => container.entries.map((entry) => ({ entry, container })));
  const byLine = new Map(located.map((l) => [l.entry.startLine, l]));
  return { doc, containers, located, byLine, problems: lintAdopters(source) };
}
var textOf = (side, entry) => side.doc.source.slice(entry.start, entry.end).replace(/\s+/g, " ").trim();
function problemKey(problem, located) {
  if (problem.rule === "final-newline" || problem.rule === "list") return problem.rule;
  if (!located) return `${problem.rule}\0${problem.message}`;
  const { entry } = located;
  return `${problem.rule}\0${normalizeOrganizationName(entry.name)}\0${problem.rule === "link" ? entry.url : ""}`;
}
var Bag = class {
  counts = /* @__PURE__ */ new Map();
  constructor(keys) {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Removes one `key`; false when there was none left. */
  take(key) {
    const n = this.counts.get(key) ?? 0;
    if (n > 0) this.counts.set(key, n - 1);
    return n > 0;
  }
};
function peersOf({ entry, container }) {
  return container.entries.filter((e) => !e.catchAll && (e.group ?? "") === (entry.group ?? ""));
}
function betterPlace(entry, peers) {
  const others = peers.filter((e) => e !== entry);
  const cost = (p) => others.slice(0, p).filter((o) => compareNames(o.name, entry.name) > 0).length + others.slice(p).filter((o) => compareNames(o.name, entry.name) < 0).length;
  const costs = [...others.keys(), others.length].map(cost);
  const best = costs.indexOf(Math.min(...costs));
  const at = peers.indexOf(entry);
  return costs[at] === costs[best] ? void 0 : { after: others[best - 1], before: others[best] };
}
var linked = (shape) => shape.replace(/\d+/g, "#").replace(/\(<U>\)/g, "(U)").replace(/\[\s*<img\b[^>]*>\s*\]|\[!\[N\]\(L\)\s*\]/g, "[N]");
var bare = (shape) => shape.replace(/(?:[ \t]*[-–—:,|]?[ \t]*|\n+| ¶)D(?: U)?$/, "");
function fitsShape(entry, neighbours2) {
  const shapes = neighbours2.filter((e) => e.wellFormed && !e.catchAll).map((e) => linked(e.shape));
  const own = linked(entry.shape);
  return !shapes.length || shapes.some((s) => s === own || !entry.description && bare(s) === own);
}
function touchedProblems(head, touched, added, wasSlip) {
  const problems = [];
  for (const container of head.containers) {
    const mine = container.entries.filter((e) => touched.has(e) && !e.catchAll);
    if (!mine.length) continue;
    const untouched = container.entries.filter((e) => !touched.has(e));
    const { local, global } = statementsFor(head.doc, container, head.containers);
    const policy = decideOrder(untouched, [...local, ...global]);
    for (const entry of mine) {
      if (entry.wellFormed && !fitsShape(entry, untouched)) {
        const like = untouched.find((e) => e.wellFormed && !e.catchAll);
        problems.push({
          line: entry.startLine,
          rule: "malformed",
          message: `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ""}`
        });
      }
      const peers = peersOf({ entry, container });
      if (policy.order === "alphabetical" && !wasSlip(entry)) {
        const better = betterPlace(entry, peers);
        if (better) {
          problems.push({
            line: entry.startLine,
            rule: "order",
            message: `"${entry.name}" is out of alphabetical order; it belongs ${better.after ? `after "${better.after.name}"` : `before "${better.before.name}"`}`
          });
        }
      } else if (policy.order === "append" && added.has(entry)) {
        const split = describedPartition(peers.filter((e) => !added.has(e)));
        const part = (e) => split === void 0 || Boolean(e.description) === Boolean(entry.description);
        const older = peers.filter((e) => !added.has(e) && part(e));
        const last = older[older.length - 1];
        if (last && last.start > entry.start) {
          problems.push({
            line: entry.startLine,
            rule: "order",
            message: `"${entry.name}" is added in the middle of a list kept in the order entries were added; move it after "${last.name}"`
          });
        }
      }
    }
  }
  return problems;
}
function lintChanges(base, head) {
  const before = read(base);
  const after = read(head);
  const baseTexts = new Bag(before.located.map((l) => textOf(before, l.entry)));
  const touched = new Set(after.located.filter((l) => !baseTexts.take(textOf(after, l.entry))).map((l) => l.entry));
  const baseNames = new Set(before.located.map((l) => normalizeOrganizationName(l.entry.name)));
  const renames = pairRenames(before, after, touched);
  const renamed = new Set(renames.values());
  const added = new Set(
    [...touched].filter((e) => !baseNames.has(normalizeOrganizationName(e.name)) && !renamed.has(e))
  );
  const slips = new Set(
    before.problems.filter((p) => p.rule === "order").map((p) => normalizeOrganizationName(before.byLine.get(p.line)?.entry.name ?? ""))
  );
  const asRenamed = (l) => {
    const to = l && renames.get(l.entry);
    return to ? { ...l, entry: { ...l.entry, name: to.name } } : l;
  };
  const baseKeys = new Bag(before.problems.map((p) => problemKey(p, asRenamed(before.byLine.get(p.line)))));
  const found = after.problems.filter(
    (p) => p.rule !== "order" && p.rule !== "duplicate" && !baseKeys.take(problemKey(p, after.byLine.get(p.line)))
  );
  const baseAround = new Map(before.located.map((l) => [nameKey(l.entry), neighbours(l)]));
  const unmoved = new Set(
    after.located.filter((l) => baseAround.get(nameKey(l.entry)) === neighbours(l)).map((l) => l.entry)
  );
  const wasSlip = (e) => slips.has(normalizeOrganizationName(e.name)) || unmoved.has(e);
  for (const p of touchedProblems(after, touched, added, wasSlip)) {
    if (!found.some((f) => f.line === p.line && f.rule === p.rule)) found.push(p);
  }
  found.push(...duplicateProblems(before, after, touched));
  return found.sort((a, b) => a.line - b.line);
}
function duplicateProblems(before, after, touched) {
  const seenBefore = /* @__PURE__ */ new Set();
  const duplicatedBefore = /* @__PURE__ */ new Set();
  for (const { entry } of before.located) {
    const key = duplicateKey(entry);
    if (seenBefore.has(key)) duplicatedBefore.add(key);
    seenBefore.add(key);
  }
  const problems = [];
  const first = /* @__PURE__ */ new Map();
  for (const { entry } of after.located) {
    if (entry.catchAll) continue;
    const key = duplicateKey(entry);
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else if (duplicatedBefore.has(key)) continue;
    else if (touched.has(entry)) {
      problems.push({
        line: entry.startLine,
        rule: "duplicate",
        message: `"${entry.name}" is listed twice (first at line ${earlier.startLine})`
      });
    } else if (touched.has(earlier)) {
      problems.push({
        line: earlier.startLine,
        rule: "duplicate",
        message: `"${earlier.name}" is already listed (line ${entry.startLine})`
      });
    }
  }
  return problems;
}

// src/data-files/lint-data.ts
function lintKeyed(source, format, options) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [{ line: parsed.line ?? 1, rule: "malformed", message: parsed.reason, about: "" }];
  const doc = parsed.doc;
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    if (!keys.name) continue;
    const listed = listedItems(sequence.items, keys);
    const mappings = sequence.items.filter((i) => isRecord(i.value));
    const counts = keyCounts(mappings);
    const expected = [keys.name, keys.url].filter(
      (k) => Boolean(k) && (counts.get(k) ?? 0) * 2 > mappings.length
    );
    for (const { name, item } of listed) {
      const about = normalizeOrganizationName(name);
      const value = isRecord(item.value) ? item.value : void 0;
      if (!value) {
        problems.push({
          line: item.startLine,
          rule: "malformed",
          message: "this item is not a mapping of keys like its siblings",
          about
        });
        continue;
      }
      for (const key of expected) {
        if (value[key] === void 0 || value[key] === null || value[key] === "")
          problems.push({
            line: item.startLine,
            rule: "missing-key",
            message: `${name ? `"${name}"` : "this item"} has no ${key}`,
            about: `${about}\0${key}`
          });
      }
      const url = keys.url ? value[keys.url] : void 0;
      if (typeof url === "string" && url && !/^(?:https?:\/\/|\/|\.)/i.test(url) && /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url))
        problems.push({
          line: item.startLine,
          rule: "link",
          message: `the link "${url}" has no scheme (did you mean https://${url}?)`,
          about: `${about}\0${url}`
        });
      if (!about) continue;
      const first = seen.get(about);
      if (first !== void 0)
        problems.push({
          line: item.startLine,
          rule: "duplicate",
          message: `"${name}" is listed twice (first at line ${first})`,
          about
        });
      else seen.set(about, item.startLine);
    }
    const names = listed.map((l) => l.name);
    if (decideDataOrder(names, commentStatements(doc)).order !== "alphabetical") continue;
    for (const [i, after] of slipAnchors(names, sortedBackbone(names))) {
      const name = names[i];
      problems.push({
        line: listed[i].startLine,
        rule: "order",
        message: `"${name}" is out of alphabetical order${after ? ` (it belongs after "${after}")` : ""}`,
        about: normalizeOrganizationName(name)
      });
    }
  }
  if (source.length && !source.endsWith("\n"))
    problems.push({
      line: doc.lineStarts.length,
      rule: "final-newline",
      message: "the file does not end with a newline",
      about: ""
    });
  return problems.sort((a, b) => a.line - b.line);
}
function organizations(source, format, options) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  return parsed.doc.sequences.flatMap(
    (s) => listedItems(s.items, inferKeys(s.items, options.keys)).map((l) => normalizeOrganizationName(l.name))
  );
}
var strip = ({ line, rule, message }) => ({ line, rule, message });
function lintDataFile(source, format, options = {}) {
  return lintKeyed(source, format, options).map(strip);
}
function lintDataChanges(before, after, format, options = {}) {
  const old = /* @__PURE__ */ new Map();
  for (const p of lintKeyed(before, format, options))
    old.set(`${p.rule}\0${p.about}`, (old.get(`${p.rule}\0${p.about}`) ?? 0) + 1);
  const known = new Set(organizations(before, format, options));
  return lintKeyed(after, format, options).filter((p) => {
    if (p.rule === "order" && known.has(p.about)) return false;
    const key = `${p.rule}\0${p.about}`;
    const n = old.get(key) ?? 0;
    if (n > 0) old.set(key, n - 1);
    return n === 0;
  }).map(strip);
}

// src/adopters-file/lint.ts
function lintFile(path, source, options = {}) {
  const format = dataFormatOf(path);
  return format ? lintDataFile(source, format, dataOptions(options)) : lintAdopters(source);
}
function lintFileChanges(path, before, after, options = {}) {
  const format = dataFormatOf(path);
  return format ? lintDataChanges(before, after, format, dataOptions(options)) : lintChanges(before, after);
}

export {
  lintFile,
  lintFileChanges
};
