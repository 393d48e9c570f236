import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkFiles,
  doctorHeadline,
  doctorLinks,
  doctorStatus,
  isProblem,
  readConfig,
  renderDoctorMarkdown
} from "./chunk-WIL6E2AB.js";
import {
  lintFileChanges
} from "./chunk-IMCV4MHD.js";
import {
  ADOPTERS_FOLDERS,
  isAdoptersCandidate,
  isDataPath
} from "./chunk-7F6CK24P.js";
import {
  issueOfBranch
} from "./chunk-5YXHEUYG.js";
import "./chunk-GY4TQY5T.js";
import "./chunk-U35WCZE2.js";
import "./chunk-BEIA52AQ.js";
import "./chunk-ZSXTZERE.js";
import "./chunk-M3JUTA7E.js";
import "./chunk-TGH2AUFJ.js";
import "./chunk-JHUPCAPO.js";
import "./chunk-EFGJ6QO2.js";
import "./chunk-N2IYNLLU.js";
import "./chunk-FGNGZZME.js";
import "./chunk-3L3MKAEF.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-UE25ZKJ3.js";
import {
  codeSpan
} from "./chunk-FVSYOOZJ.js";
import {
  ConfigurationError,
  fileUrl
} from "./chunk-WQ6EDPDV.js";
import {
  fileOptionsFrom
} from "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-XSMV7KAE.js";
import "./chunk-DYLIHHCV.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-PTVQWISG.js";
import "./chunk-L63HGGP2.js";
import "./chunk-EHMZMUNW.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";

// src/workflows/check-pr.ts
async function runCheckPr(ctx, pullNumber) {
  const { repo, pulls, reporter } = ctx.ports;
  if (!ctx.inspect) throw new ConfigurationError("the pull request check needs the repository inspector");
  const path = ctx.settings["adopters-file"];
  const pull = await pulls.get(pullNumber);
  const skipped = (why) => ({
    status: "skipped",
    pull: pullNumber,
    problems: [],
    summary: `Pull request #${pullNumber}: ${why}.`
  });
  if (issueOfBranch(pull.headRef) !== void 0 && pull.author === ctx.settings["bot-login"]) {
    return skipped("opened by the bot from a submission, checked when it was made");
  }
  const head = await repo.readFile(path, pull.headSha);
  if (head === void 0) return skipped(`${path} is not in it`);
  const base = await repo.readFile(path, await ctx.inspect.mergeBase(pull.baseRef, pull.headSha)) ?? "";
  if (base === head) return skipped(`it does not change ${path}`);
  const problems = await lintFileChanges(path, base, head, fileOptionsFrom(ctx.settings));
  for (const p of problems) {
    const text = `${p.rule}: ${p.message}`;
    if (reporter.annotate) reporter.annotate(path, p.line, text);
    else reporter.warning(`${path}:${p.line}: ${text}`);
  }
  reporter.summary(checkSummary(ctx, path, pull.headSha, problems));
  const n = problems.length;
  return n ? {
    status: "failed",
    pull: pullNumber,
    problems,
    summary: `Pull request #${pullNumber}: ${n} new problem${n === 1 ? "" : "s"} in ${path} (see the annotations).`
  } : {
    status: "passed",
    pull: pullNumber,
    problems,
    summary: `Pull request #${pullNumber}: ${path} is in good shape.`
  };
}
function checkSummary(ctx, path, sha, problems) {
  if (!problems.length) {
    return `#### \u2705 ${path}

The change adds no problem a reviewer would point out (order, shape, links, duplicates).`;
  }
  const rows = problems.map(
    (p) => `| [${p.line}](${fileUrl(ctx, sha, path, p.line)}) | ${p.rule} | ${codeSpan(p.message, 300)} |`
  );
  return [
    `#### \u274C ${path}: ${problems.length} problem${problems.length === 1 ? "" : "s"} introduced by this pull request`,
    "",
    "| line | rule | problem |",
    "| --- | --- | --- |",
    ...rows,
    "",
    `Problems the file already had are not counted. Run \`npx adopters-bot lint ${path} --baseline <the file on the base branch>\` to see the same list locally.`
  ].join("\n");
}

