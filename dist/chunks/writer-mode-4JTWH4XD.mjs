import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PullRequestCreationForbidden,
  bindMethods
} from "./chunk-OFS7B2FQ.mjs";
import {
  COMMENT_MARKER,
  DEFAULT_CHANGE_FORM,
  DEFAULT_ISSUE_FORM,
  branchFor,
  findStickyComment,
  insertIntoFile,
  isAdopterSubmission,
  isChangeRequest,
  issueOfBranch,
  otherMarkupReason,
  readChangeRequest,
  readPrMarker,
  readSubmission,
  renderPrMarker
} from "./chunk-MB6K5WLX.mjs";
import "./chunk-DG4QCRYF.mjs";
import {
  createTwoFilesPatch,
  isNearMiss
} from "./chunk-O7ULASFS.mjs";
import {
  dataFormatOf,
  dataOptions,
  fileForSection,
  fileOptionsFrom
} from "./chunk-DA2UVFER.mjs";
import {
  ConfigurationError,
  fileUrl,
  upsertStickyComment
} from "./chunk-BJABSIHD.mjs";
import "./chunk-IHJI3L74.mjs";
import {
  require_dist
} from "./chunk-MBI4ZK2B.mjs";
import "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/workflows/authorize.ts
var RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
async function authorize(ctx, actor, issueAuthor) {
  const s = ctx.settings;
  const isBot = actor.type === "Bot" || actor.login.endsWith("[bot]");
  if (actor.login === s["bot-login"]) return { ok: false, reason: "the bot does not approve its own work" };
  if (isBot && !s["approver-bots"].includes(actor.login)) {
    return { ok: false, reason: "bots are not approvers unless listed in the approver-bots setting" };
  }
  if (actor.login.toLowerCase() === issueAuthor.toLowerCase() && !s["allow-self-approval"]) {
    return { ok: false, reason: "the author of a submission cannot approve it" };
  }
  const { level, role } = await ctx.ports.permissions.levelOf(actor.login);
  const needed = s["approver-permission"];
  if (RANK[level] < RANK[needed]) {
    return {
      ok: false,
      reason: `approving needs the ${needed} permission on this repository; the labeler has ${role === "none" ? "none" : `the ${role} role`}`
    };
  }
  return { ok: true };
}
async function overrideCounts(ctx, issue) {
  const label = ctx.settings["label-override"];
  if (!issue.labels.includes(label)) return false;
  const actor = await ctx.ports.issues.labelActor(issue.number, label);
  return Boolean(actor && (await authorize(ctx, actor, issue.author)).ok);
}

// src/workflows/messages.ts
function codeBlock(text, lang = "") {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text.replace(/\r\n/g, "\n")}
${fence}`;
}
function inert(text) {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, " ").replace(/[\\`*_[\]<>~|!]/g, "\\$&").replace(/&/g, "&amp;").replace(/[@#]/g, "$&\u200B");
}
function inlineCode(text) {
  const value = text.replace(/[\r\n\u2028\u2029\u0085]+/g, " ");
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function hunkOf(diff) {
  return diff.split("\n").filter((l) => !l.startsWith("--- ") && !l.startsWith("+++ ") && !l.startsWith("\\ No newline")).join("\n").trim();
}
function describePreview(f) {
  const file = `[${inlineCode(f.file)}](${f.fileUrl})`;
  const what = f.what;
  if (what.kind === "update") {
    const moved = what.moved ? ", and moves it to its alphabetical place" : "";
    return ["### \u2705 Your change is ready for review", `It changes the entry at line ${f.line} of ${file}${moved}:`];
  }
  if (what.kind === "remove") {
    return ["### \u2705 Your request is ready for review", `It removes the entry at line ${f.line} of ${file}:`];
  }
  const where = what.section ? ` in the section \u201C${inert(what.section)}\u201D` : "";
  const order = what.order === "alphabetical" ? "in alphabetical order" : what.newestFirst ? "before the first entry, as the file keeps the newest first" : "after the last entry, as the file keeps them in order of addition";
  return [
    "### \u2705 Thank you! Your entry is ready for review",
    `It goes into ${file} at line ${f.line}${where}, ${order}:`
  ];
}
function previewComment(f) {
  const [title, sentence] = describePreview(f);
  const reason = f.what.kind !== "add" && f.what.reason ? [`**Reason given:** ${inert(f.what.reason)}`, ""] : [];
  const lines = [
    COMMENT_MARKER,
    ...f.notice ? [f.notice, ""] : [],
    title,
    "",
    sentence,
    "",
    codeBlock(f.hunk, "diff"),
    "",
    ...reason
  ];
  if (f.warnings.length) {
    lines.push("**Notes for the maintainers**", "", ...f.warnings.map((w) => `- ${inert(w)}`), "");
  }
  if (f.needsReview) {
    lines.push(
      `\u26A0\uFE0F A maintainer needs to look at this before it can be approved (see the notes above); they add ${inlineCode(f.overrideLabel)} to accept it.`,
      ""
    );
  }
  lines.push(
    f.pull ? `Pull request: #${f.pull.number}. A maintainer approves it by adding the ${inlineCode(f.approveLabel)} label.` : "The pull request will be opened shortly.",
    "",
    f.what.kind === "add" ? "<sub>To change the entry, edit the issue: the bot checks it again and updates the pull request.</sub>" : "<sub>To change the request, edit the issue: the bot checks it again and updates the pull request.</sub>"
  );
  return lines.join("\n");
}
var MAX_LISTED_ERRORS = 20;
function errorsComment(errors, formLabel) {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errors.length - listed.length;
  return [
    COMMENT_MARKER,
    "### \u270B A few things to fix before your entry can be added",
    "",
    ...listed.map((e) => `- **${inert(e.label ?? e.field ?? formLabel)}**: ${inert(e.message)}`),
    ...more > 0 ? [`- \u2026and ${more} more like these; fix the ones above and the bot lists what is left.`] : [],
    "",
    "Edit the issue (the **\u22EF** menu \u2192 **Edit**) and the bot will check it again."
  ].join("\n");
}
function refusalComment(reason, link) {
  return [
    COMMENT_MARKER,
    "### \u270B This entry cannot be added as it is",
    "",
    `${inert(reason)}${link ? ` \u2014 see [${inert(link.text)}](${link.url})` : ""}.`,
    "",
    "If this is a mistake, edit the issue or ask a maintainer."
  ].join("\n");
}
function forbiddenComment() {
  return [
    COMMENT_MARKER,
    "### \u23F3 Valid \u2014 waiting for a maintainer",
    "",
    "The entry is valid, but the bot is not allowed to open pull requests in this repository.",
    "A maintainer can fix that in **Settings \u2192 Actions \u2192 General \u2192 Workflow permissions** by ticking",
    "\u201CAllow GitHub Actions to create and approve pull requests\u201D, or by giving the workflow a GitHub App",
    "token or a personal access token (the `token` input). The bot will then open the pull request on",
    "the next run (edit the issue or re-run the workflow)."
  ].join("\n");
}
function quietLogin(login) {
  return `\`${login.replace(/`/g, "")}\``;
}
function closingComment(kind, detail, request = "add") {
  const title = kind === "merged" ? request === "add" ? "### \u{1F389} Added \u2014 thank you!" : "### \u{1F389} Done \u2014 thank you!" : kind === "rejected" ? request === "add" ? "### Not added" : "### Not changed" : "### Withdrawn";
  return [COMMENT_MARKER, title, "", detail].join("\n");
}
function completedComment(asked, file, closest) {
  const names = closest.map((c) => `\u201C${inert(c.name)}\u201D (line ${c.line})`).join(", ");
  return [
    COMMENT_MARKER,
    "### \u2705 Nothing left to remove",
    "",
    `No entry named \u201C${inert(asked)}\u201D is listed in ${inlineCode(file)} (it may have been removed already), so there is nothing to do and this issue is closed as completed.`,
    ...names ? [
      "",
      `If you meant another entry (the closest listed names are ${names}), reopen this issue with the name as it is listed.`
    ] : []
  ].join("\n");
}
function pullBody(args) {
  const why = args.why ? [
    "**Why here**",
    "",
    `- List: ${inert(args.why.container)}${args.why.runnerUp ? ` (next best: ${inert(args.why.runnerUp)})` : ""}`,
    `- Order: ${inert(args.why.order)}`,
    ...args.why.sibling ? [`- Shape: ${inert(args.why.sibling)}`] : [],
    ""
  ] : [];
  return requestBody(
    `Adds **${inert(args.name)}** to ${inlineCode(args.file)}, as submitted in #${args.issue}.`,
    args,
    why
  );
}
function changePullBody(args) {
  const what = args.kind === "update" ? `Updates **${inert(args.name)}** in ${inlineCode(args.file)}` : `Removes **${inert(args.name)}** from ${inlineCode(args.file)}`;
  const reason = args.reason ? [`**Reason given:** ${inert(args.reason)}`, ""] : [];
  return requestBody(`${what}, as requested in #${args.issue}.`, args, reason);
}
function requestBody(lead, args, extra) {
  return [
    lead,
    "",
    codeBlock(args.hunk, "diff"),
    "",
    ...extra,
    "Maintainers: add the approval label to the issue or to this pull request to merge it, or the rejection label to close it.",
    "",
    `Closes #${args.issue}`,
    "",
    args.marker
  ].join("\n");
}

