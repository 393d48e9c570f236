import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  REPORT_MARKER,
  advanceState,
  countStatuses,
  decideReportAction,
  parseState,
  serializeState
} from "./chunk-2YFH3PMX.mjs";
import {
  codeSpan,
  displayUrl
} from "./chunk-I66ODO4Y.mjs";
import {
  dataFormatOf,
  dataOptions
} from "./chunk-DA2UVFER.mjs";
import {
  ConfigurationError,
  fileUrl
} from "./chunk-BJABSIHD.mjs";
import "./chunk-IHJI3L74.mjs";
import {
  classifyRelative,
  dedupeLinks,
  fetchKey
} from "./chunk-K5KBJM6A.mjs";
import "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/workflows/collect-link-results.ts
import { posix } from "node:path";

// src/adopters-file/links.ts
async function extractFileLinks(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { extractDataLinks } = await import("./extract-links-ZAAEUROK.mjs");
    return { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: /* @__PURE__ */ new Set() };
  }
  const { extractLinks } = await import("./extract-LGU2OZPO.mjs");
  return extractLinks(source);
}

// src/workflows/collect-link-results.ts
async function collectLinkResults(text, options) {
  const { occurrences, anchors } = await extractFileLinks(options.filePath, text);
  const links = dedupeLinks(occurrences);
  const httpUrls = links.flatMap((l) => l.target.kind === "http" ? [l.target.url] : []);
  const fetched = await options.checker.check(httpUrls, options.onProgress);
  const lowerAnchors = new Set([...anchors].map((a) => a.toLowerCase()));
  return Promise.all(
    links.map(async (link) => ({ ...link, result: await localResult(link, fetched, lowerAnchors, options) }))
  );
}
async function localResult(link, fetched, anchors, options) {
  const target = link.target;
  switch (target.kind) {
    case "http":
      return fetched.get(fetchKey(target.url)) ?? { status: "skipped", code: null, network: false, detail: "not checked" };
    case "malformed": {
      const hint = target.suggestion ? `; did you mean ${target.suggestion}?` : "";
      return { status: "malformed", code: null, network: false, detail: `${target.reason}${hint}` };
    }
    case "skipped":
      return { status: "skipped", code: null, network: false, detail: target.reason };
    case "anchor":
      if (options.skipRelative) return { status: "skipped", code: null, network: false, detail: "in-page link" };
      return anchors.has(target.fragment.toLowerCase()) ? { status: "ok", code: null, network: false } : { status: "broken", code: null, network: false, detail: "no heading or anchor with that name in the file" };
    case "relative": {
      if (options.skipRelative && !target.hostLike) {
        return { status: "skipped", code: null, network: false, detail: "relative link" };
      }
      const path = resolveRepositoryPath(options.filePath, target.path);
      if (path === null) {
        return { status: "broken", code: null, network: false, detail: "points outside the repository" };
      }
      return classifyRelative(target, !options.skipRelative && await options.exists(path));
    }
  }
}
function resolveRepositoryPath(filePath, link) {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
  }
  const joined = decoded.startsWith("/") ? decoded.slice(1) : posix.join(posix.dirname(filePath), decoded);
  const normalized = posix.normalize(joined === "" ? "." : joined).replace(/\/+$/, "");
  if (normalized === ".." || normalized.startsWith("../")) return null;
  return normalized === "" ? "." : normalized;
}

// src/links/change-form-link.ts
var encode = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function changeFormUrl(form, entry) {
  const query = [
    `template=${encode(form.template)}`,
    `title=${encode(`Adopter change: ${entry}`)}`,
    `${encode(form.entryField)}=${encode(entry)}`
  ];
  return `${form.newIssueUrl}?${query.join("&")}`;
}