// src/doctor/labels.ts
function wantedLabels(s) {
  return [
    { name: s["label-adopter"], color: "c5def5", description: "An adopter submission (set by the issue form)" },
    {
      name: s["label-adopter-change"],
      color: "c5def5",
      description: "A request to update or remove a listed adopter (set by the change form)"
    },
    {
      name: s["label-needs-changes"],
      color: "d93f0b",
      description: "The submission has problems to fix (see the bot comment)"
    },
    {
      name: s["label-needs-review"],
      color: "fbca04",
      description: "A look-alike name or a listed website: a maintainer should judge"
    },
    { name: s["label-pr-open"], color: "1d76db", description: "The bot opened the pull request for this submission" },
    {
      name: s["label-approved"],
      color: "0e8a16",
      description: "Maintainers: approve the submission (the bot merges its PR)"
    },
    {
      name: s["label-rejected"],
      color: "b60205",
      description: "Maintainers: reject the submission (the bot closes its PR)"
    },
    { name: s["label-override"], color: "5319e7", description: "Maintainers: accept a submission flagged for review" },
    { name: s["label-links"], color: "bfd4f2", description: "The report of broken links in the adopters file" }
  ];
}
function missingLabels(wanted, existing) {
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  return wanted.filter((l) => !have.has(l.name.toLowerCase()));
}