// src/workflows/proposal.ts
var import_yaml = __toESM(require_dist(), 1);

// src/text/unified-diff.ts
var CONTEXT = 3;
var MARGIN = 20;
function unifiedDiff(file, before, after) {
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const skip = Math.max(0, head - CONTEXT - MARGIN);
  const cut = Math.max(0, tail - CONTEXT - MARGIN);
  if (skip === 0 && cut === 0) return patchOf(file, before, after, 0);
  const kept = a.length - skip - cut;
  const patch = patchOf(file, a.slice(skip, a.length - cut).join(""), b.slice(skip, b.length - cut).join(""), skip);
  const reachesCut = hunks(patch).some(
    (h) => skip > 0 && h.from - skip <= 1 || cut > 0 && h.from - skip + h.count - 1 >= kept
  );
  return reachesCut ? patchOf(file, before, after, 0) : patch;
}
function patchOf(file, before, after, skip) {
  const name = file.replace(/^\.?\//, "");
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, void 0, void 0, {
    context: CONTEXT
  });
  return patch.replace(/^=+\r?\n/, "").replace(
    HUNK,
    (_, from, fromCount = "", to, toCount = "") => `@@ -${Number(from) + skip}${fromCount} +${Number(to) + skip}${toCount} @@`
  );
}
var HUNK = /^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@/gm;
function hunks(patch) {
  return [...patch.matchAll(HUNK)].map((m) => ({
    from: Number(m[1]),
    count: m[2] === void 0 ? 1 : Number(m[2].slice(1))
  }));
}
function linesOf(text) {
  return text.split(/(?<=\n)/);
}

// src/adopters-file/change.ts
async function changeFile(path, source, change, options = {}) {
  const format = dataFormatOf(path);
  if (!format) {
    const other = otherMarkupReason(path, source);
    if (other) return { ok: false, code: "unsupported", reason: other };
    if (change.kind === "remove")
      return (await import("./remove-adopter-BJPA5MYA.mjs")).removeAdopter(source, change.entry);
    return (await import("./update-adopter-XPAJRROD.mjs")).updateAdopter(source, change.entry, change.changes);
  }
  const result = change.kind === "update" ? (await import("./update-data-entry-WLXFNF4D.mjs")).updateDataEntry(
    source,
    format,
    change.entry,
    change.changes,
    dataOptions(options)
  ) : (await import("./remove-data-entry-UTPZQBWB.mjs")).removeDataEntry(
    source,
    format,
    change.entry,
    dataOptions(options)
  );
  return result.ok ? { ...result, name: change.entry, previous: "", flags: [] } : result;
}

