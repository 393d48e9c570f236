import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyEdits
} from "./chunk-Z5U7UXQ4.mjs";
import {
  carries,
  defaultGroup,
  groupMembers,
  groupNote,
  realEntries,
  showsAny
} from "./chunk-XBPW7ZXX.mjs";
import {
  conflictMarkerLine,
  conflictReason,
  escapeFor,
  ordinalFor
} from "./chunk-OROIXEDL.mjs";
import {
  EXAMPLE_WORDS,
  adoptersParts,
  afterIntroduction,
  emptySectionNamed,
  findContainers,
  findEmptyTables,
  namesWhoUses,
  waitingSection
} from "./chunk-NWY2PKW3.mjs";
import {
  NAMES_ADOPTERS,
  NAMES_BUILT_FOR,
  NAMES_COMPANIES,
  NAMES_OTHER_ADOPTERS,
  sectionMatches
} from "./chunk-F76RGC3L.mjs";
import {
  cellRanges,
  isSpaceAt,
  siteName
} from "./chunk-LLEA4VRX.mjs";
import {
  deriveText,
  displayText,
  endOf,
  lineOf,
  lineText,
  parseDocument,
  startOf,
  topLevelHtml
} from "./chunk-WBV7JFYH.mjs";
import {
  __esm,
  __export,
  __toCommonJS
} from "./chunk-XDNEWOOM.mjs";

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
  const ranks = new Map(pool.map((e) => [e, slotsFor(e, values).length * 1e6 + (counts.get(e.shape) ?? 0)]));
  let best = 0;
  for (const r of ranks.values()) best = Math.max(best, r);
  const eligible = (e) => e !== void 0 && ranks.get(e) === best;
  for (let d = 0; d < container.entries.length; d++) {
    const before = container.entries[index - 1 - d];
    if (eligible(before)) return before;
    const after = container.entries[index + d];
    if (eligible(after)) return after;
  }
  return void 0;
}

