import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  itemParts,
  linePrefix,
  startsItsLine,
  withoutComments
} from "./chunk-IJV2XVDP.mjs";
import {
  require_dist
} from "./chunk-MBI4ZK2B.mjs";
import {
  afterLine,
  isRecord,
  keyCounts
} from "./chunk-AQFIXT2T.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/data-files/splice.ts
function isBlankLine(doc, line) {
  const start = doc.lineStarts[line - 1];
  if (start === void 0) return false;
  const end = doc.lineStarts[line] ?? doc.source.length;
  return /^\s*$/.test(doc.source.slice(start, end));
}
function isLoose(doc, sequence) {
  const items = sequence.items;
  let loose = 0;
  for (let j = 1; j < items.length; j++) {
    for (let line = items[j - 1].endLine + 1; line < items[j].startLine; line++) {
      if (isBlankLine(doc, line)) {
        loose++;
        break;
      }
    }
  }
  return items.length > 1 && loose * 2 > items.length - 1;
}
function applyEdits(source, edits) {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
  return out;
}
function placeItem(doc, sequence, index, itemText, indent) {
  const { items } = sequence;
  const eol = doc.eol;
  const gap = isLoose(doc, sequence) ? eol : "";
  const comma = sequence.flow ? "," : "";
  const prev = items[index - 1];
  const next = items[index];
  const body = indent + itemText;
  const done = (edits, line) => ({
    ok: true,
    edits,
    content: applyEdits(doc.source, edits),
    line
  });
  if (prev && next && next.startLine <= prev.endLine)
    return { ok: false, reason: "two items share a line in this list; the new item cannot go on lines of its own" };
  if (!prev) {
    if (!next || !startsItsLine(doc, next))
      return {
        ok: false,
        reason: "the first item does not start its own line; the new item cannot go on lines of its own"
      };
    const offset = doc.lineStarts[next.startLine - 1];
    return done([{ offset, text: body + comma + eol + gap }], next.startLine);
  }
  if (next) {
    const offset = afterLine(doc, prev.endLine);
    return done([{ offset, text: gap + body + comma + eol }], prev.endLine + 1 + (gap ? 1 : 0));
  }
  const lastLineEnd = afterLine(doc, prev.endLine);
  const restOfLine = doc.source.slice(prev.end, lastLineEnd);
  if (comma) {
    if (!/^[ \t]*\r?\n$/.test(restOfLine))
      return {
        ok: false,
        reason: "the list closes on the line of its last item; the new item cannot go on lines of its own"
      };
    return done(
      [
        { offset: prev.end, text: "," },
        { offset: lastLineEnd, text: gap + body + eol }
      ],
      prev.endLine + 1 + (gap ? 1 : 0)
    );
  }
  if (lastLineEnd === doc.source.length && !doc.source.endsWith("\n")) {
    return done([{ offset: lastLineEnd, text: eol + gap + body }], prev.endLine + 1 + (gap ? 1 : 0));
  }
  return done([{ offset: lastLineEnd, text: gap + body + eol }], prev.endLine + 1 + (gap ? 1 : 0));
}