// src/workflows/content-hash.ts
import { createHash } from "node:crypto";
function contentHash(submission, entry) {
  const fields = [
    submission.name,
    submission.url,
    submission.description ?? "",
    submission.section ?? "",
    submission.logo ?? "",
    submission.contact ?? ""
  ];
  return createHash("sha256").update(JSON.stringify([fields, entry.replace(/\r\n/g, "\n")])).digest("hex");
}
function changeHash(request, previous, entry) {
  const values = request.kind === "update" ? [
    request.changes.name ?? "",
    request.changes.url ?? "",
    request.changes.description ?? "",
    request.changes.logo ?? ""
  ] : [];
  const fields = [request.kind, request.entry, ...values, request.reason ?? ""];
  const texts = [previous, entry ?? ""].map((t) => t.replace(/\r\n/g, "\n"));
  return createHash("sha256").update(JSON.stringify([fields, texts])).digest("hex");
}

// src/workflows/proposal-parts.ts
async function readBase(ctx) {
  const { repo, reporter } = ctx.ports;
  const base = await repo.defaultBranch();
  const tip = await repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the default branch ${base} does not exist`);
  return {
    base,
    tip,
    // Files are read at one commit of the default branch: what a maintainer reviewed, never a PR's copy.
    read: async (path) => {
      const source = await repo.readFile(path, tip.sha);
      if (source === void 0) throw new ConfigurationError(`the adopters file ${path} is not on the branch ${base}`);
      return source;
    },
    readForm: async (form, fallback, warn = true) => {
      const text = await repo.readFile(form, tip.sha);
      if (text !== void 0) return text;
      if (warn) reporter.warning(`The issue form ${form} is not on ${base}; using the default form's fields.`);
      return fallback;
    }
  };
}
function openDuplicate(ctx, issue, openPulls, name) {
  return openPulls.find(
    (p) => p.headRef !== branchFor(issue) && readPrMarker(p, ctx.settings["bot-login"])?.name === name
  );
}
function duplicateRefusal(pull) {
  const reason = "This organization is already proposed in another pull request";
  return {
    kind: "invalid",
    comment: refusalComment(reason, { text: `#${pull.number}`, url: pull.url }),
    why: "duplicate of an open pull request"
  };
}
function invalidForm(read) {
  const errors = read.reason === "invalid" ? read.errors : [{ field: "form", label: "Issue form", message: read.message }];
  return {
    kind: "invalid",
    comment: errorsComment(errors, "Issue form"),
    why: `${errors.length} problem(s) in the form`
  };
}

// src/workflows/change-proposal.ts
function alreadyRemoved(ctx, issue, openPulls, refusal, asked) {
  const s = ctx.settings;
  const hadPull = issue.labels.includes(s["label-pr-open"]) || openPulls.some((p) => p.headRef === branchFor(issue.number) && p.author === s["bot-login"]);
  return hadPull || !(refusal.closest ?? []).some((c) => isNearMiss(asked, c.name));
}
function refused(ctx, issue, openPulls, at, request, refusal) {
  const path = ctx.settings["adopters-file"];
  if (refusal.code === "not-found" && request.kind === "remove" && alreadyRemoved(ctx, issue, openPulls, refusal, request.entry)) {
    return {
      kind: "completed",
      comment: completedComment(request.entry, path, refusal.closest ?? []),
      why: "the entry is not listed"
    };
  }
  const line = refusal.line ?? refusal.lines?.[0];
  const link = line ? { text: `${path} line ${line}`, url: fileUrl(ctx, at.base, path, line) } : void 0;
  const verb = request.kind === "update" ? "update this entry" : "remove this entry";
  return {
    kind: "invalid",
    comment: refusalComment(`The bot cannot ${verb}: ${refusal.reason}`, link),
    why: refusal.code
  };
}
async function prepareChange(ctx, issue, openPulls, at, form) {
  const s = ctx.settings;
  const map = s["change-field-map"];
  const fieldMap = Object.keys(map).length ? map : void 0;
  const read = readChangeRequest(issue.body, form, { fieldMap });
  if (!read.ok) return invalidForm(read);
  const request = read.request;
  const path = s["adopters-file"];
  const source = await at.read(path);
  const result = await changeFile(path, source, request, fileOptionsFrom(s));
  if (!result.ok) return refused(ctx, issue, openPulls, at, request, result);
  const name = normalizeOrganizationName(result.name);
  const duplicate = openDuplicate(ctx, issue.number, openPulls, name);
  if (duplicate) return duplicateRefusal(duplicate);
  const hash = changeHash(request, result.previous, result.entry);
  const hunk = hunkOf(unifiedDiff(path, source, result.content));
  const update = request.kind === "update";
  return {
    kind: "ready",
    content: result.content,
    hash,
    hunk,
    base: at.base,
    tip: at.tip,
    path,
    title: update ? `Update ${result.name} in ${path}` : `Remove ${result.name} from ${path}`,
    body: changePullBody({
      issue: issue.number,
      kind: request.kind,
      name: result.name,
      file: path,
      hunk,
      reason: request.reason,
      marker: renderPrMarker({ issue: issue.number, hash, name, request: request.kind })
    }),
    line: result.line,
    preview: { kind: request.kind, moved: result.moved, reason: request.reason },
    warnings: result.warnings,
    flags: result.flags,
    done: update ? "Updated in" : "Removed from"
  };
}