// src/adopters/render/closing-rule.ts
var RULE_LINE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
function splitClosingRule(text) {
  const lines = text.split(/\r?\n/);
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !RULE_LINE.test(last)) return { body: text };
  return { body: text.slice(0, text.length - last.length).trimEnd(), rule: last };
}
function entriesEndWithRule(source, container) {
  const real = realEntries(container);
  const ruled = real.filter((e) => splitClosingRule(source.slice(e.start, e.end).trimEnd()).rule).length;
  return ruled * 2 > real.length;
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
    // A name that links to the site is where the site shows: no sibling's site line takes it too.
    case "url":
      return values.linkedName ? void 0 : values.url;
    case "url-text":
      return values.url === void 0 || values.linkedName ? void 0 : deriveText(span.derive ?? "host", values.url);
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
    if (span.field === "name" && span.context === "text" && values.linkedName && values.url !== void 0) {
      const text2 = escapeFor(values.name, "link-text");
      const destination = escapeFor(values.url, "destination");
      if (text2 === void 0 || destination === void 0) throw new UnwritableValue("url");
      edits.push({ start: span.start - base, end: span.end - base, text: `[${text2}](${destination})` });
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
  const structure = (content) => inMarkup(spans) && /^\s*(?:<\/?[A-Za-z][^<>]*>\s*)+$/.test(content);
  const touches = (s, l) => s.start - base <= l.end && s.end - base >= l.start;
  const holds = lines.map((l) => spans.some((s) => touches(s, l)));
  const holdsFilled = lines.map((l) => spans.some((s) => filled(s) && touches(s, l)));
  const edits = [];
  lines.forEach((l, i) => {
    const content = text.slice(l.start, l.end);
    const underline = i === 1 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(content);
    const rule = RULE_LINE.test(content);
    if (i === 0 || holds[i] || !content.trim() || structure(content) || underline || rule) return;
    let next = i + 1;
    while (next < lines.length && !text.slice(lines[next].start, lines[next].end).trim()) next++;
    const label = content.trim().length <= 40 && /^\s*#{1,6}\s|:\s*$/.test(content) && !LINKED.test(content) && holdsFilled[next] === true;
    if (label) return;
    const end = i + 1 < lines.length ? lines[i + 1].start : l.end;
    const start = i + 1 < lines.length ? l.start : lines[i - 1]?.end ?? l.start;
    edits.push({ start, end, text: "" });
  });
  return edits;
}
function droppedDetails(source, template, values) {
  const text = source.slice(template.start, template.end);
  const filled = (s) => valueFor(s, values) !== void 0;
  return dropLines(text, template.start, template.spans, filled).map((edit) => {
    const line = text.slice(edit.start, edit.end).trim().replace(/^(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)/, "").replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
    const label = /^(?:\*\*|__|\*|_)?([^*_:\n]{1,40}?)(?:\*\*|__|\*|_)?:/.exec(line)?.[1]?.trim();
    return label || (line.length > 30 ? `${line.slice(0, 30).trimEnd()}\u2026` : line);
  });
}
var inMarkup = (spans) => spans.length > 0 && spans.every((s) => s.context === "html-text" || s.context.startsWith("attribute-"));
var LINE_LABEL = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:(?:\*\*|__|\*|_)?[^*_:\n]{1,40}?(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?\s+)?/;
var LINKED = /\]\(|\]\[|<a\s|https?:\/\//i;
var LINE_BREAK = /(?:\s*<br\s*\/?>|[ \t]{2,}|\\)$/i;
function foreignText(text, base, spans, filled) {
  const edits = [];
  if (inMarkup(spans)) return edits;
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
  let linkedName;
  for (const field of ["url", "description", "logo", "contact"]) {
    const value = entry[field];
    if (value === void 0) continue;
    if (carries(container, field)) values[field] = value;
    else if (field === "description" && container.kind === "headings") appendDescription = true;
    else if (field === "url" && container.kind === "headings" && showsAny(container, "url")) linkedName = value;
    else warnings.push(LEFT_OUT[field]);
  }
  const template = chooseTemplate(container, index, values);
  if (linkedName !== void 0) Object.assign(values, { url: linkedName, linkedName: true });
  if (!template) return { refused: "no well-formed entry in this list to copy the style from" };
  if (!template.copyable && (container.kind === "tag-lines" || container.kind === "logos"))
    return {
      refused: `the entries here carry words of their own beside the link ("${doc.source.slice(template.start, template.end).trim()}"); add the entry by hand`
    };
  if (container.kind === "logos" && values.logo === void 0 && realEntries(container).every((e) => e.logo))
    return { refused: "each adopter here is shown as a logo: give the logo's URL", field: "logo" };
  const missing = ["description", "logo", "contact"].filter(
    (f) => values[f] !== void 0 && !slotsFor(template, values).includes(f)
  );
  if (missing.length)
    return {
      refused: `no entry here shows the ${missing.join(" and ")} alongside the other values given; add the entry without the ${missing.join(" and ")}, or by hand`
    };
  const siteNamed = template.url !== void 0 && template.name === siteName(template.url) && !template.spans.some((s) => s.field === "name");
  const shown = siteNamed && values.url !== void 0 ? siteName(values.url) : void 0;
  if (shown !== void 0 && shown !== entry.name)
    return {
      refused: `each entry here is written as its address alone, and this one would show "${shown}", not the name given; give "${shown}" as the name, or add the entry by hand`,
      field: "name"
    };
  const own = template.spans.find((s) => s.field === "other");
  if (own)
    warnings.push(
      `the entries here carry a value the form does not ask for ("${doc.source.slice(own.start, own.end)}" in "${template.name}"); it is not copied: add the new entry's by hand`
    );
  if (container.kind !== "table") {
    const details = droppedDetails(doc.source, template, values);
    if (details.length)
      warnings.push(
        `the entries here carry details the form does not ask for (${details.map((d) => `"${d}"`).join(", ")} in "${template.name}"); they are not copied: add the new entry's by hand`
      );
  }
  const numbering = ordinalFor(doc.source, container, index);
  if (numbering.warning) warnings.push(numbering.warning);
  values.ordinal = numbering.ordinal;
  const groupCell = group !== void 0 ? groupCellOf(doc, container, group) : void 0;
  const written = { ...values, description: inFileStyle(doc.source, values.description, container, template) };
  let text;
  try {
    text = container.kind === "table" ? renderTableRow(doc, container, template, written, groupCell) : substituteEntry(doc.source, template, written, doc.eol);
  } catch (error) {
    if (error instanceof UnwritableValue)
      return { refused: `the ${error.field} cannot be written in this file's entries as it is`, field: error.field };
    throw error;
  }
  if (/[ \t]$/.test(text) && !mostEndInSpace(doc.source, container)) text = text.trimEnd();
  const closing = splitClosingRule(text);
  text = closing.body;
  if (appendDescription && entry.description) {
    const paragraph = escapeFor(entry.description, "text", true);
    text = `${text}${doc.eol}${doc.eol}${paragraph}`;
    values.description = entry.description;
  }
  if (closing.rule && entriesEndWithRule(doc.source, container)) text = `${text}${doc.eol}${doc.eol}${closing.rule}`;
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
function inFileStyle(source, description, container, template) {
  if (description === void 0 || !/[^.]\.$/.test(description) || /[.!?]\s/.test(description)) return description;
  const slot = template.spans.find((s) => s.field === "description");
  if (!slot || !/^(?:\)|<\/a>)/i.test(source.slice(slot.end, slot.end + 4))) return description;
  const described = realEntries(container).filter((e) => e.description);
  if (described.length < 2 || described.some((e) => /[.!?…]["'”’)\]]*$/.test(e.description.trim())))
    return description;
  return description.slice(0, -1);
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
  const cells = (row2) => cellRanges(row2, 0, row2.length).length;
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

// src/adopters/heading-preference.ts
function headedAsAdopters(confident) {
  const [largest] = confident;
  if (!largest?.section || !NAMES_BUILT_FOR.test(largest.section) || namesWhoUses(largest.section)) return void 0;
  return confident.find((c) => c.section !== null && namesWhoUses(c.section) && realEntries(c).length >= 2);
}
function headedForCompanies(confident) {
  const [largest] = confident;
  if (!largest?.section || !NAMES_OTHER_ADOPTERS.test(largest.section) || NAMES_COMPANIES.test(largest.section))
    return void 0;
  return confident.find(
    (c) => c.section !== null && NAMES_COMPANIES.test(c.section) && realEntries(c).length >= 3 && realEntries(c).length * 2 >= realEntries(largest).length
  );
}
function headedForTheEntry(confident) {
  return headedAsAdopters(confident) ?? headedForCompanies(confident);
}

// src/adopters/generated-region.ts
var GENERATED = /\b(?:auto-?generated|generated\s+(?:by|from|with|automatically)|do\s+not\s+edit|don't\s+edit)\b/i;
var REGION_END = /^<!--\s*(?:end\b|\/)/i;
var comments = (doc) => topLevelHtml(doc).filter((n) => /^<!--/.test(n.value));
function emptyGeneratedRegion(doc) {
  const html = comments(doc);
  if (html.some((n) => GENERATED.test(n.value))) return true;
  for (let i = 1; i < html.length; i++) {
    if (!doc.source.slice(endOf(html[i - 1]), startOf(html[i])).trim()) return true;
  }
  return false;
}
function insideGeneratedRegion(doc, container) {
  const before = comments(doc).filter((n) => endOf(n) <= container.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const value = before[i].value;
    if (GENERATED.test(value)) return true;
    if (REGION_END.test(value)) return false;
  }
  return false;
}

// src/adopters/site-kinds.ts
var CODE_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net"]);
function siteKind(url) {
  if (!url) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (!/^https?:$/.test(parsed.protocol)) return void 0;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return CODE_HOSTS.has(host) && /^\/[^/]+\/[^/]+/.test(parsed.pathname) ? "repository" : "site";
}
var MIN_LINKED = 3;
var SHARE = 0.8;
function kindOf(container) {
  const kinds = realEntries(container).map((e) => siteKind(e.url)).filter((k) => k !== void 0);
  if (kinds.length < MIN_LINKED) return void 0;
  const repositories = kinds.filter((k) => k === "repository").length;
  if (repositories >= kinds.length * SHARE) return "repository";
  if (kinds.length - repositories >= kinds.length * SHARE) return "site";
  return void 0;
}
function bySiteKind(confident, url) {
  const kind = siteKind(url);
  const [largest] = confident;
  if (kind !== "site" || !largest) return { containers: confident };
  const largestKind = kindOf(largest);
  if (!largestKind || largestKind === kind) return { containers: confident };
  const matching = confident.find(
    (c) => c !== largest && kindOf(c) === kind && realEntries(c).length * 2 >= realEntries(largest).length
  );
  if (!matching) return { containers: confident };
  return {
    containers: [matching, ...confident.filter((c) => c !== matching)],
    note: `the list at line ${matching.entries[0].startLine} links organizations\u2019 own sites, as the new entry does; the larger list at line ${largest.entries[0].startLine} links repositories on code hosts`
  };
}

// src/init/find-adopters-file.ts
var NAME = /^(?:adopters|users)(?:\.[^/]*)?$/i;
var MARKDOWN = /^(?:adopters|users)(?:\.(?:md|markdown|mdown|mkd))?$/i;
var DATA = /\.(?:ya?ml|json)$/i;
var ADOPTERS_FOLDERS = ["", "docs/", "data/", "website/data/", "src/data/", "site/data/"];
var DATA_ONLY = /* @__PURE__ */ new Set(["data/", "website/data/", "src/data/", "site/data/"]);
var folderOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);
var nameOf = (path) => path.slice(path.lastIndexOf("/") + 1);
function isAdoptersCandidate(path) {
  const folder = folderOf(path);
  if (!ADOPTERS_FOLDERS.includes(folder) || !NAME.test(nameOf(path))) return false;
  return !DATA_ONLY.has(folder) || DATA.test(path);
}
var isDataPath = (path) => DATA.test(path);

// src/adopters/unlisted-file.ts
var MOVED = /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+(?:now\s+)?be\s+(?:found|seen|viewed)\s+(?:at|on|in|here)\b|\b(?:is|are)\s+(?:now\s+)?(?:listed|kept|maintained|published)\s+(?:at|on)\b/i;
function proseText(doc) {
  return doc.tree.children.filter((n) => n.type !== "code" && startOf(n) >= doc.bodyStart).map((n) => doc.source.slice(startOf(n), endOf(n))).join("\n");
}
function linkedAdoptersFile(doc) {
  for (const [, target] of proseText(doc).matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    let name;
    try {
      const path = new URL(target, "file:///").pathname;
      name = decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
    } catch {
      continue;
    }
    if (MARKDOWN.test(name)) return target;
  }
  return void 0;
}
function frontMatterOnly(doc) {
  const body = doc.source.slice(doc.bodyStart).replace(/\{%.*?%\}|\{\{.*?\}\}/gs, "");
  return doc.bodyStart > 0 && !body.trim();
}
var MIN_LOGOS = 3;
function shownLogos(doc) {
  return (proseText(doc).match(/!\[[^\]\n]*\]\([^)\s]+|<img\b/gi) ?? []).length;
}
function markupLinks(doc) {
  return markupBlocks(doc).reduce(
    (sum, text) => sum + (text.match(/<a\s[^>]*\bhref\s*=\s*["']?https?:/gi) ?? []).length,
    0
  );
}
function markupBlocks(doc) {
  return doc.tree.children.filter((n) => startOf(n) >= doc.bodyStart).flatMap(
    (n) => n.type === "html" && !/^<!--/.test(n.value) || n.type === "code" && !n.lang && /^\s*</.test(n.value) ? [n.value] : []
  );
}
function unlistedRefusal(doc) {
  if (MOVED.test(proseText(doc)))
    return { code: "moved", reason: "this file says the adopters list has moved elsewhere; add the adopter there" };
  const elsewhere = linkedAdoptersFile(doc);
  if (elsewhere)
    return {
      code: "moved",
      reason: `this file lists no adopters and points to ${elsewhere} for them; add the adopter there`
    };
  if (emptyGeneratedRegion(doc))
    return {
      code: "generated",
      reason: "the adopters list in this file is generated from a data file (the region between its HTML comment markers is empty in the repository); add the adopter to that data file"
    };
  if (topLevelHtml(doc).some((n) => /^<script\b/i.test(n.value.trim())))
    return {
      code: "generated",
      reason: "this page holds no entries but a script, which builds its list from data kept elsewhere; add the adopter to that data"
    };
  if (frontMatterOnly(doc))
    return {
      code: "generated",
      reason: "this page holds only its front matter and template tags: its template builds the list from the site\u2019s data; add the adopter to that data file"
    };
  const anchors = markupLinks(doc);
  if (anchors >= MIN_LOGOS && shownLogos(doc) < MIN_LOGOS)
    return {
      code: "no-container",
      reason: `this file lists ${anchors} links in HTML markup (a table or blocks of its own) that the bot cannot read as entries; add the adopter by hand, or mark a list with <!-- adopters:start --> and <!-- adopters:end -->`
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
var named = (c) => realEntries(c).filter((e) => e.nameLike).length;
var bySize = (a, b) => realEntries(b).length - realEntries(a).length || named(b) - named(a) || a.start - b.start;
function waitingList(containers) {
  const waiting = containers.filter(
    (c) => c.kind === "list" && c.doubts.every((d) => d === "example") && c.entries.every((e) => e.placeholder && e.wellFormed && e.copyable)
  );
  if (waiting.length !== 1) return void 0;
  const [list] = waiting;
  return { ...list, doubts: [], entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
}
function selectPlacement(doc, containers, options) {
  const conflict = conflictMarkerLine(doc);
  if (conflict) return { kind: "refuse", code: "no-container", reason: conflictReason(conflict) };
  const markers = markerRange(doc);
  const parts = markers ? void 0 : adoptersParts(doc);
  const bounds = markers ? [markers] : parts;
  const inside = bounds ? containers.filter((c) => bounds.some((b) => c.start >= b.start && c.end <= b.end)) : containers;
  const listed = inside.filter((c) => realEntries(c).length > 0);
  const withoutWalls = options.logo === false ? listed.filter((c) => c.kind !== "logos") : listed;
  const candidates = withoutWalls.some((c) => !c.doubts.length) ? withoutWalls : listed;
  const emptyTable = () => findEmptyTables(doc).find((t) => !bounds || bounds.some((b) => t.headStart >= b.start && t.headStart < b.end));
  if (!candidates.length) {
    const empty2 = emptyTable();
    if (empty2) return { kind: "empty-table", table: empty2 };
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
    if (parts) return { kind: "new-list", offset: parts[0].end, section: parts[0].title };
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
  if (!confident.length && parts) {
    confident = candidates.filter((c) => c.doubts.every((d) => d === "quoted") && readsAsTheList(c)).sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0].entries[0].startLine} sits in a quote; it was taken as the adopters list, as it is the run of names in the part about its users`;
  }
  if (!confident.length) {
    const empty2 = emptyTable();
    if (empty2) return { kind: "empty-table", table: empty2 };
    const waiting = markers ? void 0 : waitingSection(doc, options.section);
    if (waiting) return { kind: "new-list", ...waiting };
    const best = [...candidates].sort(bySize)[0];
    return {
      kind: "refuse",
      code: "no-container",
      reason: `no list in this file reads confidently as the adopters list (the largest, at line ${best.entries[0].startLine}, ${best.doubts.map((d) => DOUBT_WORDS[d]).join(" and ")}); add the entry by hand or mark the list with <!-- adopters:start --> and <!-- adopters:end -->`
    };
  }
  const introduced = listIntroducedAsAdopters(confident) ?? headedForTheEntry(confident);
  if (introduced) confident = [introduced, ...confident.filter((c) => c !== introduced)];
  const shown = exampleList(doc)?.container.kind;
  const matching = shown && confident[0].kind !== shown ? confident.find((c) => c.kind === shown) : void 0;
  if (matching) confident = [matching, ...confident.filter((c) => c !== matching)];
  const kinds = options.section || !hasSections(confident) ? void 0 : bySiteKind(confident, options.url);
  if (kinds) confident = kinds.containers;
  const [largest, runnerUp] = confident;
  const named2 = options.section;
  const holdsIt = (c) => c.section !== null && sectionMatches(named2, c.section) === "exact";
  const empty = named2 && !confident.some(holdsIt) ? emptySectionNamed(doc, named2) : void 0;
  if (empty) return { kind: "new-list", ...empty, like: largest };
  if (options.section && hasSections(confident)) return bySection(confident, options.section);
  const ambiguous = ambiguousTie(confident);
  if (ambiguous) return { kind: "refuse", code: "no-container", reason: ambiguous };
  if (insideGeneratedRegion(doc, largest))
    return {
      kind: "refuse",
      code: "generated",
      reason: "the adopters list in this file sits in a region a script writes (its comment says it is generated); add the adopter to the data the script reads"
    };
  const chosen = defaultGroup(largest, options.description);
  const notes = [taken, kinds?.note, groupNote(largest, chosen, options.section)].filter(Boolean);
  const note = notes.length ? notes.join("; ") : void 0;
  return { kind: "container", container: largest, group: chosen?.group, note, runnerUp };
}
function listIntroducedAsAdopters(confident) {
  const [largest] = confident;
  const introNames = (c) => c.intro !== void 0 && NAMES_ADOPTERS.test(c.intro);
  if (!largest || largest.intro === void 0 || introNames(largest)) return void 0;
  return confident.find((c) => c.section === largest.section && introNames(c) && realEntries(c).length >= 2);
}
function ambiguousTie(confident) {
  const size = realEntries(confident[0]).length;
  const tied = confident.filter((c) => realEntries(c).length === size);
  if (size > 2 || tied.length < 4) return void 0;
  return `${tied.length} lists of ${size} entr${size === 1 ? "y" : "ies"} each and none larger (the first at line ${confident[0].entries[0].startLine}): none reads as the adopters list; give --section or mark the list with <!-- adopters:start --> and <!-- adopters:end -->`;
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
  LEFT_OUT,
  renderEntry,
  showsAll,
  renderFromExample,
  renderFromExampleRow,
  ADOPTERS_FOLDERS,
  isAdoptersCandidate,
  isDataPath,
  selectPlacement
};
