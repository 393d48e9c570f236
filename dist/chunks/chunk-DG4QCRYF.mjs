import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  $ZodObject,
  $ZodOptional,
  $ZodPipe,
  $ZodString,
  $ZodTransform,
  $ZodType,
  $constructor,
  NEVER,
  _string,
  clone,
  config,
  installLazyProp,
  normalizeParams,
  own,
  parse,
  parseAsync,
  pick,
  safeParse,
  safeParseAsync
} from "./chunk-IHJI3L74.mjs";
import {
  findForbiddenCodePoints,
  findSpoofingLabel,
  trimCharacters
} from "./chunk-DANKY33K.mjs";
import {
  require_cjs
} from "./chunk-44PB6AW2.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function pick2(schema, mask) {
  return pick(schema, mask);
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}

// src/submission/contact-rules.ts
var HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var EXAMPLE = "for example octocat";
function checkGitHubHandle(raw) {
  const typed = raw.trim();
  const handle = typed.startsWith("@") ? typed.slice(1) : typed;
  if (HANDLE.test(handle)) return { ok: true, handle };
  if (/^https?:\/\//i.test(handle)) {
    return { ok: false, message: `is a web address; give only the GitHub handle (${EXAMPLE}).` };
  }
  if (handle.includes("@")) {
    return { ok: false, message: `looks like an e-mail address; give a GitHub handle instead (${EXAMPLE}).` };
  }
  if (handle.length > 39) {
    return { ok: false, message: `is ${handle.length} characters long; GitHub handles have at most 39.` };
  }
  return {
    ok: false,
    message: `is not a GitHub handle: use letters, digits and single hyphens, not at the start or end (${EXAMPLE}).`
  };
}

// src/submission/form-fields.ts
var SUBMISSION_FIELDS = ["name", "website", "description", "section", "logo", "contact", "consent"];
var DEFAULT_FIELD_LABELS = {
  name: "Organization name",
  website: "Website",
  description: "How do you use the project?",
  section: "Adopter type",
  logo: "Logo URL",
  contact: "GitHub handle of a contact",
  consent: "Consent"
};
var CHANGE_FIELDS = [
  "entry",
  "request",
  "name",
  "website",
  "description",
  "logo",
  "reason",
  "consent"
];
var DEFAULT_CHANGE_LABELS = {
  entry: "Organization as listed",
  request: "Request",
  name: "New organization name",
  website: "New website",
  description: "New description",
  logo: "New logo URL",
  reason: "Reason",
  consent: "Consent"
};
var FORM_LABEL = "Issue form";

// src/submission/markup-rules.ts
var INLINE_RULES = [
  {
    test: /<[A-Za-z/!?]/,
    message: "contains HTML ('<' followed by a letter, '/', '!' or '?'); remove it \u2014 the text is shown exactly as written, never as HTML."
  },
  {
    test: /\]\(|\]\[|!\[|\]:/,
    message: "contains Markdown link or image syntax ('](', '][', '![' or ']:'); write plain text \u2014 the website has its own field."
  },
  {
    test: /\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b(?:javascript|vbscript|data|file|mailto|xmpp):/i,
    message: "contains a web address, which GitHub would turn into a link; remove it \u2014 the website has its own field."
  },
  {
    test: /@[\p{L}\p{N}]/u,
    message: "contains '@' followed by a letter or digit, which GitHub turns into a mention of a user or team (or an e-mail link); remove the '@'."
  },
  {
    test: /#\d|\bGH-\d/i,
    message: "contains '#' (or 'GH-') followed by a digit, which GitHub turns into a link to an issue or pull request; remove the '#' (for example write 'No. 1' instead of '#1')."
  },
  {
    // Named references have two letters or more (`&lt;`), so "R&D;" is left alone.
    test: /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i,
    message: "contains an HTML character reference ('&\u2026;'), which displays as another character; type the character itself (for example '&' instead of '&amp;')."
  },
  {
    test: /(?<!:):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?!:)/i,
    message: "contains an emoji code (':name:'), which GitHub replaces with a picture; remove the colons."
  }
];
var WORKFLOW_COMMAND = "'::', which GitHub Actions reads as a workflow command";
var LEGACY_COMMAND = "contains '##' followed by '[', which GitHub Actions reads as a workflow command wherever it appears in a line of a log; remove it.";
function blockStart(line) {
  const ordered = /^\d{1,9}[.)](?=\s|$)/.exec(line);
  if (ordered) return { token: ordered[0], what: "a numbered list" };
  if (line.startsWith("```") || line.startsWith("~~~")) return { token: line.slice(0, 3), what: "a code fence" };
  const first = line.charAt(0);
  const what = {
    "#": "a heading",
    ">": "a quote",
    "|": "a table row",
    "=": "a heading underline",
    "-": "a list item or a heading underline",
    "+": "a list item",
    "*": "a list item or emphasis"
  };
  return what[first] === void 0 ? void 0 : { token: first, what: what[first] };
}
function findMarkupProblems(text, context) {
  const problems = INLINE_RULES.filter((rule) => rule.test.test(text)).map((rule) => rule.message);
  if (text.includes("##[")) problems.push(LEGACY_COMMAND);
  if (context === "name") {
    if (text.includes("::")) problems.push(`contains ${WORKFLOW_COMMAND}; remove it.`);
    const start = blockStart(text);
    if (start) {
      problems.push(`starts with '${start.token}', which Markdown reads as ${start.what}; start with the name itself.`);
    }
    return problems;
  }
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const where = lines.length > 1 ? `line ${index + 1} ` : "";
    if (line.startsWith("::")) problems.push(`${where}starts with ${WORKFLOW_COMMAND}; remove it.`);
    const start = blockStart(line);
    if (start === void 0) return;
    problems.push(
      `${where}starts with '${start.token}', which Markdown reads as ${start.what}; write one paragraph of plain text.`
    );
  });
  return problems;
}

