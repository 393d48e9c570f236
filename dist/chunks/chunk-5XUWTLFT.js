import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyEdits,
  spliceEntry,
  spliceNewList
} from "./chunk-CDVB4R7E.js";
import {
  placeIndex
} from "./chunk-OELO5PVX.js";
import {
  duplicateFlags,
  findDuplicates
} from "./chunk-3L3MKAEF.js";
import {
  isValidEntry
} from "./chunk-YJA3KOFE.js";
import {
  escapeFor,
  escapeInline,
  linkDestination,
  markdownLink,
  newLogoRow,
  ordinalFor
} from "./chunk-356XCAXV.js";
import {
  selectPlacement
} from "./chunk-S2DC4FOG.js";
import {
  carries,
  groupMembers,
  orderPolicyFor,
  realEntries,
  requires
} from "./chunk-UNFAKITF.js";
import {
  EXAMPLE_WORDS,
  cellRanges,
  findContainers,
  isSpaceAt
} from "./chunk-XDGCHGXV.js";
import {
  deriveText,
  displayText,
  endOf,
  lineOf,
  lineStart,
  lineText,
  normalizeSectionName,
  parseDocument,
  startOf
} from "./chunk-5LR6HC6L.js";
import {
  __esm,
  __export,
  __toCommonJS
} from "./chunk-ONBS6DE5.js";

// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, linuxPalette, csi, escape, pattern;
var init_ansi_regex = __esm({
  "node_modules/ansi-regex/index.js"() {
    ST = String.raw`(?:\u001B\u005C|\u009C)`;
    stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
    osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
    controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
    linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
    csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
    escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
    pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
  }
});

// node_modules/strip-ansi/index.js
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esm({
  "node_modules/strip-ansi/index.js"() {
    init_ansi_regex();
    regex = ansiRegex();
  }
});

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint, ambiguousMaximumCodePoint, ambiguousRanges, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges;
var init_lookup_data = __esm({
  "node_modules/get-east-asian-width/lookup-data.js"() {
    ambiguousMinimalCodePoint = 161;
    ambiguousMaximumCodePoint = 1114109;
    ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
  }
});

// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities = __esm({
  "node_modules/get-east-asian-width/utilities.js"() {
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esm({
  "node_modules/get-east-asian-width/lookup.js"() {
    init_lookup_data();
    init_utilities();
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isAmbiguous = (codePoint) => {
      if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
        return false;
      }
      return isInRange(ambiguousRanges, codePoint);
    };
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
  }
});

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}
var init_get_east_asian_width = __esm({
  "node_modules/get-east-asian-width/index.js"() {
    init_lookup();
  }
});

// node_modules/string-width/index.js
var string_width_exports = {};
__export(string_width_exports, {
  default: () => stringWidth
});
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width2 = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width2 === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width2 += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width2;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width2 += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width2 += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width2;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width2 = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width2 += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width2 += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width2 += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width2 += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width2;
}
var segmenter, visibleCharacterRegex, spacingMarkRegex, rgiEmojiRegex, unqualifiedKeycapRegex, extendedPictographicRegex;
var init_string_width = __esm({
  "node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    segmenter = new Intl.Segmenter();
    visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
    spacingMarkRegex = /\p{Spacing_Mark}/v;
    rgiEmojiRegex = /^\p{RGI_Emoji}$/v;
    unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
    extendedPictographicRegex = /\p{Extended_Pictographic}/gu;
  }
});

// src/adopters/render/choose-template.ts
var hasSlot = (e, field) => e.spans.some((s) => s.field === field);
function slotsFor(e, values) {
  const fields = [];
  if (values.url !== void 0) fields.push("url");
  if (values.description !== void 0) fields.push("description");
  if (values.logo !== void 0) fields.push("logo");
  if (values.contact !== void 0) fields.push("contact");
  return fields.filter((f) => hasSlot(e, f));
}
function chooseTemplate(container, index, values) {
  const usable = (e) => e.wellFormed && !e.catchAll;
  const adopters = container.entries.filter((e) => usable(e) && !e.placeholder && e.nameLike);
  const copyable = adopters.filter((e) => e.copyable);
  const candidates = copyable.length ? copyable : adopters;
  const pool = candidates.length ? candidates : container.entries.filter((e) => usable(e) && e.copyable);
  if (!pool.length) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const e of pool) counts.set(e.shape, (counts.get(e.shape) ?? 0) + 1);
  const rank = (e) => slotsFor(e, values).length * 1e6 + (counts.get(e.shape) ?? 0);
  const best = pool.reduce((m, e) => Math.max(m, rank(e)), 0);
  const eligible = new Set(pool.filter((e) => rank(e) === best));
  for (let d = 0; d < container.entries.length; d++) {
    for (const p of [index - 1 - d, index + d]) {
      const e = container.entries[p];
      if (e && eligible.has(e)) return e;
    }
  }
  return void 0;
}