// src/doctor/check-repository.ts
var APP_TOKEN_FIX = 'pass a GitHub App installation token as the `token` input (see "The token" in the README)';
function tokenFindings(r, s, links) {
  const subject = "Token";
  const { kind, login } = r.token;
  if (login && login !== s["bot-login"]) {
    return [
      {
        subject,
        severity: "error",
        message: `the token acts as ${login}, but bot-login is ${s["bot-login"]}: the bot will not recognize its own comments and pull requests`,
        fix: `set bot-login: ${login} in .github/adopters.yml`
      }
    ];
  }
  if (kind === "workflow") {
    return [
      {
        subject,
        severity: "info",
        message: "the workflow token (GITHUB_TOKEN): pull requests it opens start no workflows (no CI on them) and its merges start no push runs",
        fix: `for CI on the bot's pull requests, ${APP_TOKEN_FIX}`,
        link: links.settings("secrets/actions")
      }
    ];
  }
  if (kind === "app")
    return [{ subject, severity: "ok", message: `a GitHub App token acting as ${login ?? "the app"}` }];
  return [
    {
      subject,
      severity: "info",
      message: `a ${kind === "unknown" ? "token of unknown kind" : "personal token"}${login ? ` acting as ${login}` : ""}: the bot's comments and pull requests appear as that account`,
      fix: `prefer a GitHub App: ${APP_TOKEN_FIX}`
    }
  ];
}
function actionsFindings(r, links) {
  const subject = "Actions settings";
  const link = links.settings("actions");
  const toggle = "\u201CAllow GitHub Actions to create and approve pull requests\u201D";
  if (!r.actions.ok) {
    return [
      {
        subject,
        severity: "info",
        message: `the token cannot read the Actions settings (${r.actions.status}; it needs Administration: read, which the workflow token never has), so whether ${toggle} is on is unknown`,
        fix: `with the workflow token the bot needs it: check it under Workflow permissions`,
        link
      }
    ];
  }
  const findings = [];
  if (r.actions.value.canCreatePullRequests)
    findings.push({ subject, severity: "ok", message: `${toggle} is on`, link });
  else if (r.token.kind === "workflow") {
    findings.push({
      subject,
      severity: "error",
      message: `${toggle} is off: with the workflow token the bot cannot open pull requests`,
      fix: `tick it in Settings \u2192 Actions \u2192 General \u2192 Workflow permissions, or ${APP_TOKEN_FIX}`,
      link
    });
  } else findings.push({ subject, severity: "ok", message: `${toggle} is off, which this token does not need`, link });
  if (r.actions.value.defaultWorkflowPermissions === "write") {
    findings.push({
      subject,
      severity: "info",
      message: "the default workflow permissions are read and write: any workflow without a permissions block can write",
      fix: "choose \u201CRead repository contents and packages permissions\u201D (the bot\u2019s workflows grant what they need)",
      link
    });
  }
  return findings;
}
function mergeFindings(r, s, links) {
  const subject = "Merging";
  if (!s["merge-on-approval"]) {
    return [{ subject, severity: "ok", message: "merge-on-approval is false: maintainers merge the pull requests" }];
  }
  const findings = [];
  const { merge, defaultBranch: branch } = r.repository;
  const allowed = ["squash", "merge", "rebase"].filter((m) => merge[m]);
  if (!merge[s["merge-method"]]) {
    findings.push({
      subject,
      severity: "warning",
      message: `merge-method is ${s["merge-method"]}, which this repository does not allow; the bot falls back to ${allowed[0] ?? "none"}`,
      fix: `set merge-method: ${allowed[0] ?? "squash"} in .github/adopters.yml, or allow ${s["merge-method"]} merging under Pull Requests`,
      link: links.settings("")
    });
  }
  const checks = /* @__PURE__ */ new Set([
    ...r.branch.ok ? r.branch.value.requiredChecks : [],
    ...r.protection.ok ? r.protection.value?.requiredChecks ?? [] : [],
    ...r.rules.ok ? r.rules.value.requiredChecks : []
  ]);
  const reviews = Math.max(
    r.protection.ok ? r.protection.value?.requiredReviews ?? 0 : 0,
    r.rules.ok ? r.rules.value.requiredReviews : 0
  );
  const where = links.settings(r.rules.ok && r.rules.value.requiredChecks.length ? "rules" : "branches");
  const names = [...checks].map((c) => `"${c}"`).join(", ");
  if (checks.size && r.token.kind === "workflow") {
    findings.push({
      subject,
      severity: "error",
      message: `${branch} requires status checks (${names}) that never run on pull requests opened with the workflow token: approved submissions cannot merge`,
      fix: `${APP_TOKEN_FIX}, or set merge-on-approval: false and merge by hand`,
      link: where
    });
  } else if (checks.size && !merge.autoMerge) {
    findings.push({
      subject,
      severity: "warning",
      message: `${branch} requires status checks (${names}): an approval before they pass leaves the pull request unmerged`,
      fix: "tick \u201CAllow auto-merge\u201D under Pull Requests, so the bot can have approved pull requests merge once checks pass",
      link: links.settings("")
    });
  }
  if (reviews > 0) {
    findings.push({
      subject,
      severity: merge.autoMerge ? "info" : "warning",
      message: `${branch} requires ${reviews} approving review${reviews === 1 ? "" : "s"}: the approval label alone cannot merge`,
      fix: merge.autoMerge ? "approve the bot's pull request in review too; auto-merge then merges it" : "tick \u201CAllow auto-merge\u201D under Pull Requests and approve the pull request in review too, or set merge-on-approval: false",
      link: links.settings(merge.autoMerge ? "branches" : "")
    });
  }
  if (!r.protection.ok && r.branch.ok && r.branch.value.protected) {
    findings.push({
      subject,
      severity: "info",
      message: `${branch} is protected and the token cannot read its protection (it needs Administration: read): required reviews, if any, are not known`,
      fix: "if it requires reviews, approve the bot's pull requests in review too",
      link: links.settings("branches")
    });
  }
  if (!findings.length)
    findings.push({ subject, severity: "ok", message: `nothing blocks the bot's merges into ${branch}` });
  return findings;
}
function labelFindings(r, s, links) {
  const subject = "Labels";
  const link = links.labels();
  if (!r.labels.ok) {
    return [
      {
        subject,
        severity: "warning",
        message: `the token cannot list labels (${r.labels.status}): missing labels are not known`,
        fix: "grant the job issues: read (issues: write lets the doctor create them)"
      }
    ];
  }
  const missing = missingLabels(wantedLabels(s), r.labels.value).map((l) => l.name);
  const findings = [];
  if (r.created.length) findings.push({ subject, severity: "ok", message: `created ${r.created.join(", ")}`, link });
  const fix = "run the doctor workflow with dry-run off (it creates them), or create them on the labels page";
  if (missing.includes(s["label-adopter"])) {
    findings.push({
      subject,
      severity: "error",
      message: `"${s["label-adopter"]}" does not exist: GitHub applies only existing labels, so the form files issues without it`,
      fix,
      link
    });
  }
  const others = missing.filter((m) => m !== s["label-adopter"]);
  if (others.length) {
    findings.push({
      subject,
      severity: "warning",
      message: `${others.map((m) => `"${m}"`).join(", ")} do${others.length === 1 ? "es" : ""} not exist: the bot creates them on first use, without color or description`,
      fix,
      link
    });
  }
  if (!findings.length) findings.push({ subject, severity: "ok", message: "every label the bot uses exists", link });
  return findings;
}
function scheduleFindings(r, links) {
  if (r.repository.private || !r.branch.ok || !r.branch.value.lastCommitDate) return [];
  const days = Math.floor((r.now.getTime() - Date.parse(r.branch.value.lastCommitDate)) / 864e5);
  if (days < 45) return [];
  return [
    {
      subject: "Schedule",
      severity: "warning",
      message: `no commit on ${r.repository.defaultBranch} for ${days} days: GitHub disables the link check's schedule after 60 days without activity`,
      fix: "run the link check by hand (Actions \u2192 adopters links \u2192 Run workflow), which re-enables it",
      link: links.actions()
    }
  ];
}
function checkRepository(r, s, links) {
  if (r.repository.archived) {
    return [
      { subject: "Repository", severity: "error", message: "the repository is archived: the bot cannot write to it" }
    ];
  }
  return [
    ...tokenFindings(r, s, links),
    ...actionsFindings(r, links),
    ...mergeFindings(r, s, links),
    ...labelFindings(r, s, links),
    ...scheduleFindings(r, links)
  ];
}