// src/data-files/plan-fields.ts
var isEmpty = (v) => v === "" || v === null || Array.isArray(v) && !v.length || isRecord(v) && !Object.keys(v).length;
var DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]|$)/;
var mappings = (items) => items.filter((i) => i.pairs && isRecord(i.value));
function planFields(items, keys, entry, extra) {
  const warnings = [];
  const ours = {
    name: entry.name,
    url: entry.url || void 0,
    description: entry.description,
    logo: extra.logo,
    contact: extra.contact,
    group: extra.group
  };
  const fields = [];
  const filled = /* @__PURE__ */ new Set();
  for (const role of ["name", "url", "description", "logo", "contact", "group"]) {
    const key = keys[role];
    const value = ours[role];
    if (key && value) {
      fields.push({ key, role, value });
      filled.add(key);
    } else if (value && role !== "group" && role !== "contact" && !key) {
      warnings.push(`the file's entries have no ${role === "url" ? "website" : role} key, so the ${role} was left out`);
    }
  }
  const all = mappings(items);
  for (const [key, count] of keyCounts(all)) {
    if (filled.has(key)) continue;
    const carriers = all.filter((i) => key in i.value);
    const values = carriers.map((i) => i.value[key]);
    const constant = count === all.length && all.length >= 3 && values.every((v) => v !== null && typeof v !== "object" && v === values[0]) && // A date every sibling happens to share (`added: 2026-08`) is when they were added, not ours.
    !(typeof values[0] === "string" && DATE.test(values[0])) && !Object.values(keys).includes(key);
    const emptySlot = count * 2 > all.length && values.some(isEmpty);
    if (!constant && !emptySlot) continue;
    const source = constant ? carriers : carriers.filter((i) => isEmpty(i.value[key]));
    const copyFrom = mostCommonPair(source, key);
    if (copyFrom) fields.push({ key, copyFrom });
  }
  return { fields, warnings };
}
function mostCommonPair(items, key) {
  const byText = /* @__PURE__ */ new Map();
  for (const item of items) {
    const pairIndex = item.pairs.findIndex((p) => p.key === key);
    const pair = item.pairs[pairIndex];
    if (!pair) continue;
    const text = `${pair.style}\0${JSON.stringify(pair.value)}`;
    const seen = byText.get(text);
    if (seen) seen.n++;
    else byText.set(text, { item, pairIndex, n: 1 });
  }
  const best = [...byText.values()].sort((a, b) => b.n - a.n)[0];
  return best && { item: best.item, pairIndex: best.pairIndex };
}
function planLogo(items, key, logo, name) {
  if (!logo || !key) return {};
  const values = mappings(items).map((i) => i.value[key]).filter((v) => typeof v === "string" && v.trim() !== "");
  const urls = values.filter((v) => /^https?:\/\//i.test(v)).length;
  if (!values.length || urls * 2 >= values.length) return { value: logo };
  const folders = values.map((v) => v.slice(0, v.lastIndexOf("/") + 1));
  const folder = [...new Set(folders)].sort(
    (a, b) => folders.filter((f) => f === b).length - folders.filter((f) => f === a).length
  )[0] ?? "";
  const ext = /\.(png|svg|jpe?g|gif|webp|avif)(?:[?#]|$)/i.exec(new URL(logo).pathname)?.[1]?.toLowerCase() ?? "png";
  const slug = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "logo";
  const value = `${folder}${slug}.${ext}`;
  return {
    value,
    warning: `the other entries' logos are files in the repository: a maintainer must add the image from ${logo} as ${value} before merging`
  };
}
function planContact(items, key, handle) {
  if (!key || !handle) return void 0;
  const values = mappings(items).map((i) => i.value[key]).filter((v) => typeof v === "string" && v.trim() !== "");
  const at = values.filter((v) => v.startsWith("@")).length;
  const profile = values.filter((v) => /^https?:\/\/(?:www\.)?github\.com\//i.test(v)).length;
  const bare = values.filter((v) => /^[a-z\d](?:[a-z\d-]{0,38})$/i.test(v)).length;
  if (at >= profile && at >= bare && at > 0) return `@${handle}`;
  if (bare > profile) return handle;
  return `https://github.com/${handle}`;
}

// src/data-files/scalars.ts
var import_yaml = __toESM(require_dist(), 1);
function plainOk(value, inFlow) {
  if (!value || value !== value.trim() || /[\r\n\t]/.test(value)) return false;
  if (inFlow && /[,[\]{}]/.test(value)) return false;
  for (const version of ["1.2", "1.1"]) {
    try {
      const back = (0, import_yaml.parse)(`k: ${value}
`, { version });
      if (!back || typeof back !== "object" || back.k !== value) return false;
    } catch {
      return false;
    }
  }
  return true;
}
var NON_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
var HAS_NON_PRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
var NON_ASCII = /[^\u0020-\u007e\t\n\r]/;
var NON_ASCII_ALL = /[^\u0020-\u007e\t\n\r]/g;
var hex = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function yamlDoubleQuoted(value) {
  return JSON.stringify(value).replace(NON_PRINTABLE, hex);
}
function renderYamlScalar(value, style, ctx) {
  switch (style) {
    case "PLAIN":
      return plainOk(value, ctx.inFlow) ? value : renderYamlScalar(value, ctx.fallback, ctx);
    case "QUOTE_SINGLE":
      return /[\r\n]/.test(value) || HAS_NON_PRINTABLE.test(value) ? yamlDoubleQuoted(value) : `'${value.replace(/'/g, "''")}'`;
    case "BLOCK_FOLDED":
    case "BLOCK_LITERAL": {
      const header = (ctx.blockHeader ?? (style === "BLOCK_FOLDED" ? ">-" : "|-")).replace(/[1-9]/g, "");
      if (ctx.inFlow || !ctx.blockIndent || /^\s|\s$/.test(value) || HAS_NON_PRINTABLE.test(value))
        return yamlDoubleQuoted(value);
      const lines = style === "BLOCK_FOLDED" ? [value.replace(/\s*\n\s*/g, " ")] : value.split(/\r?\n/);
      return [header, ...lines.map((l) => l ? ctx.blockIndent + l : "")].join(ctx.eol);
    }
    default:
      return yamlDoubleQuoted(value);
  }
}
function jsonStringStyle(source) {
  return {
    asciiOnly: /\\u(?:00[89a-f]|0[1-9a-f][0-9a-f]|[1-9a-f][0-9a-f]{2})[0-9a-f]/i.test(source) && !NON_ASCII.test(source),
    escapeSlash: /\\\//.test(source) && !/"https?:\/\//.test(source)
  };
}
function renderJsonString(value, style) {
  let text = JSON.stringify(value);
  if (style.asciiOnly) text = text.replace(NON_ASCII_ALL, hex);
  if (style.escapeSlash) text = text.replace(/\//g, "\\/");
  return text;
}

// src/data-files/render-item.ts
var SCALAR_STYLES = /* @__PURE__ */ new Set(["PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE", "BLOCK_FOLDED", "BLOCK_LITERAL"]);
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
var pairsOf = (items, key) => items.flatMap((i) => (i.pairs ?? []).filter((p) => p.key === key).map((pair) => ({ item: i, pair })));
function styleFor(items, key) {
  const pairs = pairsOf(items, key).filter(({ pair }) => SCALAR_STYLES.has(pair.style));
  const counts = /* @__PURE__ */ new Map();
  for (const { pair } of pairs) counts.set(pair.style, (counts.get(pair.style) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const tied = new Set([...counts].filter(([, n]) => n === top).map(([style]) => style));
  const filled = pairs.filter(({ pair }) => pair.value !== "" && pair.value !== null && tied.has(pair.style));
  return mostCommon(
    (filled.length ? filled : pairs.filter(({ pair }) => tied.has(pair.style))).map(({ pair }) => pair.style)
  );
}
function fallbackQuote(items) {
  const quoted = items.flatMap((i) => (i.pairs ?? []).map((p) => p.style)).filter((s) => s.startsWith("QUOTE_"));
  return mostCommon(quoted) === "QUOTE_SINGLE" ? "QUOTE_SINGLE" : "QUOTE_DOUBLE";
}
function blockShape(doc, items, template, key) {
  const own = template.pairs?.find(
    (p) => p.key === key && p.style.startsWith("BLOCK_") && !p.style.endsWith("_MAP") && !p.style.endsWith("_SEQ")
  );
  const column = linePrefix(doc, template.pairs[0].keyStart).length;
  const pick = own ?? pairsOf(items, key).find(({ pair }) => pair.style.startsWith("BLOCK_F") || pair.style.startsWith("BLOCK_L"))?.pair;
  if (!pick) return { header: void 0, indent: `${" ".repeat(column)}  ` };
  const text = doc.source.slice(pick.valueStart, pick.valueEnd);
  const header = text.split(/\r?\n/)[0].replace(/\s+#.*$/, "").trim();
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? "  ";
  const siblingColumn = linePrefix(doc, pick.keyStart).length;
  const relative = Math.max(1, indent.length - siblingColumn);
  return { header, indent: own ? indent : " ".repeat(column + relative) };
}
function renderItem(ctx, fields) {
  const { doc, template } = ctx;
  const parts = itemParts(doc, template);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const texts = [];
  for (const { pair } of parts.pairs) {
    const field = byKey.get(pair.key);
    if (!field) continue;
    byKey.delete(pair.key);
    texts.push(renderField(ctx, field, pair));
  }
  for (const field of byKey.values()) texts.push(renderField(ctx, field, void 0));
  return parts.open + texts.join(parts.gap) + parts.close;
}
function renderField(ctx, field, own) {
  const { doc, items, template } = ctx;
  if (field.copyFrom) {
    const pair = field.copyFrom.item.pairs[field.copyFrom.pairIndex];
    return withoutComments(doc, own?.keyStart ?? pair.keyStart, own?.keyEnd ?? pair.keyEnd) + copyValue(doc, pair, own);
  }
  const keySource = own ?? pairsOf(items, field.key)[0]?.pair;
  const keyText = keySource ? doc.source.slice(keySource.keyStart, keySource.keyEnd) : keyLiteral(doc, field.key);
  const first = template.pairs[0];
  const ownSep = own && own.valueEnd > own.valueStart && !/\n/.test(doc.source.slice(own.keyEnd, own.valueStart));
  const sep = doc.source.slice((ownSep ? own : first).keyEnd, (ownSep ? own : first).valueStart);
  return keyText + sep + renderValue(ctx, field.key, field.value ?? "");
}
function copyValue(doc, pair, own) {
  const from = own && own.style === pair.style && JSON.stringify(own.value) === JSON.stringify(pair.value) ? own : pair;
  return withoutComments(doc, from.keyEnd, from.valueEnd);
}
function keyLiteral(doc, key) {
  if (doc.format === "json") return JSON.stringify(key);
  return renderYamlScalar(key, "PLAIN", { inFlow: true, fallback: "QUOTE_DOUBLE", eol: doc.eol });
}
function renderValue(ctx, key, value, own) {
  const { doc, items, template } = ctx;
  if (doc.format === "json") return renderJsonString(value, jsonStringStyle(doc.source));
  const ownStyle = own && own.valueEnd > own.valueStart && SCALAR_STYLES.has(own.style) ? own.style : void 0;
  const style = ownStyle ?? styleFor(items, key) ?? styleFor([template], template.pairs[0].key) ?? "PLAIN";
  const block = style.startsWith("BLOCK_") ? blockShape(doc, items, template, key) : void 0;
  return renderYamlScalar(value, style, {
    inFlow: ctx.inFlow || template.flow,
    fallback: fallbackQuote(items),
    blockHeader: block?.header,
    blockIndent: block?.indent,
    eol: doc.eol
  });
}

export {
  isLoose,
  applyEdits,
  placeItem,
  planFields,
  planLogo,
  planContact,
  renderItem,
  renderField,
  renderValue
};