// src/links/report.ts
var ISSUE_BODY_LIMIT = 65536;
var SAFETY_MARGIN = 512;
var SUMMARY_LIMIT = 512 * 1024;
function countLinks(links, failures) {
  const statuses = countStatuses(links);
  const broken = failures.filter((f) => f.confirmed).length;
  return {
    checked: links.length - statuses.skipped,
    broken,
    watching: failures.length - broken,
    unverifiable: statuses.unverifiable,
    statuses
  };
}
function reportTitle(failures) {
  const broken = failures.filter((f) => f.confirmed).length;
  if (broken > 0) return `Link check: ${broken} broken ${broken === 1 ? "link" : "links"}`;
  if (failures.length > 0)
    return `Link check: watching ${failures.length} failing ${failures.length === 1 ? "link" : "links"}`;
  return "Link check: all links pass";
}
function renderReportBody(links, failures, state, context) {
  const stateBlock = serializeState(state);
  const budget = ISSUE_BODY_LIMIT - SAFETY_MARGIN - byteLength(stateBlock);
  return `${REPORT_MARKER}
${renderSections(links, failures, context, budget)}
${stateBlock}
`;
}
function renderSummary(links, failures, context) {
  return renderSections(links, failures, context, SUMMARY_LIMIT);
}
var HEADER = "| Entry | Line | URL | Status | Failing since |\n| --- | --- | --- | --- | --- |\n";
function renderSections(links, failures, context, budget) {
  const counts = countLinks(links, failures);
  const confirmed = failures.filter((f) => f.confirmed);
  const watching = failures.filter((f) => !f.confirmed);
  const notes = links.filter(
    (l) => l.result.status === "unverifiable" || l.result.status === "blocked" || l.result.movedDomain
  );
  const head = [
    `## Links in \`${context.file.replace(/`/g, "")}\``,
    "",
    `Checked ${counts.checked} distinct ${counts.checked === 1 ? "link" : "links"} on ${context.checkedAt.toISOString().slice(0, 10)}: **${counts.broken} broken**, ${counts.watching} watching, ${counts.unverifiable} unverifiable.`,
    "",
    confirmed.length === 0 && watching.length === 0 ? "All links pass." : ""
  ].join("\n");
  const sections = [
    {
      title: "### Broken",
      intro: `Failed ${context.threshold} runs in a row (malformed links at once). Fix or remove them.`,
      rows: confirmed.map((f) => failureRow(f, context))
    },
    {
      title: "### Watching (not confirmed yet)",
      intro: `Failed in the latest run; reported as broken if they fail ${context.threshold} runs in a row. Nothing to do yet.`,
      rows: watching.map((f) => failureRow(f, context))
    },
    {
      title: "Unverifiable, blocked or moved (not failures)",
      intro: "Bot walls and rate limits, addresses refused by policy, and redirects to another domain.",
      rows: notes.map((l) => row(l, context, "\u2014")),
      folded: true
    }
  ];
  let out = head;
  let used = byteLength(out);
  let omitted = 0;
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    const open = section.folded ? `
<details><summary>${section.title}</summary>

` : `
${section.title}

`;
    const close = section.folded ? "\n</details>\n" : "";
    let text = `${open}${section.intro}

${HEADER}`;
    let size = byteLength(text);
    let shown = 0;
    for (const line of section.rows) {
      const lineSize = byteLength(line) + 1;
      if (used + size + lineSize + 400 > budget) break;
      text += `${line}
`;
      size += lineSize;
      shown += 1;
    }
    omitted += section.rows.length - shown;
    if (shown > 0) {
      out += text + close;
      used += size + byteLength(close);
    }
  }
  if (omitted > 0) {
    out += `
> [!NOTE]
> ${omitted} more ${omitted === 1 ? "row is" : "rows are"} not shown: the report must stay under GitHub's 65,536-character limit. Run \`check-links\` locally for the full list.
`;
  }
  return out;
}
function failureRow(failure, context) {
  return row(failure.link, context, failure.since, failure.confirmed);
}
function row(link, context, since, dead = false) {
  const first = link.occurrences[0];
  const form = dead && first?.entry && context.changeForm;
  const change = form ? ` \xB7 [request a change](${changeFormUrl(form, first.entry)})` : "";
  const entry = first?.entry ? `${codeSpan(first.entry, 80)}${change}` : "\u2014";
  return `| ${entry} | ${lineCell(link, context)} | ${displayUrl(link.url)} | ${statusCell(link)} | ${since} |`;
}
function lineCell(link, context) {
  const lines = [...new Set(link.occurrences.map((o) => o.line))];
  const first = lines[0] ?? 0;
  const label = context.fileUrl ? `[${first}](${context.fileUrl}#L${first})` : String(first);
  return lines.length > 1 ? `${label} (+${lines.length - 1})` : label;
}
function statusCell(link) {
  const { status, code, detail, finalUrl } = link.result;
  const parts = [`**${status}**`];
  if (code !== null) parts.push(String(code));
  if (detail) parts.push(codeSpan(detail, 160));
  if (finalUrl && (status === "redirected" || link.result.movedDomain)) parts.push(`\u2192 ${displayUrl(finalUrl, 160)}`);
  return parts.join(" ");
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/workflows/check-links.ts
async function runCheckLinks(ports, settings) {
  const { source, tracker, reporter } = ports;
  const now = settings.now?.() ?? /* @__PURE__ */ new Date();
  const links = await collectLinkResults(await source.readText(), {
    checker: ports.checker,
    filePath: source.path,
    exists: (path) => source.exists(path),
    skipRelative: settings.skipRelative
  });
  const issue = await tracker.find();
  const previous = parseState(issue?.body);
  if (issue && previous.problem)
    reporter.warning(`Report issue #${issue.number}: ${previous.problem}; streaks restart.`);
  const { state, failures } = advanceState(previous.state, links, { threshold: settings.threshold, today: now });
  const context = {
    file: source.path,
    fileUrl: settings.fileUrl,
    threshold: settings.threshold,
    checkedAt: now,
    changeForm: settings.changeForm
  };
  const title = reportTitle(failures);
  const body = renderReportBody(links, failures, state, context);
  let action = decideReportAction(issue, failures);
  const staleState = action === "none" && issue !== null && previous.state.links.length > 0;
  let reportIssue = issue?.number ?? null;
  const write = async (description, effect) => {
    if (settings.dryRun) reporter.info(`[dry-run] Would ${description}`);
    else await effect();
  };
  if (action === "create") {
    await write("create the link report issue", async () => {
      reportIssue = await tracker.create(title, body);
    });
  } else if (issue && (action === "update" || staleState)) {
    if (staleState) action = "update";
    await write(`update report issue #${issue.number}`, () => tracker.update(issue.number, title, body));
  } else if (issue && action === "reopen") {
    await write(`reopen report issue #${issue.number}`, async () => {
      await tracker.update(issue.number, title, body);
      await tracker.reopen(issue.number);
    });
  } else if (issue && action === "close") {
    await write(`close report issue #${issue.number}`, async () => {
      await tracker.update(issue.number, title, body);
      await tracker.close(
        issue.number,
        "All links pass again. Closing; this issue keeps the link-check state and reopens if a link breaks."
      );
    });
  }
  const counts = countLinks(links, failures);
  for (const failure of failures.filter((f) => f.confirmed)) {
    const at = failure.link.occurrences[0]?.line ?? 0;
    const code = failure.link.result.code === null ? "" : ` (HTTP ${failure.link.result.code})`;
    reporter.warning(`${source.path}:${at}: ${failure.link.result.status} link${code}`);
  }
  reporter.info(
    `Checked ${counts.checked} links: ${counts.broken} broken, ${counts.watching} watching, ${counts.unverifiable} unverifiable.`
  );
  await reporter.summary(renderSummary(links, failures, context));
  return {
    checked: counts.checked,
    broken: counts.broken,
    watching: counts.watching,
    unverifiable: counts.unverifiable,
    reportIssue,
    action,
    links
  };
}

// src/workflows/links-mode.ts
async function runLinksMode(ctx) {
  const s = ctx.settings;
  if (!ctx.links) throw new ConfigurationError("the link check is not available in this context");
  const base = await ctx.ports.repo.defaultBranch();
  const tip = await ctx.ports.repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the branch ${base} does not exist`);
  const checker = ctx.links.checker({
    timeoutMs: s["link-timeout"] * 1e3,
    concurrency: s["link-concurrency"],
    perHost: s["link-per-host"],
    allowHosts: s["allow-hosts"]
  });
  try {
    const result = await runCheckLinks(
      {
        source: ctx.links.source(s["adopters-file"], tip.sha),
        tracker: ctx.links.tracker(s["label-links"], s["bot-login"]),
        checker,
        reporter: { ...ctx.ports.reporter, summary: (md) => Promise.resolve(ctx.ports.reporter.summary(md)) }
      },
      {
        threshold: s["link-flake-runs"],
        skipRelative: s["link-skip-relative"],
        dryRun: s["dry-run"],
        fileUrl: fileUrl(ctx, tip.sha, s["adopters-file"]),
        changeForm: await changeFormOf(ctx, tip.sha)
      }
    );
    return {
      status: "checked",
      summary: `Checked ${result.checked} links: ${result.broken} broken, ${result.watching} watching, ${result.unverifiable} unverifiable.`,
      links: {
        checked: result.checked,
        broken: result.broken,
        unverifiable: result.unverifiable,
        reportIssue: result.reportIssue
      }
    };
  } finally {
    await checker.close();
  }
}
async function changeFormOf(ctx, commit) {
  const s = ctx.settings;
  const path = s["change-form"];
  if (!path.startsWith(".github/ISSUE_TEMPLATE/") || await ctx.ports.repo.readFile(path, commit) === void 0)
    return void 0;
  const { owner, repo, serverUrl } = ctx.repo;
  const mapped = Object.entries(s["change-field-map"]).find(([, ours]) => ours === "entry")?.[0];
  return {
    newIssueUrl: `${serverUrl}/${owner}/${repo}/issues/new`,
    template: path.slice(".github/ISSUE_TEMPLATE/".length),
    entryField: mapped ?? "entry"
  };
}
export {
  runLinksMode
};