// src/workflows/proposal.ts
function checkFormLabels(template, ctx, path = ctx.settings["issue-form"]) {
  const form = (0, import_yaml.parse)(template);
  const labels = Array.isArray(form?.labels) ? form.labels.map(String) : typeof form?.labels === "string" ? form.labels.split(",").map((l) => l.trim()) : [];
  for (const key of ["label-approved", "label-override", "label-rejected"]) {
    if (labels.includes(ctx.settings[key])) {
      throw new ConfigurationError(
        `the issue form ${path} applies the label "${ctx.settings[key]}" (its labels: list), which would let anyone who files it decide; remove it from the form`
      );
    }
  }
}
function sectionFor(ctx, submission) {
  if (!submission.section) return void 0;
  const map = ctx.settings["section-map"];
  const key = Object.keys(map).find((k) => k.toLowerCase() === submission.section.toLowerCase());
  return key ? map[key] : submission.section;
}
async function prepareProposal(ctx, issue, openPulls) {
  const s = ctx.settings;
  const at = await readBase(ctx);
  const changeLabelled = issue.labels.includes(s["label-adopter-change"]);
  if (changeLabelled || !issue.labels.includes(s["label-adopter"])) {
    const form = await at.readForm(s["change-form"], DEFAULT_CHANGE_FORM, changeLabelled);
    checkFormLabels(form, ctx, s["change-form"]);
    if (isChangeRequest(issue.body, issue.labels, { routingLabel: s["label-adopter-change"], template: form }))
      return prepareChange(ctx, issue, openPulls, at, form);
  }
  const template = await at.readForm(s["issue-form"], DEFAULT_ISSUE_FORM);
  checkFormLabels(template, ctx);
  if (!isAdopterSubmission(issue.body, issue.labels, { routingLabel: s["label-adopter"], template })) {
    return { kind: "ignored", why: "not an adopter submission" };
  }
  const fieldMap = Object.keys(s["field-map"]).length ? s["field-map"] : void 0;
  const read = readSubmission(issue.body, template, { fieldMap });
  if (!read.ok) return invalidForm(read);
  const submission = read.submission;
  const name = normalizeOrganizationName(submission.name);
  const duplicate = openDuplicate(ctx, issue.number, openPulls, name);
  if (duplicate) return duplicateRefusal(duplicate);
  const section = sectionFor(ctx, submission);
  const path = fileForSection(s, submission.section);
  const source = await at.read(path);
  const inFile = path === s["adopters-file"] ? section : void 0;
  const result = await insertIntoFile(path, source, submission, fileOptionsFrom(s, inFile));
  if (!result.ok) {
    const link = result.line ? { text: `${path} line ${result.line}`, url: fileUrl(ctx, at.base, path, result.line) } : void 0;
    return {
      kind: "invalid",
      comment: refusalComment(`The bot cannot add this entry: ${result.reason}`, link),
      why: result.code
    };
  }
  const hash = contentHash(submission, result.entry);
  const hunk = hunkOf(unifiedDiff(path, source, result.content));
  return {
    kind: "ready",
    content: result.content,
    hash,
    hunk,
    base: at.base,
    tip: at.tip,
    path,
    title: `Add ${submission.name} to adopters`,
    body: pullBody({
      issue: issue.number,
      name: submission.name,
      file: path,
      hunk,
      marker: renderPrMarker({ issue: issue.number, hash, name, request: "add" }),
      why: result.why
    }),
    line: result.line,
    preview: {
      kind: "add",
      section: result.section,
      order: result.order,
      ...result.newestFirst ? { newestFirst: true } : {}
    },
    warnings: result.warnings,
    flags: result.flags,
    done: "Added to"
  };
}

// src/workflows/intake.ts
function ownPull(ctx, pulls, issue) {
  return pulls.find((p) => p.headRef === branchFor(issue) && p.author === ctx.settings["bot-login"]);
}
async function runIntake(ctx, issueNumber, options = {}) {
  const issue = await ctx.ports.issues.get(issueNumber);
  const ignored = (why) => ({
    status: "ignored",
    issue: issueNumber,
    summary: `Issue #${issueNumber}: ${why}.`
  });
  if (!issue || issue.isPullRequest) return ignored("not an issue");
  if (issue.state === "closed" || issue.locked)
    return ignored(issue.locked ? "locked, left alone" : "closed, left alone");
  const pulls = options.openPulls ?? await ctx.ports.pulls.listOpen();
  const own = ownPull(ctx, pulls, issueNumber);
  const proposal = await prepareProposal(ctx, issue, pulls);
  if (proposal.kind === "ignored") return ignored(proposal.why);
  if (proposal.kind === "invalid") return rejectInvalid(ctx, issue, own, proposal.comment, proposal.why);
  if (proposal.kind === "completed") return closeCompleted(ctx, issue, own, proposal.comment, proposal.why);
  return applyProposal(ctx, issue, own, proposal, options);
}
async function closeCompleted(ctx, issue, own, comment, why) {
  const s = ctx.settings;
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s["bot-login"]));
  await closeOwnPull(ctx, own);
  await removeLabels(ctx, issue, [
    s["label-pr-open"],
    s["label-approved"],
    s["label-needs-changes"],
    s["label-needs-review"]
  ]);
  await ctx.ports.issues.close(issue.number, "completed");
  return {
    status: "completed",
    issue: issue.number,
    summary: `Issue #${issue.number}: nothing to do (${why}); closed.`
  };
}
async function closeOwnPull(ctx, own) {
  if (!own) return;
  await ctx.ports.pulls.update(own.number, { state: "closed" });
  await ctx.ports.repo.deleteBranch(own.headRef);
}
async function removeLabels(ctx, issue, labels) {
  for (const label of labels) if (issue.labels.includes(label)) await ctx.ports.issues.removeLabel(issue.number, label);
}
async function rejectInvalid(ctx, issue, own, comment, why) {
  const s = ctx.settings;
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s["bot-login"]));
  if (!issue.labels.includes(s["label-needs-changes"]))
    await ctx.ports.issues.addLabels(issue.number, [s["label-needs-changes"]]);
  await removeLabels(ctx, issue, [s["label-pr-open"], s["label-approved"], s["label-needs-review"]]);
  await closeOwnPull(ctx, own);
  return { status: "invalid", issue: issue.number, summary: `Issue #${issue.number}: invalid (${why}).` };
}
async function applyProposal(ctx, issue, own, p, options = {}) {
  const { repo, issues, pulls } = ctx.ports;
  const s = ctx.settings;
  const sameContent = own !== void 0 && readPrMarker(own, s["bot-login"])?.hash === p.hash;
  const stale = sameContent && (options.recommit === "always" || options.recommit === "if-stale" && await repo.parentOf(own.headSha) !== p.tip.sha);
  let status = "unchanged";
  let pull = own ? { number: own.number, url: own.url } : void 0;
  let head;
  if (!sameContent || stale) {
    const commit = await repo.commitFile({
      parent: p.tip.sha,
      parentTree: p.tip.tree,
      path: p.path,
      content: p.content,
      message: `${p.title}

Submitted in #${issue.number}.`
    });
    await repo.setBranch(branchFor(issue.number), commit);
    head = commit;
    if (own) {
      if (!sameContent) await pulls.update(own.number, { title: p.title, body: p.body });
      status = "pr-updated";
      if (!sameContent) await dropApproval(ctx, issue, own);
    } else {
      try {
        const created = await pulls.create({
          title: p.title,
          body: p.body,
          head: branchFor(issue.number),
          base: p.base
        });
        pull = { number: created.number, url: created.url };
        status = "pr-created";
      } catch (error) {
        if (!(error instanceof PullRequestCreationForbidden)) throw error;
        return prForbidden(ctx, issue);
      }
    }
  }
  const needsReview = p.flags.length > 0 && !await overrideCounts(ctx, issue);
  const comment = previewComment({
    file: p.path,
    fileUrl: fileUrl(ctx, p.base, p.path),
    line: p.line,
    what: p.preview,
    hunk: p.hunk,
    pull,
    approveLabel: s["label-approved"],
    warnings: p.warnings,
    needsReview,
    overrideLabel: s["label-override"],
    notice: options.notice
  });
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s["bot-login"]));
  const wanted = [s["label-pr-open"], ...needsReview ? [s["label-needs-review"]] : []].filter(
    (l) => !issue.labels.includes(l)
  );
  await issues.addLabels(issue.number, wanted);
  if (issue.labels.includes(s["label-needs-changes"])) await issues.removeLabel(issue.number, s["label-needs-changes"]);
  const verb = status === "pr-created" ? "opened" : status === "pr-updated" ? sameContent ? "moved onto the new base" : "updated" : "unchanged";
  return {
    status,
    issue: issue.number,
    pull,
    head,
    summary: `Issue #${issue.number}: pull request #${pull?.number ?? "?"} ${verb}.`
  };
}
async function dropApproval(ctx, issue, own) {
  const label = ctx.settings["label-approved"];
  if (issue.labels.includes(label)) await ctx.ports.issues.removeLabel(issue.number, label);
  if (own?.labels.includes(label)) await ctx.ports.issues.removeLabel(own.number, label);
}
async function prForbidden(ctx, issue) {
  await upsertStickyComment(
    ctx,
    issue.number,
    forbiddenComment(),
    (c) => findStickyComment(c, ctx.settings["bot-login"])
  );
  ctx.ports.reporter.warning(
    'GitHub Actions is not permitted to create pull requests here: enable "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General) or pass a GitHub App token / PAT as the token input.'
  );
  return {
    status: "blocked",
    issue: issue.number,
    summary: `Issue #${issue.number}: valid, but the repository does not let GitHub Actions open pull requests.`
  };
}