// src/adopters/render/substitute.ts
var UnwritableValue = class extends Error {
  constructor(field) {
    super(`the ${field} cannot be written in this file's entries as it is`);
    this.field = field;
  }
  field;
};
function valueFor(span, values) {
  switch (span.field) {
    case "url-text":
      return values.url === void 0 ? void 0 : deriveText(span.derive ?? "host", values.url);
    case "contact-url":
      return values.contact === void 0 ? void 0 : deriveText("github-profile", values.contact);
    case "ordinal":
      return values.ordinal === void 0 ? void 0 : String(values.ordinal);
    case "other":
      return void 0;
    default:
      return values[span.field];
  }
}
function atLineStart(text, offset) {
  const lineBegin = text.lastIndexOf("\n", offset - 1) + 1;
  return !text.slice(lineBegin, offset).trim();
}
function spanEdits(text, base, spans, values) {
  const edits = [];
  for (const span of spans) {
    if (span.field === "name" && span.fallback && values.logo === void 0) {
      const escaped = escapeFor(values.name, span.fallbackContext ?? "link-text");
      if (escaped === void 0) throw new UnwritableValue("name");
      edits.push({ start: span.fallback.start - base, end: span.fallback.end - base, text: escaped });
      continue;
    }
    const value = valueFor(span, values);
    if (span.field === "ordinal" && value === void 0) continue;
    if (value !== void 0) {
      const escaped = escapeFor(value, span.context, atLineStart(text, span.start - base));
      if (escaped === void 0) throw new UnwritableValue(span.field);
      edits.push({ start: span.start - base, end: span.end - base, text: escaped });
    } else if (span.remove) {
      for (const r of span.remove) edits.push({ start: r.start - base, end: r.end - base, text: "" });
    } else {
      edits.push({ start: span.start - base, end: span.end - base, text: "" });
    }
  }
  return edits;
}
function lineRanges(text) {
  const ranges = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: nl > start && text[nl - 1] === "\r" ? nl - 1 : nl });
    start = nl + 1;
  }
}
function dropLines(text, base, spans, filled) {
  const lines = lineRanges(text);
  const touches = (s, l) => s.start - base <= l.end && s.end - base >= l.start;
  const holds = lines.map((l) => spans.some((s) => touches(s, l)));
  const holdsFilled = lines.map((l) => spans.some((s) => filled(s) && touches(s, l)));
  const edits = [];
  lines.forEach((l, i) => {
    const content = text.slice(l.start, l.end);
    if (i === 0 || holds[i] || !content.trim()) return;
    let next = i + 1;
    while (next < lines.length && !text.slice(lines[next].start, lines[next].end).trim()) next++;
    const label = content.trim().length <= 40 && /^\s*#{1,6}\s|:\s*$/.test(content) && holdsFilled[next] === true;
    if (label) return;
    const end = i + 1 < lines.length ? lines[i + 1].start : l.end;
    const start = i + 1 < lines.length ? l.start : lines[i - 1]?.end ?? l.start;
    edits.push({ start, end, text: "" });
  });
  return edits;
}
var LINE_LABEL = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:(?:\*\*|__|\*|_)?[^*_:\n]{1,40}?(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?\s+)?/;
var LINE_BREAK = /(?:\s*<br\s*\/?>|[ \t]{2,}|\\)$/i;
function foreignText(text, base, spans, filled) {
  const edits = [];
  lineRanges(text).forEach((l, i) => {
    if (i === 0) return;
    const touching = spans.filter((s) => s.start - base < l.end && s.end - base > l.start);
    const inside = touching.every((s) => s.start - base >= l.start && s.end - base <= l.end);
    if (!touching.length || !inside || !touching.every(filled)) return;
    const line = text.slice(l.start, l.end);
    const labelEnd = l.start + (LINE_LABEL.exec(line)?.[0].length ?? 0);
    const lineEnd = l.end - (LINE_BREAK.exec(line)?.[0].length ?? 0);
    let from = Math.min(...touching.map((s) => s.start - base));
    let to = Math.max(...touching.map((s) => s.end - base));
    while (from > labelEnd && /[[(<"“*_`]/.test(text[from - 1])) from--;
    if (text[from - 1] === "]") {
      const open = text.lastIndexOf("[", from - 1);
      if (open >= labelEnd) from = text[open - 1] === "!" && open - 1 >= labelEnd ? open - 1 : open;
      while (from > labelEnd && /[("“*_`]/.test(text[from - 1])) from--;
    }
    while (to < lineEnd && /[\])>"”*_`]/.test(text[to])) to++;
    if (from < labelEnd || to > lineEnd) return;
    if (!/\p{L}{2}/u.test(text.slice(labelEnd, from) + text.slice(to, lineEnd))) return;
    if (from > labelEnd) edits.push({ start: labelEnd, end: from, text: "" });
    if (lineEnd > to) edits.push({ start: to, end: lineEnd, text: "" });
  });
  return edits;
}
function foldBlankLines(text, eol) {
  const lines = text.split(/\r?\n/);
  const out = [];
  for (const line of lines) {
    if (!line.trim() && (!out.length || !out[out.length - 1].trim())) continue;
    out.push(line.trim() ? line : "");
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out.join(eol);
}
function substituteEntry(source, template, values, eol) {
  const text = source.slice(template.start, template.end);
  const base = template.start;
  const filled = (s) => valueFor(s, values) !== void 0;
  const edits = [
    ...dropLines(text, base, template.spans, filled),
    ...foreignText(text, base, template.spans, filled),
    ...spanEdits(text, base, template.spans, values)
  ];
  return foldBlankLines(applyEdits(text, edits), eol);
}

// lazy:string-width
var width;
function stringWidth2(text) {
  width ??= (init_string_width(), __toCommonJS(string_width_exports)).default;
  return width(text);
}

// src/adopters/render/table-style.ts
var displayWidth = (text) => /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth2(text);
function rawCells(line) {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}
function cellPadding(cell, width2) {
  const content = cell.trim();
  if (!content) return void 0;
  if (!/^\s|\s$/.test(cell)) return "compact";
  const room = displayWidth(content) + 2 < width2;
  if (room && displayWidth(cell) === width2) return "aligned";
  return room || displayWidth(cell) !== displayWidth(content) + 2 ? "spaced" : void 0;
}
var BLANK_MARK = /^(?:-|–|—|N\/A|n\/a|TBD|tbd)$/;
var VOTERS = 25;
var add = (tally, key) => tally[key] = (tally[key] ?? 0) + 1;
function majority(tally, own) {
  let best;
  for (const key of Object.keys(tally)) {
    const n = tally[key];
    const m = best === void 0 ? -1 : tally[best];
    if (n > m || n === m && key === own) best = key;
  }
  return best;
}
function tableStyle(doc, container, template) {
  const layout = container.table;
  const widths = rawCells(layout.delimiter).map((c) => c.length);
  const rows = realEntries(container);
  const at = Math.max(0, rows.indexOf(template));
  const paddingVotes = widths.map(() => ({}));
  const blankVotes = widths.map(() => ({}));
  const pipes = { lead: {}, trail: {} };
  const countPipes = (line2) => {
    const t = line2.trim();
    add(pipes.lead, t.startsWith("|") ? "yes" : "no");
    add(pipes.trail, t.endsWith("|") && !t.endsWith("\\|") ? "yes" : "no");
  };
  countPipes(doc.source.slice(layout.headStart, layout.bodyStart).split(/\r?\n/)[0] ?? "");
  countPipes(layout.delimiter);
  for (const row of rows.slice(Math.max(0, at - VOTERS), at + VOTERS + 1)) {
    const line2 = doc.source.slice(row.start, row.end);
    countPipes(line2);
    rawCells(line2).forEach((cell, i) => {
      if (i >= widths.length) return;
      const padding = cellPadding(cell, widths[i]);
      if (padding) add(paddingVotes[i], padding);
      const content = cell.trim();
      if (!content) add(blankVotes[i], "");
      else if (BLANK_MARK.test(content)) add(blankVotes[i], content);
    });
  }
  const line = doc.source.slice(template.start, template.end);
  const own = rawCells(line);
  const whole = rowPadding(own, widths);
  const trimmed = line.trim();
  return {
    widths,
    paddings: widths.map(
      (w, i) => majority(paddingVotes[i], own[i] === void 0 ? void 0 : cellPadding(own[i], w)) ?? whole
    ),
    blanks: widths.map((_, i) => majority(blankVotes[i], "") ?? ""),
    lead: majority(pipes.lead, trimmed.startsWith("|") ? "yes" : "no") === "yes",
    trail: majority(pipes.trail, trimmed.endsWith("|") && !trimmed.endsWith("\\|") ? "yes" : "no") === "yes"
  };
}
function rowPadding(cells, widths) {
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return "compact";
  const aligned = cells.filter((c, i) => displayWidth(c) === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? "aligned" : "spaced";
}

// src/adopters/render/table-row.ts
function pad(content, width2, padding) {
  if (padding === "compact") return content;
  if (padding === "aligned") return ` ${content} ${" ".repeat(Math.max(0, width2 - 2 - displayWidth(content)))}`;
  return content ? ` ${content} ` : " ";
}
function renderTableRow(doc, container, template, values, groupCell) {
  const layout = container.table;
  const { columns } = layout;
  const line = doc.source.slice(template.start, template.end);
  const ranges = cellRanges(doc.source, template.start, template.end);
  const raw = ranges.map((r) => doc.source.slice(r.start, r.end));
  const style = tableStyle(doc, container, template);
  const cellText = (i) => {
    const r = ranges[i];
    if (!r) return "";
    let start = r.start;
    let end = r.end;
    while (start < end && isSpaceAt(doc.source, start)) start++;
    while (end > start && isSpaceAt(doc.source, end - 1)) end--;
    const spans = template.spans.filter((s) => s.start >= start && s.end <= end);
    if (i === columns.group && groupCell !== void 0) return groupCell;
    if (spans.length) {
      const text = doc.source.slice(start, end);
      return applyEdits(text, spanEdits(text, start, spans, values)).trim();
    }
    if (i === columns.group && values.group) {
      const escaped = escapeFor(values.group, "cell");
      if (escaped === void 0) throw new UnwritableValue("group");
      return escaped;
    }
    return "";
  };
  const contents = Array.from({ length: columns.count }, (_, i) => cellText(i) || (style.blanks[i] ?? ""));
  const lead = style.lead ? "|" : "";
  const trail = style.trail ? "|" : "";
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const cells = contents.map((c, i) => {
    const padding = style.paddings[i] ?? "spaced";
    const width2 = padding === "aligned" ? style.widths[i] ?? 0 : raw[i] === void 0 ? displayWidth(c) + 2 : displayWidth(raw[i]);
    return pad(c, width2, padding);
  });
  if (!lead && cells.length) cells[0] = cells[0].trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1].trimEnd();
  const closing = trail || (contents[contents.length - 1] === "" ? "|" : "");
  return `${indent}${lead}${cells.join("|")}${closing}`;
}

// src/adopters/render/render-entry.ts
var LEFT_OUT = {
  url: "the entries here carry no links, so the website is not written",
  description: "the entries here carry no description, so the description is not written",
  logo: "the entries here show no logo, so the logo is not written",
  contact: "the entries here name no contact, so the contact is not written"
};
function renderEntry(doc, container, index, entry, group) {
  const warnings = [];
  const values = { name: entry.name, group };
  let appendDescription = false;
  for (const field of ["url", "description", "logo", "contact"]) {
    const value = entry[field];
    if (value === void 0) continue;
    if (carries(container, field)) values[field] = value;
    else if (field === "description" && container.kind === "headings") appendDescription = true;
    else warnings.push(LEFT_OUT[field]);
  }
  const template = chooseTemplate(container, index, values);
  if (!template) return { refused: "no well-formed entry in this list to copy the style from" };
  if (container.kind === "logos" && values.logo === void 0 && !template.spans.some((s) => s.fallback))
    return { refused: "each adopter here is shown as a logo: give the logo's URL", field: "logo" };
  const missing = ["description", "logo", "contact"].filter(
    (f) => values[f] !== void 0 && !slotsFor(template, values).includes(f)
  );
  if (missing.length)
    return {
      refused: `no entry here shows the ${missing.join(" and ")} alongside the other values given; add the entry without the ${missing.join(" and ")}, or by hand`
    };
  const own = template.spans.find((s) => s.field === "other");
  if (own)
    warnings.push(
      `the entries here carry a value the form does not ask for ("${doc.source.slice(own.start, own.end)}" in "${template.name}"); it is not copied: add the new entry's by hand`
    );
  const numbering = ordinalFor(doc.source, container, index);
  if (numbering.warning) warnings.push(numbering.warning);
  values.ordinal = numbering.ordinal;
  const groupCell = group !== void 0 ? groupCellOf(doc, container, group) : void 0;
  let text;
  try {
    text = container.kind === "table" ? renderTableRow(doc, container, template, values, groupCell) : substituteEntry(doc.source, template, values, doc.eol);
  } catch (error) {
    if (error instanceof UnwritableValue)
      return { refused: `the ${error.field} cannot be written in this file's entries as it is`, field: error.field };
    throw error;
  }
  if (/[ \t]$/.test(text) && !mostEndInSpace(doc.source, container)) text = text.trimEnd();
  if (appendDescription && entry.description) {
    const paragraph = escapeFor(entry.description, "text", true);
    text = `${text}${doc.eol}${doc.eol}${paragraph}`;
    values.description = entry.description;
  }
  return {
    text,
    lines: text.split(/\r?\n/).length,
    template,
    values,
    warnings,
    appended: appendDescription,
    groupCell
  };
}
function mostEndInSpace(source, container) {
  const real = realEntries(container);
  const spaced = real.filter((e) => /[ \t]$/.test(source.slice(e.start, e.end))).length;
  return spaced * 2 > real.length;
}
function groupCellOf(doc, container, group) {
  const column = container.table?.columns.group ?? -1;
  if (column < 0) return void 0;
  const sibling = groupMembers(container, group).find((e) => e.wellFormed) ?? groupMembers(container, group)[0];
  const span = sibling?.spans.find((s) => s.field === "group");
  return span ? doc.source.slice(span.start, span.end) : void 0;
}

// src/adopters/example-entry.ts
var MARKDOWN_CODE = /^(?:markdown|md|text|txt|plain)?$/i;
function exampleList(doc) {
  const blocks = doc.tree.children;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type !== "code" || !MARKDOWN_CODE.test(block.lang ?? "")) continue;
    const found = readExample(block, blocks[i - 1]);
    if (found) return found;
  }
  return void 0;
}
function readExample(code, above) {
  if (!code.value.trim()) return void 0;
  const doc = parseDocument(`${code.value.replace(/\r\n?/g, "\n")}
`);
  const lists = findContainers(doc, { example: true }).filter((c) => c.kind !== "logos");
  if (lists.length !== 1) return void 0;
  const [list] = lists;
  const introduced = (above?.type === "paragraph" || above?.type === "heading") && EXAMPLE_WORDS.test(displayText(above));
  if (!introduced && !list.entries.some((e) => e.placeholder)) return void 0;
  const container = { ...list, entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
  return { doc, container };
}
function showsAll(rendered, entry) {
  const given = ["url", "description", "logo", "contact"].filter((f) => entry[f] !== void 0);
  return !rendered.appended && given.every((f) => rendered.values[f] !== void 0);
}
function renderFromExample(doc, entry, kind) {
  const example = exampleList(doc);
  if (!example || kind && example.container.kind !== kind) return void 0;
  const { container } = example;
  const rendered = renderEntry(example.doc, container, container.entries.length, entry, void 0);
  if ("refused" in rendered || !showsAll(rendered, entry)) return void 0;
  return {
    text: doc.eol === "\n" ? rendered.text : rendered.text.replace(/\n/g, doc.eol),
    lines: rendered.lines,
    values: rendered.values,
    template: example.doc.source.slice(rendered.template.start, rendered.template.end),
    warnings: rendered.warnings
  };
}
function renderFromExampleRow(doc, table, entry) {
  const comment = doc.tree.children.find(
    (n) => n.type === "html" && startOf(n) >= table.bodyStart && /^<!--/.test(n.value)
  );
  if (!comment || !EXAMPLE_WORDS.test(comment.value)) return void 0;
  const header = lineText(doc, lineOf(doc, table.headStart));
  const cells = (row2) => row2.trim().replace(/^\||\|$/g, "").split("|").length;
  const row = comment.value.split(/\r?\n/).find((line) => /^\s*\|?[^|]*\|/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line) && cells(line) === cells(header));
  if (!row) return void 0;
  const example = parseDocument(`${header}
${table.delimiter}
${row.trim()}
`);
  const [list] = findContainers(example, { example: true }).filter((c) => c.kind === "table");
  if (!list) return void 0;
  const container = { ...list, entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
  const rendered = renderEntry(example, container, container.entries.length, entry, void 0);
  if ("refused" in rendered || !showsAll(rendered, entry)) return void 0;
  return {
    text: rendered.text,
    lines: 1,
    values: rendered.values,
    template: row.trim(),
    warnings: rendered.warnings
  };
}

// src/adopters/insert-result.ts
function finish(doc, splice, meta) {
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return { ok: true, content, offset: splice.offset, inserted: splice.text, line: splice.line, ...meta };
}

// src/adopters/render/first-row.ts
function renderFirstRow(doc, layout, values) {
  const { columns } = layout;
  const header = doc.source.slice(layout.headStart, doc.source.indexOf("\n", layout.headStart)).replace(/\r$/, "");
  const cell = (text) => text === void 0 ? void 0 : escapeFor(text, "cell");
  const contents = [];
  for (let i = 0; i < columns.count; i++) {
    if (i === columns.name)
      contents.push(values.url && columns.url < 0 ? markdownLink(values.name, values.url) : cell(values.name));
    else if (i === columns.url) contents.push(values.url ? linkDestination(values.url) : "");
    else if (i === columns.description) contents.push(cell(values.description) ?? "");
    else if (i === columns.contact) contents.push(values.contact ? `@${values.contact}` : "");
    else if (i === columns.group) contents.push(cell(values.group) ?? "");
    else contents.push("");
  }
  if (contents.some((c) => c === void 0)) return void 0;
  const trimmed = header.trim();
  const spaced = /\|\s\S/.test(trimmed) || /^[^|]*\s\|/.test(trimmed);
  const cells = contents.map((c) => spaced ? c ? ` ${c} ` : " " : c);
  const lead = trimmed.startsWith("|") ? "|" : "";
  const trail = trimmed.endsWith("|") ? "|" : "";
  const indent = /^\s*/.exec(header)?.[0] ?? "";
  return `${indent}${lead}${cells.join("|")}${trail || (contents[contents.length - 1] ? "" : "|")}`;
}

// src/adopters/verify.ts
var collapse = (s) => (s ?? "").replace(/\s+/g, " ").trim();
var CONTEXT = 3;
var SYNTAX = /* @__PURE__ */ new Set(["link", "image", "html", "linkReference", "imageReference", "footnoteReference"]);
function inlineSyntax(node, start, end, out = []) {
  if (endOf(node) <= start || startOf(node) >= end) return out;
  if (SYNTAX.has(node.type) && startOf(node) >= start) out.push(node);
  if ("children" in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}
function windowOf(doc, container, index, splice, after) {
  if (!container || container.kind === "headings" || container.kind === "key-value" || container.kind === "logos" || container.kind === "tag-lines" || container.kind === "lines")
    return { text: after, shift: 0, neighbours: container?.entries ?? [] };
  const entries = container.entries;
  const first = entries[Math.max(0, index - CONTEXT)];
  const last = entries[Math.min(entries.length, index + CONTEXT) - 1];
  const from = Math.min(first?.start ?? splice.offset, splice.offset);
  const toOld = Math.max(last ? lineStart(doc, last.endLine + 1) : splice.offset, splice.offset);
  const head = container.table ? doc.source.slice(container.table.headStart, container.table.bodyStart) : "";
  const definitions = [...doc.definitions].map(([label, url]) => `[${label}]: <${url}>`).join(doc.eol);
  const text = `${head}${after.slice(from, toOld + splice.text.length)}${doc.eol}${doc.eol}${definitions}${doc.eol}`;
  const neighbours = entries.slice(Math.max(0, index - CONTEXT), Math.min(entries.length, index + CONTEXT));
  return { text, shift: from - head.length, neighbours };
}
function allowedSyntax(node, values, template) {
  if (node.type === "link" || node.type === "image") {
    const allowed = [values.url, values.logo, values.contact && `https://github.com/${values.contact}`].filter(
      (v) => Boolean(v)
    );
    return allowed.some((v) => node.url === v || node.url === linkDestination(v)) || template.includes(node.url);
  }
  if (node.type === "html") {
    const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(node.value)?.[1];
    return Boolean(tag) && new RegExp(`</?${tag}\\b`, "i").test(template);
  }
  return template.includes(`[${"label" in node ? node.label ?? "" : ""}]`);
}
function shownIn(tree, start, end, text) {
  if (text === void 0) return false;
  const parts = [];
  const walk = (node) => {
    if (endOf(node) <= start || startOf(node) >= end) return;
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return collapse(parts.join(" ")).includes(collapse(text));
}
function readBack(added, values, expectUrl, appended) {
  if (collapse(added.name) !== collapse(values.name))
    return `the new entry would display "${added.name}" instead of the name given`;
  if (expectUrl && values.url !== void 0 && added.url !== values.url && added.url !== linkDestination(values.url))
    return "the new entry would not link the URL given";
  const given = collapse(values.description);
  const shown = collapse(added.description);
  if (!appended && values.description !== void 0 && shown !== given && `(${shown})` !== given)
    return "the new entry would not show the description as given";
  if (values.contact !== void 0 && added.contact !== void 0 && added.contact !== values.contact)
    return "the new entry would not show the contact given";
  return void 0;
}
function verifyInsertion(doc, splice, values, expect) {
  const { offset, text } = splice;
  const after = doc.source.slice(0, offset) + text + doc.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== doc.source)
    return "the change is not a pure insertion";
  const window = windowOf(doc, expect.container, expect.index, splice, after);
  const fragment = parseDocument(window.text);
  const start = offset - window.shift;
  const end = start + text.length;
  const within = (e) => e.start >= start && e.start < end;
  const mine = findContainers(fragment).find((c) => c.entries.some(within));
  if (!mine) return "the new entry is not recognized as an entry after insertion";
  const added = mine.entries.find(within);
  if (expect.container && mine.kind !== expect.container.kind) return "the new entry would change how the list is read";
  const wordless = values.description !== void 0 && !/\p{L}{2}/u.test(values.description);
  const prose = expect.appended || (mine.kind === "headings" || wordless) && shownIn(fragment.tree, start, end, values.description);
  const problem = readBack(added, values, expect.checkUrl, prose);
  if (problem) return problem;
  for (const node of inlineSyntax(fragment.tree, start, end)) {
    if (!allowedSyntax(node, values, expect.template)) return `the submission would add a ${node.type} to the file`;
  }
  const got = mine.entries.filter((e) => e !== added).map((e) => collapse(e.name));
  const neighbours = window.neighbours.map((e) => collapse(e.name));
  if (expect.container && !neighbours.every((n) => got.includes(n)))
    return "the insertion changed the neighbouring entries";
  return void 0;
}

// src/adopters/first-entry.ts
function newList(doc, entry, placement, flags, flagWarnings) {
  const shaped = renderFromExample(doc, entry);
  if (shaped) {
    const splice2 = spliceNewList(doc, placement.offset, shaped.text);
    const check = { container: null, index: 0, template: shaped.template, checkUrl: shaped.values.url !== void 0 };
    if (!verifyInsertion(doc, splice2, shaped.values, check))
      return finish(doc, splice2, {
        entry: shaped.text,
        lines: shaped.lines,
        section: placement.section,
        order: "append",
        orderBasis: "new-list",
        container: "new-list",
        flags,
        warnings: [
          ...flagWarnings,
          ...shaped.warnings,
          "the file had no entries yet; the first follows the file's example"
        ],
        why: {
          container: "no list of adopters yet: the first entry, where the list begins",
          order: "append (a new list)",
          sibling: "copied the shape of the file's example"
        }
      });
  }
  const name = entry.url ? markdownLink(entry.name, entry.url) : escapeInline(entry.name);
  const item = `- ${name}${entry.description ? ` - ${escapeInline(entry.description)}` : ""}`;
  const splice = spliceNewList(doc, placement.offset, item);
  const values = { name: entry.name, url: entry.url, description: entry.description };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: "", checkUrl: true });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  return finish(doc, splice, {
    entry: item,
    lines: 1,
    section: placement.section,
    order: "append",
    orderBasis: "new-list",
    container: "new-list",
    flags,
    warnings: [...flagWarnings, "the file had no list of adopters yet; a new list was started"],
    why: { container: "no list of adopters yet: a new list after the title", order: "append (a new list)" }
  });
}
function firstRow(doc, entry, table, flags, flagWarnings) {
  const { columns } = table;
  const example = renderFromExampleRow(doc, table, entry);
  const values = example?.values ?? {
    name: entry.name,
    url: entry.url,
    description: columns.description >= 0 ? entry.description : void 0,
    contact: columns.contact >= 0 ? entry.contact : void 0
  };
  const row = example?.text ?? renderFirstRow(doc, table, values);
  if (row === void 0)
    return { ok: false, code: "unsafe", reason: "a value cannot be written in this table as it is" };
  const atEnd = table.bodyStart >= doc.source.length && !doc.source.endsWith("\n");
  const splice = {
    offset: table.bodyStart,
    text: atEnd ? `${doc.eol}${row}` : `${row}${doc.eol}`,
    line: lineOf(doc, table.headStart) + 2
  };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: "", checkUrl: true });
  if (problem) return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
  const left = example ? example.warnings : [
    ...entry.description && columns.description < 0 ? ["the table has no column for a description, so it is not written"] : [],
    ...entry.logo ? ["the table has no column for a logo, so it is not written"] : [],
    ...entry.contact && columns.contact < 0 ? ["the table has no column for a contact, so it is not written"] : []
  ];
  return finish(doc, splice, {
    entry: row,
    lines: 1,
    section: null,
    order: "append",
    orderBasis: "new-list",
    container: "table",
    flags,
    warnings: [
      ...flagWarnings,
      ...left,
      example ? "the table had no adopters yet; the first row follows the example row kept in a comment below it" : "the table had no adopters yet; the first row follows its header"
    ],
    why: { container: `the empty table at line ${lineOf(doc, table.headStart)}`, order: "append (the first row)" }
  });
}

// src/adopters/initial-sections.ts
var initialOf = (title) => {
  const t = (title ?? "").trim();
  return /^[\p{L}\p{N}]$/u.test(t) ? normalizeSectionName(t) : void 0;
};
var nameInitial = (name) => {
  const first = normalizeSectionName(name)[0];
  return first && normalizeSectionName(first.toUpperCase()[0]);
};
function initialSection(containers, chosen, name) {
  const indexed = containers.filter((c) => initialOf(c.section) !== void 0).sort((a, b) => a.start - b.start);
  if (indexed.length < 3 || !indexed.includes(chosen)) return { kind: "none" };
  const initials = indexed.map((c) => initialOf(c.section));
  const rank = (i) => /\p{N}/u.test(i) ? `0${i}` : `1${i}`;
  if (initials.some((i, k) => k > 0 && rank(i) < rank(initials[k - 1]))) return { kind: "none" };
  const initial = nameInitial(name);
  if (!initial) return { kind: "none" };
  const container = indexed.find((c) => initialOf(c.section) === initial);
  return container ? { kind: "index", container } : { kind: "missing", initial: initial.toUpperCase() };
}

// src/adopters/insert-adopter.ts
var KIND_WORDS = {
  list: "list",
  table: "table",
  paragraphs: "run of name paragraphs",
  headings: "run of one heading per adopter",
  "key-value": "run of key/value blocks",
  logos: "wall of logos",
  "tag-lines": "run of one tag per adopter",
  lines: "run of one name per line"
};
function describe(container) {
  const first = container.entries[0];
  return `the ${KIND_WORDS[container.kind]} of ${container.entries.length} entries at line ${first.startLine}${container.section ? ` under "${container.section}"` : ""}`;
}
function insertAdopter(source, entry, options = {}) {
  if (!isValidEntry(entry)) throw new TypeError("insertAdopter takes an entry made by validateEntry (src/submission)");
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const dup = findDuplicates(containers, entry.name, entry.url);
  if (dup.sameName) {
    const e = dup.sameName;
    return {
      ok: false,
      code: "duplicate",
      line: e.startLine,
      reason: `"${e.name}" is already listed (line ${e.startLine})`
    };
  }
  const { flags, warnings: flagWarnings } = duplicateFlags(dup);
  const placement = selectPlacement(doc, containers, {
    ...options,
    logo: entry.logo !== void 0,
    description: entry.description
  });
  if (placement.kind === "refuse") return { ok: false, code: placement.code, reason: placement.reason };
  if (placement.kind === "new-list") return newList(doc, entry, placement, flags, flagWarnings);
  if (placement.kind === "empty-table") return firstRow(doc, entry, placement.table, flags, flagWarnings);
  const { group, note } = placement;
  const byInitial = initialSection(containers, placement.container, entry.name);
  if (byInitial.kind === "missing")
    return {
      ok: false,
      code: "no-section",
      reason: `this file lists its adopters under one heading per initial and has no "${byInitial.initial}" heading yet; add the heading and the entry by hand`
    };
  const container = byInitial.kind === "index" ? byInitial.container : placement.container;
  if (entry.url === void 0 && requires(container, "url"))
    return {
      ok: false,
      code: "url-required",
      reason: "this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL"
    };
  const policy = byInitial.kind === "index" ? { order: "alphabetical", basis: "detected", evidence: "one heading per initial" } : orderPolicyFor(doc, container, containers);
  const index = placeIndex(container, policy, entry.name, Boolean(entry.description), group);
  const own = renderEntry(doc, container, index, entry, group);
  if ("refused" in own) return { ok: false, code: own.field ? "unsafe" : "no-template", reason: own.refused };
  const shapes = [
    {
      ...own,
      template: doc.source.slice(own.template.start, own.template.end) + (own.groupCell ?? ""),
      sibling: `copied the shape of "${own.template.name}" (line ${own.template.startLine})`
    }
  ];
  const example = showsAll(own, entry) ? void 0 : renderFromExample(doc, entry, container.kind);
  if (example) {
    const warning = "the entries here have no place for a value given; the new one follows the file's example";
    const sibling = "copied the shape of the file's example, which shows every value";
    shapes.unshift({ ...example, warnings: [...example.warnings, warning], appended: false, sibling });
  }
  let problem;
  for (const shape of shapes) {
    const splice = newLogoRow(doc, container, index, shape.text) ?? spliceEntry(doc, container, index, shape.text);
    problem = verifyInsertion(doc, splice, shape.values, {
      container,
      index,
      template: shape.template,
      checkUrl: shape.values.url !== void 0,
      appended: shape.appended
    });
    if (problem) continue;
    return finish(doc, splice, {
      entry: shape.text,
      lines: shape.lines,
      section: container.section ?? group ?? null,
      order: policy.order,
      orderBasis: policy.basis,
      container: container.kind,
      flags,
      warnings: [...flagWarnings, ...note ? [note] : [], ...shape.warnings],
      why: {
        container: describe(container),
        ...placement.runnerUp ? { runnerUp: describe(placement.runnerUp) } : {},
        order: `${policy.order} (${policy.evidence})`,
        sibling: shape.sibling
      }
    });
  }
  return { ok: false, code: "unsafe", reason: `refusing to write: ${problem}` };
}

export {
  insertAdopter
};