// src/submission/text-rules.ts
var TEXT_LIMITS = { name: 100, description: 1e3 };
var SPACES = /(?!\u3000)\p{Zs}/gu;
function checkText(raw, kind, limit = TEXT_LIMITS[kind]) {
  const multiline = kind === "description";
  const input = multiline ? raw.replace(/\r\n?/g, "\n") : raw;
  const problems = findForbiddenCodePoints(input, { allowLineFeed: multiline });
  const lines = input.normalize("NFC").split("\n").map((line) => trimCharacters(line.replace(SPACES, " ").replace(/ {2,}/g, " "), " \u3000"));
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.includes("")) {
    problems.push("has more than one paragraph (a blank line); write a single paragraph.");
  }
  const value = lines.filter((line) => line !== "").join(" ");
  const length = [...value].length;
  if (length > limit) {
    problems.push(`is ${length} characters long; the limit is ${limit}. Shorten it.`);
    return { ok: false, problems };
  }
  if (/^\p{M}/u.test(value)) {
    problems.push("starts with a combining mark, which would attach to the character before it; remove it.");
  }
  if (/\p{M}{5}/u.test(value)) {
    problems.push("stacks five or more combining marks on one character; remove the extra marks.");
  }
  problems.push(...findMarkupProblems(multiline ? lines.join("\n") : value, kind));
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