// src/workflows/merge.ts
function mergeMethods(preferred, allowed) {
  const order = [preferred, ...["squash", "merge", "rebase"].filter((m) => m !== preferred)];
  return order.filter((m) => allowed[m]);
}
async function mergeVerified(ctx, pull, title) {
  const { pulls, repo } = ctx.ports;
  const allowed = await repo.mergeSettings();
  const methods = mergeMethods(ctx.settings["merge-method"], allowed);
  if (!methods.length) return { kind: "blocked", blocker: "the repository allows no merge method" };
  let blocker = "";
  for (const method of methods) {
    const outcome = await pulls.merge(pull.number, { sha: pull.headSha, method, title: `${title} (#${pull.number})` });
    if (outcome.kind === "merged") return { kind: "merged", sha: outcome.sha, method };
    if (outcome.kind === "head-moved") return { kind: "head-moved" };
    if (outcome.kind === "method-not-allowed") continue;
    blocker = outcome.message;
    if (allowed.autoMerge && await pulls.enableAutoMerge(pull.nodeId, method))
      return { kind: "auto-merge", method, blocker };
    return { kind: "blocked", blocker };
  }
  return { kind: "blocked", blocker: blocker || "none of the merge methods the repository allows was accepted" };
}

// src/workflows/approve.ts
var done = (status, issue, summary, pull) => ({
  status,
  issue,
  pull: pull ? { number: pull.number, url: pull.url } : void 0,
  summary: `Issue #${issue}: ${summary}.`
});
async function findLabeled(ctx, issueNumber, label) {
  const issue = await ctx.ports.issues.get(issueNumber);
  if (!issue || issue.isPullRequest || issue.state === "closed") return "not an open submission";
  const openPulls = await ctx.ports.pulls.listOpen();
  const own = ownPull(ctx, openPulls, issueNumber);
  const where = issue.labels.includes(label) ? issue.number : own?.labels.includes(label) ? own.number : void 0;
  if (where === void 0) return `the label "${label}" is no longer there`;
  return { issue, openPulls, own, where };
}
async function judgeLabeler(ctx, found, label, sender) {
  const actor = sender ?? await ctx.ports.issues.labelActor(found.where, label);
  const allowed = actor ? await authorize(ctx, actor, found.issue.author) : { ok: false, reason: "the labeler could not be found" };
  return { who: actor ? quietLogin(actor.login) : "someone", allowed };
}
async function runApproval(ctx, issueNumber, sender) {
  const s = ctx.settings;
  const found = await findLabeled(ctx, issueNumber, s["label-approved"]);
  if (typeof found === "string") return done("ignored", issueNumber, found);
  const { issue, openPulls } = found;
  let own = found.own;
  const proposal = await prepareProposal(ctx, issue, openPulls);
  if (proposal.kind === "ignored") return done("ignored", issueNumber, proposal.why, own);
  if (proposal.kind === "invalid") {
    const r = await rejectInvalid(ctx, issue, own, proposal.comment, proposal.why);
    return done("invalid", issueNumber, r.summary.replace(/^Issue #\d+: /, "").replace(/\.$/, ""));
  }
  if (proposal.kind === "completed") {
    await closeCompleted(ctx, issue, own, proposal.comment, proposal.why);
    return done("completed", issueNumber, "nothing left to do; closed as completed");
  }
  const say = (notice, recommit) => applyProposal(ctx, issue, own, proposal, { notice, recommit, openPulls });
  const { who, allowed } = await judgeLabeler(ctx, found, s["label-approved"], sender);
  if (!allowed.ok) {
    await dropApproval(ctx, issue, own);
    await say(
      `> [!WARNING]
> The approval by ${who} does not count: ${inert(allowed.reason)}. The label was removed.`
    );
    return done("unauthorized", issueNumber, "approval refused (not an approver)", own);
  }
  if (!own || readPrMarker(own, s["bot-login"])?.hash !== proposal.hash) {
    await dropApproval(ctx, issue, own);
    const r = await say(
      "> [!NOTE]\n> The entry changed since it was approved, so the approval was removed: please review it again."
    );
    return {
      ...done("re-approval-needed", issueNumber, "the approved content changed; re-approval needed"),
      pull: r.pull
    };
  }
  if (proposal.flags.length && !await overrideCounts(ctx, issue)) {
    await dropApproval(ctx, issue, own);
    await say(
      `> [!WARNING]
> This entry was flagged for review (see the notes below). A maintainer must add ${inlineCode(s["label-override"])} before approving it.`
    );
    return done("needs-review", issueNumber, "flagged submission: override label required before approval", own);
  }
  if (!s["merge-on-approval"]) {
    await say(`> [!NOTE]
> Approved by ${who}. Merging is left to a maintainer.`);
    return done("approved", issueNumber, "approved; merge left to a maintainer", own);
  }
  const fresh = await say("", "always");
  if (fresh.head) own = { ...own, headSha: fresh.head };
  const merged = await mergeVerified(ctx, own, proposal.title);
  if (merged.kind === "merged") {
    await finishMerged(
      ctx,
      issue,
      own,
      `${proposal.done} ${inlineCode(proposal.path)} in #${own.number}, approved by ${who}. Thank you!`
    );
    return { ...done("merged", issueNumber, `pull request #${own.number} merged`, own), mergedSha: merged.sha };
  }
  if (merged.kind === "auto-merge") {
    await say(
      `> [!NOTE]
> Approved by ${who}. Auto-merge is on: the pull request merges once its checks pass (${inert(merged.blocker)}).`
    );
    return done("auto-merge", issueNumber, `auto-merge enabled on #${own.number}`, own);
  }
  const blocker = merged.kind === "head-moved" ? "the pull request changed while it was being merged" : merged.blocker;
  await say(
    `> [!WARNING]
> Approved by ${who}, but GitHub refused the merge: ${inert(blocker)}. The pull request is ready for a maintainer to merge.`
  );
  ctx.ports.reporter.warning(`Pull request #${own.number} could not be merged: ${blocker}`);
  return done("blocked", issueNumber, `merge of #${own.number} blocked`, own);
}
async function finishMerged(ctx, issue, pull, detail) {
  const s = ctx.settings;
  const request = readPrMarker(pull, s["bot-login"])?.request;
  await upsertStickyComment(
    ctx,
    issue.number,
    closingComment("merged", detail, request),
    (c) => findStickyComment(c, s["bot-login"])
  );
  const live = await ctx.ports.issues.get(issue.number);
  if (live?.state === "open") await ctx.ports.issues.close(issue.number, "completed");
  if (issue.labels.includes(s["label-pr-open"])) await ctx.ports.issues.removeLabel(issue.number, s["label-pr-open"]);
  await ctx.ports.repo.deleteBranch(pull.headRef);
}
async function runRejection(ctx, issueNumber, sender) {
  const { issues, pulls, repo } = ctx.ports;
  const s = ctx.settings;
  const label = s["label-rejected"];
  const found = await findLabeled(ctx, issueNumber, label);
  if (typeof found === "string") return done("ignored", issueNumber, found);
  const { issue, openPulls, own, where } = found;
  const { who, allowed } = await judgeLabeler(ctx, found, label, sender);
  if (!allowed.ok) {
    await issues.removeLabel(where, label);
    const notice = `> [!WARNING]
> The rejection by ${who} does not count: ${inert(allowed.reason)}. The label was removed.`;
    const proposal = await prepareProposal(ctx, issue, openPulls);
    if (proposal.kind === "ready") await applyProposal(ctx, issue, own, proposal, { notice, openPulls });
    return done("unauthorized", issueNumber, "rejection refused (not an approver)", own);
  }
  if (own) {
    await pulls.update(own.number, { state: "closed" });
    await repo.deleteBranch(own.headRef);
  }
  const request = (own && readPrMarker(own, s["bot-login"])?.request) ?? (issue.labels.includes(s["label-adopter-change"]) ? "update" : "add");
  await upsertStickyComment(
    ctx,
    issue.number,
    closingComment("rejected", inert(s["reject-message"]), request),
    (c) => findStickyComment(c, s["bot-login"])
  );
  for (const l of [s["label-pr-open"], s["label-approved"]])
    if (issue.labels.includes(l)) await issues.removeLabel(issue.number, l);
  if (where !== issue.number && !issue.labels.includes(label)) await issues.addLabels(issue.number, [label]);
  await issues.close(issue.number, "not_planned");
  return done("rejected", issueNumber, "rejected", own);
}

// src/workflows/refresh.ts
function adopterPulls(ctx, pulls) {
  return pulls.flatMap((pull) => {
    const issue = issueOfBranch(pull.headRef);
    return issue !== void 0 && pull.author === ctx.settings["bot-login"] ? [{ pull, issue }] : [];
  });
}
async function refreshOpenPulls(ctx, except) {
  const { pulls, issues, repo } = ctx.ports;
  const open = await pulls.listOpen();
  const result = { updated: [], unchanged: [], closed: [], summary: "" };
  for (const { pull, issue } of adopterPulls(ctx, open)) {
    if (issue === except) continue;
    const info = await issues.get(issue);
    if (!info || info.state === "closed") {
      await pulls.update(pull.number, { state: "closed" });
      await repo.deleteBranch(pull.headRef);
      result.closed.push(pull.number);
      continue;
    }
    const r = await runIntake(ctx, issue, { recommit: "if-stale", openPulls: open });
    if (r.status === "pr-updated") result.updated.push(pull.number);
    else if (r.status === "invalid") result.closed.push(pull.number);
    else result.unchanged.push(pull.number);
  }
  result.summary = `Refreshed open adopter pull requests: ${result.updated.length} moved onto the new base, ${result.unchanged.length} already current, ${result.closed.length} closed.`;
  return result;
}

// src/workflows/lifecycle.ts
async function onIssueClosed(ctx, number, sender) {
  const s = ctx.settings;
  if (sender === s["bot-login"])
    return { status: "ignored", issue: number, summary: `Issue #${number} closed by the bot.` };
  const own = ownPull(ctx, await ctx.ports.pulls.listOpen(), number);
  if (!own) return { status: "ignored", issue: number, summary: `Issue #${number} closed; no open pull request.` };
  await ctx.ports.pulls.update(own.number, { state: "closed" });
  await ctx.ports.repo.deleteBranch(own.headRef);
  await upsertStickyComment(
    ctx,
    number,
    closingComment(
      "withdrawn",
      `The issue was closed, so pull request #${own.number} was closed too. Reopen the issue to propose the entry again.`
    ),
    (c) => findStickyComment(c, s["bot-login"])
  );
  await ctx.ports.issues.removeLabel(number, s["label-pr-open"]);
  return {
    status: "withdrawn",
    issue: number,
    summary: `Issue #${number} closed: pull request #${own.number} closed.`
  };
}
async function onPullClosed(ctx, pull, sender) {
  const s = ctx.settings;
  const number = issueOfBranch(pull.headRef);
  const issue = number === void 0 ? void 0 : await ctx.ports.issues.get(number);
  if (!issue || sender === s["bot-login"])
    return { status: "ignored", issue: number, summary: `Pull request #${pull.number} closed.` };
  const live = await ctx.ports.pulls.get(pull.number);
  if (live.author !== s["bot-login"])
    return { status: "ignored", issue: number, summary: `Pull request #${pull.number} is not the bot's.` };
  if (pull.merged) {
    const request = readPrMarker(live, s["bot-login"])?.request;
    const verb = request === "update" ? "Updated" : request === "remove" ? "Removed" : "Added";
    await finishMerged(ctx, issue, live, `${verb} in #${pull.number}. Thank you!`);
    const refresh = await refreshOpenPulls(ctx, issue.number);
    return {
      status: "merged",
      issue: issue.number,
      summary: `Pull request #${pull.number} merged by hand; issue #${issue.number} closed. ${refresh.summary}`
    };
  }
  if (issue.state === "closed")
    return { status: "ignored", issue: issue.number, summary: `Pull request #${pull.number} closed.` };
  await upsertStickyComment(
    ctx,
    issue.number,
    closingComment(
      "withdrawn",
      `Pull request #${pull.number} was closed without being merged. To propose the entry again, edit this issue.`
    ),
    (c) => findStickyComment(c, s["bot-login"])
  );
  if (issue.labels.includes(s["label-pr-open"])) await ctx.ports.issues.removeLabel(issue.number, s["label-pr-open"]);
  await ctx.ports.issues.addLabels(issue.number, [s["label-needs-changes"]]);
  return {
    status: "pr-closed",
    issue: issue.number,
    summary: `Pull request #${pull.number} closed unmerged; issue #${issue.number} marked.`
  };
}

// src/workflows/reconcile.ts
var MAX_PER_RUN = 20;
function catchUpLabels(s) {
  return [s["label-adopter"], s["label-adopter-change"]];
}
async function reconcile(ctx, done2 = /* @__PURE__ */ new Set()) {
  const s = ctx.settings;
  const summaries = [];
  const [submissions = [], changes = []] = await ctx.ports.issues.listOpen(catchUpLabels(s));
  const open = [...submissions, ...changes.filter((c) => !submissions.some((i) => i.number === c.number))];
  let pulls = await ctx.ports.pulls.listOpen();
  let wrote = false;
  const state = [s["label-pr-open"], s["label-needs-changes"], s["label-rejected"]];
  let handled = 0;
  let mergedAny = false;
  for (const issue of open) {
    if (done2.has(issue.number)) continue;
    if (handled >= MAX_PER_RUN) {
      summaries.push(`More submissions are pending; the next run continues.`);
      break;
    }
    if (wrote) [pulls, wrote] = [await ctx.ports.pulls.listOpen(), false];
    const own = ownPull(ctx, pulls, issue.number);
    const approved = issue.labels.includes(s["label-approved"]) || Boolean(own?.labels.includes(s["label-approved"]));
    let summary;
    if (issue.labels.includes(s["label-rejected"]) || own?.labels.includes(s["label-rejected"])) {
      summary = (await runRejection(ctx, issue.number)).summary;
    } else if (approved && s["merge-on-approval"]) {
      const r = await runApproval(ctx, issue.number);
      mergedAny ||= r.status === "merged";
      summary = r.summary;
    } else if (!state.some((l) => issue.labels.includes(l))) {
      summary = (await runIntake(ctx, issue.number, { openPulls: pulls })).summary;
    }
    if (summary) {
      handled++;
      wrote = true;
      summaries.push(summary);
    }
  }
  if (mergedAny) summaries.push((await refreshOpenPulls(ctx)).summary);
  return summaries;
}

// src/workflows/run-reads.ts
function shareRunReads(ports, labels) {
  const { repo, issues, pulls } = ports;
  let wrote = false;
  let listed;
  const answered = /* @__PURE__ */ new Set();
  const commentCounts = /* @__PURE__ */ new Map();
  let listing;
  let kept;
  const opened = [];
  const noteComments = (issue) => {
    if (issue?.comments !== void 0) commentCounts.set(issue.number, issue.comments);
  };
  const listShared = () => listed ??= issues.listOpen(labels).then((lists) => (lists.flat().forEach(noteComments), lists));
  const dropPulls = () => {
    listing = void 0;
    kept = void 0;
    opened.length = 0;
  };
  const touches = (target) => (
    // A listing still on its way may or may not show the change.
    listing !== void 0 && kept === void 0 || [...kept ?? [], ...opened].some((p) => p.number === target.number || p.headRef === target.branch)
  );
  const write = (fn, target) => (...args) => {
    wrote = true;
    if (target && touches(target(...args))) dropPulls();
    return fn(...args);
  };
  return {
    ...ports,
    repo: {
      ...bindMethods(repo),
      commitFile: write(repo.commitFile.bind(repo)),
      setBranch: write(repo.setBranch.bind(repo), (branch) => ({ branch })),
      deleteBranch: write(repo.deleteBranch.bind(repo), (branch) => ({ branch }))
    },
    issues: {
      ...bindMethods(issues),
      async get(number) {
        if (!wrote && !answered.has(number)) {
          answered.add(number);
          const found = (await listShared()).flat().find((i) => i.number === number);
          if (found) return found;
        }
        const issue = await issues.get(number);
        noteComments(issue);
        return issue;
      },
      async listOpen(wanted) {
        if (!wanted.every((label) => labels.includes(label))) return issues.listOpen(wanted);
        const lists = await listShared();
        return wanted.map((label) => lists[labels.indexOf(label)]);
      },
      comments: (number) => commentCounts.get(number) === 0 ? Promise.resolve([]) : issues.comments(number),
      createComment: write((number, body) => {
        commentCounts.delete(number);
        return issues.createComment(number, body);
      }),
      updateComment: write(issues.updateComment.bind(issues)),
      addLabels: write(issues.addLabels.bind(issues), (number) => ({ number })),
      removeLabel: write(issues.removeLabel.bind(issues), (number) => ({ number })),
      close: write(issues.close.bind(issues))
    },
    pulls: {
      ...bindMethods(pulls),
      async listOpen() {
        const request = listing ??= pulls.listOpen();
        const list = await request;
        if (listing !== request) return list;
        kept ??= list;
        return [...kept, ...opened];
      },
      create: write(
        async (args) => {
          const created = await pulls.create(args);
          if (kept) opened.push(created);
          return created;
        },
        (args) => ({ branch: args.head })
      ),
      update: write(pulls.update.bind(pulls), (number) => ({ number })),
      merge: write(pulls.merge.bind(pulls), (number) => ({ number })),
      enableAutoMerge: write(pulls.enableAutoMerge.bind(pulls))
    }
  };
}

// src/workflows/writer-mode.ts
async function writerMode(context, eventName, event) {
  const ctx = { ...context, ports: shareRunReads(context.ports, catchUpLabels(context.settings)) };
  const outcome = await route(ctx, eventName, event);
  if (outcome.status === "not-a-writer-event") return { status: "ignored", summary: outcome.summary };
  const more = await reconcile(ctx, new Set(outcome.issue === void 0 ? [] : [outcome.issue]));
  return more.length ? { ...outcome, summary: [outcome.summary, ...more].join("\n") } : outcome;
}
async function route(ctx, eventName, event) {
  const s = ctx.settings;
  const action = event.action ?? "";
  const sender = event.sender ? { login: event.sender.login, type: event.sender.type } : void 0;
  const label = event.label?.name;
  const forced = s.mode;
  if (forced === "refresh" || eventName === "push" && touchesAdoptersFile(ctx, event)) {
    const r = await refreshOpenPulls(ctx);
    return { status: "refreshed", summary: r.summary };
  }
  if (eventName === "issues" && event.issue && !event.issue.pull_request) {
    const n = event.issue.number;
    if (["opened", "edited", "reopened"].includes(action) || forced === "intake")
      return fromApproval(await runIntake(ctx, n));
    if (action === "labeled" && label === s["label-approved"]) return approveAndRefresh(ctx, n, sender);
    if (action === "labeled" && label === s["label-rejected"]) return fromApproval(await runRejection(ctx, n, sender));
    if (action === "labeled" && label === s["label-override"]) return approveAndRefresh(ctx, n);
    if (action === "labeled" && (label === s["label-adopter"] || label === s["label-adopter-change"]))
      return fromApproval(await runIntake(ctx, n));
    if (action === "closed") return onIssueClosed(ctx, n, sender?.login ?? "");
    return { status: "ignored", issue: n, summary: `Nothing to do for issues.${action}.` };
  }
  if (eventName === "pull_request" && event.pull_request) {
    const pr = event.pull_request;
    const n = issueOfBranch(pr.head.ref);
    if (n === void 0)
      return { status: "ignored", summary: `Pull request #${pr.number} is not an adopter pull request.` };
    if (action === "labeled" && label === s["label-approved"]) return approveAndRefresh(ctx, n, sender);
    if (action === "labeled" && label === s["label-rejected"]) return fromApproval(await runRejection(ctx, n, sender));
    if (action === "closed")
      return onPullClosed(
        ctx,
        { number: pr.number, headRef: pr.head.ref, merged: Boolean(pr.merged) },
        sender?.login ?? ""
      );
    return { status: "ignored", issue: n, summary: `Nothing to do for pull_request.${action}.` };
  }
  if (eventName === "workflow_dispatch" || eventName === "push" || forced === "approval") {
    return { status: "reconciled", summary: "Caught up on pending submissions." };
  }
  return { status: "not-a-writer-event", summary: `Nothing to do for ${eventName}${action ? `.${action}` : ""}.` };
}
function touchesAdoptersFile(ctx, event) {
  const branch = event.repository?.default_branch;
  if (branch && event.ref !== `refs/heads/${branch}`) return false;
  const paths = [ctx.settings["adopters-file"], ...Object.values(ctx.settings["section-files"])];
  const commits = event.commits ?? [];
  return !commits.length || commits.some(
    (c) => [...c.added ?? [], ...c.modified ?? [], ...c.removed ?? []].some((p) => paths.includes(p))
  );
}
async function approveAndRefresh(ctx, issue, sender) {
  const r = await runApproval(ctx, issue, sender);
  if (r.status !== "merged") return fromApproval(r);
  const refresh = await refreshOpenPulls(ctx, issue);
  return { ...fromApproval(r), summary: `${r.summary}
${refresh.summary}` };
}
function fromApproval(r) {
  return { status: r.status, issue: r.issue, pull: r.pull, summary: r.summary };
}
export {
  writerMode
};