// src/workflows/doctor.ts
var WORKFLOWS = ".github/workflows";
async function createLabels(ctx, inspect, labels) {
  if (!labels.ok) return { created: [], labels };
  const created = [];
  for (const label of missingLabels(wantedLabels(ctx.settings), labels.value)) {
    if (ctx.settings["dry-run"]) {
      ctx.ports.reporter.info(`[dry-run] would create the label ${label.name}`);
      continue;
    }
    const outcome = await inspect.createLabel(label);
    if (outcome === "forbidden") break;
    if (outcome === "created") created.push(label.name);
  }
  return { created, labels: created.length ? await inspect.labels() : labels };
}
async function runDoctor(ctx, now = /* @__PURE__ */ new Date()) {
  const inspect = ctx.inspect;
  if (!inspect) throw new ConfigurationError("the doctor needs the repository inspector");
  const { repo, reporter } = ctx.ports;
  const s = ctx.settings;
  const branch = await repo.defaultBranch();
  const read = async (path) => {
    const text = await repo.readFile(path, branch);
    return text === void 0 ? void 0 : { path, text };
  };
  const names = (await inspect.listFolder(WORKFLOWS, branch)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const [config, form, adopters, ...workflows] = await Promise.all([
    read(s["config-file"]),
    read(s["issue-form"]),
    read(s["adopters-file"]),
    ...names.map((n) => read(`${WORKFLOWS}/${n}`))
  ]);
  const dataPaths = [
    ...["adopters.yaml", "adopters.yml", "adopters.json"],
    ...(await Promise.all(
      ADOPTERS_FOLDERS.filter((f) => f).map(
        async (f) => (await inspect.listFolder(f.slice(0, -1), branch)).map((n) => f + n)
      )
    )).flat()
  ].filter((p) => isAdoptersCandidate(p) && isDataPath(p) && p !== s["adopters-file"]);
  const dataFiles = (await Promise.all(dataPaths.map(read))).filter((f) => f !== void 0);
  const files = {
    config,
    form,
    adopters,
    workflows: workflows.filter((w) => w !== void 0),
    dataFiles
  };
  const repository = await inspect.repository();
  const [token, actions, branchFacts, protection, rules, labels] = await Promise.all([
    inspect.token(),
    inspect.actionsSettings(),
    inspect.branch(branch),
    inspect.protection(branch),
    inspect.rules(branch),
    inspect.labels()
  ]);
  const afterCreation = await createLabels(ctx, inspect, labels);
  const report = {
    token,
    repository,
    actions,
    branch: branchFacts,
    protection,
    rules,
    labels: afterCreation.labels,
    created: afterCreation.created,
    now
  };
  const links = doctorLinks(ctx.repo, branch);
  const findings = [
    ...readConfig(config, links).findings,
    ...await checkFiles(files, s, links),
    ...checkRepository(report, s, links)
  ];
  reporter.summary(renderDoctorMarkdown(findings));
  for (const f of findings.filter(isProblem))
    reporter.warning(`${f.subject}: ${f.message}${f.fix ? ` (fix: ${f.fix})` : ""}`);
  return { status: doctorStatus(findings), findings, summary: doctorHeadline(findings) };
}

// src/workflows/maintainer-modes.ts
async function checkPrMode(ctx, eventName, event) {
  const number = event.pull_request?.number;
  if (!eventName.startsWith("pull_request") || number === void 0) {
    return { status: "ignored", summary: `mode check-pr runs on pull_request events, not on ${eventName}.` };
  }
  const result = await runCheckPr(ctx, number);
  return {
    status: result.status,
    summary: result.summary,
    failure: result.status === "failed" ? result.summary : void 0
  };
}
async function doctorMode(ctx) {
  const result = await runDoctor(ctx);
  return {
    status: result.status,
    summary: result.summary,
    failure: result.status === "problems" ? "The doctor found problems: the job summary says what to change." : void 0
  };
}
export {
  checkPrMode,
  doctorMode
};