// src/submission/url-rules.ts
var import_tldts = __toESM(require_cjs(), 1);
import { domainToUnicode } from "node:url";
var URL_MAX_LENGTH = 2048;
var TEST_TLDS = /* @__PURE__ */ new Set(["example", "test", "invalid"]);
var PRIVATE_TLDS = /* @__PURE__ */ new Set(["localhost", "local", "internal", "onion", "alt", "lan", "home", "corp", "intranet"]);
function checkUrl(raw, options = {}) {
  const typed = trimCharacters(raw, " 	");
  const fail = (message) => ({ ok: false, message });
  if (typed.length > URL_MAX_LENGTH) return fail(`is ${typed.length} characters long; the limit is ${URL_MAX_LENGTH}.`);
  const [invisible] = findForbiddenCodePoints(typed);
  if (invisible !== void 0) return fail(invisible);
  if (/\s/u.test(typed)) return fail("contains a space; a web address has none \u2014 copy it from your browser.");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(typed)?.[1]?.toLowerCase();
  const allowed = options.allowHttp ? ["https", "http"] : ["https"];
  if (scheme === void 0)
    return fail("must be a full web address starting with https:// (for example https://example.org).");
  if (!allowed.includes(scheme)) {
    if (scheme === "http") return fail("uses http://; give the https:// address of the site.");
    const shown = scheme.length <= 20 ? ` '${scheme}:'` : "";
    return fail(`uses the${shown} scheme; only https:// web addresses are accepted.`);
  }
  if (typed.includes("\\")) return fail("contains a backslash ('\\'); use '/' in web addresses.");
  const parts = /^[A-Za-z0-9+.-]+:\/\/([^/?#]*)(.*)$/s.exec(typed);
  if (parts === null) return fail(`must start with '${scheme}://' (with two slashes).`);
  const authority = parts[1] ?? "";
  const rest = parts[2] ?? "";
  if (authority.includes("@"))
    return fail("contains a user name or password (text before '@' in the address); remove it.");
  let url;
  try {
    url = new URL(typed);
  } catch {
    return fail("is not a valid web address; copy it from your browser.");
  }
  if (url.port !== "") return fail(`uses port ${url.port}; only the standard port is allowed \u2014 remove ':${url.port}'.`);
  const hostProblem = checkHostname(url.hostname, options);
  if (hostProblem !== void 0) return fail(hostProblem);
  if (canonicalText(scheme, authority, rest, url) !== url.href) {
    return fail(
      "is not written the way browsers read it (for example it has '..' segments or encoded characters in the host); copy the address from your browser."
    );
  }
  return { ok: true, url: rest === "" ? url.href.slice(0, -1) : url.href };
}
function checkHostname(hostname, options) {
  const useName = "use the organization's domain name";
  if (hostname.startsWith("[") || /^\d+(?:\.\d+){3}$/.test(hostname) || (0, import_tldts.parse)(hostname).isIp) {
    return `uses an IP address; ${useName}.`;
  }
  if (hostname.endsWith(".")) return "ends with a dot after the domain name; remove it.";
  const labels = hostname.split(".");
  if (labels.some((label) => label === "")) return "has an empty part in the domain name (two dots in a row).";
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length < 2) return `has no domain (a single name such as 'localhost' or 'intranet'); ${useName}.`;
  if (PRIVATE_TLDS.has(tld) || hostname.endsWith(".home.arpa")) {
    return `uses the private or reserved domain '.${tld === "arpa" ? "home.arpa" : tld}', which is not reachable on the internet; ${useName}.`;
  }
  const testDomain = options.allowReservedTestDomains === true && TEST_TLDS.has(tld);
  if (TEST_TLDS.has(tld) && !testDomain) return `uses the reserved test domain '.${tld}'; ${useName}.`;
  if (!testDomain) {
    const domain = (0, import_tldts.parse)(hostname, { allowPrivateDomains: true });
    if (!domain.isIcann && !domain.isPrivate) {
      return "does not end in a known public domain suffix (such as .com, .org or .de); check the address.";
    }
    if (domain.domain === null) return `is a public domain suffix, not a site; ${useName}.`;
  }
  const spoof = findSpoofingLabel(hostname);
  if (spoof?.kind === "mixed") {
    return `mixes ${spoof.scripts.join(" and ")} letters in one part of the domain name, a trick used to imitate other sites; check the address.`;
  }
  if (spoof?.kind === "whole-script") {
    return `is written in ${spoof.script} letters that imitate Latin ones, a trick used to imitate other sites; check the address.`;
  }
  return void 0;
}
function canonicalText(scheme, authority, rest, url) {
  const defaultPort = scheme === "https" ? ":443" : ":80";
  const host = authority.endsWith(defaultPort) ? authority.slice(0, -defaultPort.length) : authority;
  const lower = host.toLowerCase();
  let canonicalHost = lower;
  if (!/^[ -~]*$/.test(lower)) {
    if (lower.normalize("NFC") !== domainToUnicode(url.hostname)) return void 0;
    canonicalHost = url.hostname;
  }
  const encodedRest = rest.replace(/[^ -~]/gu, (char) => encodeURIComponent(char));
  const path = encodedRest.startsWith("/") ? encodedRest : `/${encodedRest}`;
  return `${scheme}://${canonicalHost}${path}`;
}

// src/submission/validate-entry.ts
config({ jitless: true });
var MADE = /* @__PURE__ */ new WeakSet();
function isValidEntry(value) {
  return typeof value === "object" && value !== null && MADE.has(value);
}
function ruled(rule) {
  return pipe(
    string({ error: "must be text." }),
    transform((value, ctx) => {
      const result = rule(value);
      if (result.ok) return result.value;
      for (const message of result.problems) ctx.issues.push({ code: "custom", message, input: value });
      return NEVER;
    })
  );
}
function fromCheck(check) {
  return check.ok ? check : { ok: false, problems: [check.message] };
}
function optional2(schema) {
  return pipe(
    transform((value) => typeof value === "string" && value.trim() === "" ? void 0 : value),
    optional(schema)
  );
}
function buildSchema(options) {
  const url = (value) => {
    const check = checkUrl(value, { allowReservedTestDomains: options.allowReservedTestDomains });
    return fromCheck(check.ok ? { ok: true, value: check.url } : check);
  };
  const section = (value) => {
    const allowed = options.sectionOptions;
    if (allowed === void 0 || allowed.length === 0) return checkText(value, "name", TEXT_LIMITS.name);
    const key = sectionKey(value);
    const match = allowed.find((option) => sectionKey(option) === key);
    if (match !== void 0) return { ok: true, value: match };
    const list = allowed.length <= 12 ? ` (${allowed.join(", ")})` : "";
    return { ok: false, problems: [`is not one of this project's choices${list}; choose one of them.`] };
  };
  return object({
    name: optional2(ruled((value) => checkText(value, "name"))),
    website: optional2(ruled(url)),
    description: optional2(ruled((value) => checkText(value, "description"))),
    section: optional2(ruled(section)),
    logo: optional2(ruled(url)),
    contact: optional2(
      ruled((value) => {
        const check = checkGitHubHandle(value);
        return fromCheck(check.ok ? { ok: true, value: check.handle } : check);
      })
    )
  });
}
function isBlank(value) {
  return value === void 0 || typeof value === "string" && value.trim() === "";
}
function sectionKey(text) {
  return text.normalize("NFC").trim().replace(/\s+/gu, " ").replace(/,\s*/g, ", ").toLowerCase();
}
function sortFieldErrors(errors) {
  const order = (error) => SUBMISSION_FIELDS.indexOf(error.field);
  return [...errors].sort((a, b) => order(a) - order(b));
}
function validateEntry(fields, options = {}) {
  const labels = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const errors = [];
  const add = (field, message) => errors.push({ field, label: labels[field], message });
  const parsed = buildSchema(options).safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && SUBMISSION_FIELDS.includes(field)) {
        add(field, issue.message);
      }
    }
  }
  if (isBlank(fields.name)) {
    add("name", "is required; enter the organization's name as it should appear in the list.");
  }
  if ((options.requireWebsite ?? true) && isBlank(fields.website)) {
    add("website", "is required; enter the organization's website, starting with https://.");
  }
  if (options.requireSection && isBlank(fields.section)) {
    const list = options.sectionOptions?.length ? ` (${options.sectionOptions.join(", ")})` : "";
    add("section", `is required for this project; choose one${list}.`);
  }
  const data = parsed.success ? parsed.data : void 0;
  if (errors.length > 0 || data?.name === void 0) return { ok: false, errors: sortFieldErrors(errors) };
  const values = { name: data.name };
  if (data.website !== void 0) values.url = data.website;
  if (data.description !== void 0) values.description = data.description;
  if (data.section !== void 0) values.section = data.section;
  if (data.logo !== void 0) values.logo = data.logo;
  if (data.contact !== void 0) values.contact = data.contact;
  const entry = Object.freeze(values);
  MADE.add(entry);
  return { ok: true, entry };
}
var CHANGE_VALUE_FIELDS = ["name", "website", "description", "logo"];
function isValidEntryChanges(value) {
  return typeof value === "object" && value !== null && MADE.has(value);
}
function validateEntryChanges(values, options = {}) {
  const labels = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const parsed = pick2(buildSchema(options), { name: true, website: true, description: true, logo: true }).safeParse(values);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      const field = issue.path[0];
      return CHANGE_VALUE_FIELDS.includes(field) ? [{ field, label: labels[field], message: issue.message }] : [];
    });
    return { ok: false, errors: sortFieldErrors(errors) };
  }
  const { name, website, description, logo } = parsed.data;
  const changes = {};
  if (name !== void 0) changes.name = name;
  if (website !== void 0) changes.url = website;
  if (description !== void 0) changes.description = description;
  if (logo !== void 0) changes.logo = logo;
  const made = Object.freeze(changes);
  MADE.add(made);
  return { ok: true, changes: made };
}

export {
  SUBMISSION_FIELDS,
  DEFAULT_FIELD_LABELS,
  CHANGE_FIELDS,
  DEFAULT_CHANGE_LABELS,
  FORM_LABEL,
  checkText,
  isValidEntry,
  sortFieldErrors,
  validateEntry,
  CHANGE_VALUE_FIELDS,
  isValidEntryChanges,
  validateEntryChanges
};
