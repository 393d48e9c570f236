import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  IssueFormConfigError,
  insertIntoFile,
  issueOfBranch,
  parseIssueForm,
  readIssueFormTemplate
} from "./chunk-MB6K5WLX.mjs";
import {
  DEFAULT_SETTINGS,
  parseConfigFile,
  resolveSettings
} from "./chunk-DYZZQCY3.mjs";
import {
  selectSequence
} from "./chunk-Z6M4LSKN.mjs";
import {
  insertAdopter
} from "./chunk-362TCUBW.mjs";
import "./chunk-I5SLDMFZ.mjs";
import {
  SUBMISSION_FIELDS,
  validateEntry
} from "./chunk-DG4QCRYF.mjs";
import "./chunk-UYZBUS6E.mjs";
import {
  codeSpan
} from "./chunk-I66ODO4Y.mjs";
import {
  dataFormat,
  dataFormatOf,
  dataOptions,
  fileOptionsFrom
} from "./chunk-DA2UVFER.mjs";
import {
  ConfigurationError,
  fileUrl
} from "./chunk-BJABSIHD.mjs";
import "./chunk-IHJI3L74.mjs";
import {
  listedItems
} from "./chunk-6TPVL6H5.mjs";
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import {
  require_dist
} from "./chunk-MBI4ZK2B.mjs";
import "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-M7MUH75M.mjs";
import {
  ADOPTERS_FOLDERS,
  isAdoptersCandidate,
  isDataPath
} from "./chunk-234S3TEZ.mjs";
import "./chunk-Z5U7UXQ4.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import {
  parseDocument
} from "./chunk-WBV7JFYH.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/adopters-file/lint.ts
async function lintFile(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataFile } = await import("./lint-data-NBRAMETN.mjs");
    return lintDataFile(source, format, dataOptions(options));
  }
  const { lintAdopters } = await import("./lint-JAKHFAPI.mjs");
  return lintAdopters(source);
}
async function lintFileChanges(path, before, after, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataChanges } = await import("./lint-data-NBRAMETN.mjs");
    return lintDataChanges(before, after, format, dataOptions(options));
  }
  const { lintChanges } = await import("./lint-changes-Z3L4KPWV.mjs");
  return lintChanges(before, after);
}

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

// src/adopters-file/sections.ts
async function listFileSections(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { listDataSections } = await import("./list-sections-QCT3KUG7.mjs");
    return listDataSections(source, format, dataOptions(options));
  }
  const { listSections } = await import("./list-sections-BQQYNINT.mjs");
  return listSections(source);
}

// src/init/data-source.ts
function dataNames(file) {
  const format = dataFormatOf(file.path);
  const parsed = format && parseData(file.text, format);
  if (!parsed || !parsed.ok) return void 0;
  const selection = selectSequence(parsed.doc, {});
  if (!selection.ok) return void 0;
  return listedItems(selection.sequence.items, selection.keys).map((l) => normalizeOrganizationName(l.name)).filter(Boolean);
}
function findDataSource(markdown, dataFiles) {
  const lists = dataFiles.map((file) => ({ file, names: dataNames(file) })).filter((d) => d.names !== void 0 && d.names.length > 0);
  if (!lists.length) return void 0;
  const made = validateEntry({ name: "Zzz Init Probe", website: "https://probe.example.org" });
  if (!made.ok) throw new Error("the probe entry is invalid");
  const probe = insertAdopter(markdown.text, made.entry);
  if (!probe.ok && probe.code === "generated") {
    const named = lists.find((d) => markdown.text.includes(d.file.path.slice(d.file.path.lastIndexOf("/") + 1)));
    return { path: (named ?? lists[0]).file.path, why: "generated" };
  }
  const entries = findContainers(parseDocument(markdown.text)).flatMap((c) => c.entries).map((e) => normalizeOrganizationName(e.name)).filter(Boolean);
  if (entries.length < 3) return void 0;
  for (const { file, names } of lists) {
    const set = new Set(names);
    const shared = entries.filter((n) => set.has(n)).length;
    if (shared >= 0.9 * entries.length && shared >= 0.9 * names.length) return { path: file.path, why: "mirrors" };
  }
  return void 0;
}

// src/doctor/probe-entry.ts
function probeEntry() {
  const checked = validateEntry({ name: "Zzz Doctor Probe", website: "https://probe.example.org" });
  if (!checked.ok) throw new Error(`the doctor's probe entry is invalid: ${checked.errors[0]?.message ?? ""}`);
  return checked.entry;
}

// src/doctor/check-adopters-file.ts
var SUBJECT = "Adopters file";
async function checkAdoptersFile(file, s, links, dataFiles = []) {
  const path = s["adopters-file"];
  if (!file) {
    return [
      {
        subject: SUBJECT,
        severity: "error",
        message: `${path} is missing: the bot has nowhere to add entries`,
        fix: "create it (a title line is enough), or set adopters-file in .github/adopters.yml to your file"
      }
    ];
  }
  const source = dataFormat(path) ? void 0 : findDataSource(file, dataFiles);
  if (source) {
    return [
      {
        subject: SUBJECT,
        severity: "error",
        message: `${path} ${source.why === "generated" ? "is generated from" : "lists the same adopters as"} ${source.path}: a pull request must edit ${source.path}, the source`,
        fix: `set adopters-file: ${source.path} in .github/adopters.yml`,
        link: links.file(source.path)
      }
    ];
  }
  const options = fileOptionsFrom(s);
  const probe = await insertIntoFile(path, file.text, probeEntry(), options);
  if (!probe.ok && probe.code !== "duplicate") {
    return [
      {
        subject: SUBJECT,
        severity: "error",
        message: `the bot cannot add entries to ${path}: ${probe.reason}`,
        fix: "point adopters-file at the file that holds the list",
        link: links.file(path, probe.line)
      }
    ];
  }
  const problems = await lintFile(path, file.text, options);
  if (!problems.length) {
    return [{ subject: SUBJECT, severity: "ok", message: `${path} is in good shape`, link: links.file(path) }];
  }
  const first = problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join("; ");
  return [
    {
      subject: SUBJECT,
      severity: "warning",
      message: `${path} has ${problems.length} problem${problems.length === 1 ? "" : "s"} a reviewer would point out (${first}${problems.length > 3 ? "; \u2026" : ""})`,
      fix: `run \`npx adopters-bot lint ${path}\` and fix them (the PR check fails only on problems a PR adds)`,
      link: links.file(path, problems[0].line)
    }
  ];
}

// src/doctor/check-form.ts
var import_yaml = __toESM(require_dist(), 1);
var SUBJECT2 = "Issue form";
function formLabels(text) {
  const labels = (0, import_yaml.parse)(text)?.labels;
  if (Array.isArray(labels)) return labels.map(String);
  return typeof labels === "string" ? labels.split(",").map((l) => l.trim()) : [];
}
function labelFindings(form, s, link) {
  const labels = formLabels(form.text);
  const findings = [];
  for (const key of ["label-approved", "label-override", "label-rejected"]) {
    if (labels.includes(s[key])) {
      findings.push({
        subject: SUBJECT2,
        severity: "error",
        message: `the form applies the label "${s[key]}", so whoever files it would decide; the bot refuses to run with such a form`,
        fix: `remove "${s[key]}" from the form's labels:`,
        link
      });
    }
  }
  if (!labels.includes(s["label-adopter"])) {
    findings.push({
      subject: SUBJECT2,
      severity: "warning",
      message: `the form does not apply the routing label "${s["label-adopter"]}": submissions are then recognized by their headings only, and are hard to find`,
      fix: `add labels: ['${s["label-adopter"]}'] to the form (or set label-adopter to the label it applies)`,
      link
    });
  }
  return findings;
}
function mappedFields(form, fieldMap) {
  if (!form.ok) return [];
  const given = Object.keys(fieldMap).length > 0;
  return form.template.fields.map((f) => given ? fieldMap[f.key] : f.key).filter((id) => SUBMISSION_FIELDS.includes(id));
}
async function sectionFindings(form, s, sections, adopters, link) {
  if (!form.ok) return [];
  const mapped2 = Object.keys(s["field-map"]).length ? s["field-map"] : void 0;
  const field = form.template.fields.find((f) => (mapped2 ? mapped2[f.key] : f.key) === "section");
  const where = adopters.path;
  if (!field) {
    return sections.kind === "none" ? [] : [
      {
        subject: SUBJECT2,
        severity: "warning",
        message: `${where} is grouped (${sections.options.join(", ")}), but the form has no Adopter type field: every new entry goes into the largest group`,
        fix: 'add a dropdown with id "section" listing the groups (npx adopters-bot init --force writes one)',
        link
      }
    ];
  }
  if (sections.kind === "none") {
    return [
      {
        subject: SUBJECT2,
        severity: "info",
        message: `the form asks for "${field.label}", but ${where} has no sections: the answer is not used`,
        fix: `remove the "${field.label}" field from the form`,
        link
      }
    ];
  }
  const findings = [];
  const map = s["section-map"];
  for (const option of field.options) {
    const key = Object.keys(map).find((k) => k.toLowerCase() === option.toLowerCase());
    const target = key ? map[key] : option;
    if (Object.keys(s["section-files"]).some((k) => k.toLowerCase() === option.toLowerCase())) continue;
    const probe = await insertIntoFile(adopters.path, adopters.text, probeEntry(), fileOptionsFrom(s, target));
    if (!probe.ok && probe.code === "no-section") {
      findings.push({
        subject: SUBJECT2,
        severity: "error",
        message: `the form's option "${option}" matches no section of ${where} (it has: ${sections.options.join(", ")}); submissions choosing it are refused`,
        fix: `rename the option, or map it in section-map: "${option}: <heading or Type value>"`,
        link
      });
    }
  }
  return findings;
}
async function checkForm(form, s, links, adopters) {
  const path = s["issue-form"];
  if (!form) {
    return [
      {
        subject: SUBJECT2,
        severity: "error",
        message: `${path} is missing: nobody can file the adopter form`,
        fix: "run `npx adopters-bot init` (or copy the form from adopters-bot), or set issue-form to where your form is"
      }
    ];
  }
  const link = links.file(form.path);
  const read = readIssueFormTemplate(form.text);
  if (!read.ok) return [{ subject: SUBJECT2, severity: "error", message: `${form.path}: ${read.message}`, link }];
  try {
    parseIssueForm("", read.template, { fieldMap: mapped(s) });
  } catch (error) {
    if (!(error instanceof IssueFormConfigError)) throw error;
    return [
      { subject: SUBJECT2, severity: "error", message: error.message, fix: "correct field-map in the config file" }
    ];
  }
  const findings = labelFindings(form, s, link);
  const fields = mappedFields(read, s["field-map"]);
  for (const id of ["name", "website"]) {
    if (fields.includes(id)) continue;
    findings.push({
      subject: SUBJECT2,
      severity: "error",
      message: `no field of the form is read as "${id}", so every submission is refused`,
      fix: `give the field the id "${id}", or map your field's id to ${id} in field-map`,
      link
    });
  }
  if (!fields.includes("consent")) {
    findings.push({
      subject: SUBJECT2,
      severity: "warning",
      message: "the form has no consent checkbox: nobody confirms they may list the organization",
      fix: 'add a required checkbox with id "consent" (see the form adopters-bot ships)',
      link
    });
  }
  if (adopters) findings.push(...await sectionFindings(read, s, adopters.sections, adopters.file, link));
  if (!findings.some((f) => f.severity !== "ok" && f.severity !== "info")) {
    findings.push({
      subject: SUBJECT2,
      severity: "ok",
      message: `${form.path} is readable and matches the settings`,
      link
    });
  }
  return findings;
}
var mapped = (s) => Object.keys(s["field-map"]).length ? s["field-map"] : void 0;

// src/doctor/check-workflows.ts
var import_yaml2 = __toESM(require_dist(), 1);
var NEEDS = {
  intake: [
    { scope: "contents", access: "write", why: "to commit the entry on its branch" },
    { scope: "pull-requests", access: "write", why: "to open the pull request" },
    { scope: "issues", access: "write", why: "to comment and label" }
  ],
  links: [
    { scope: "contents", access: "read", why: "to read the file" },
    { scope: "issues", access: "write", why: "to keep the report issue" }
  ],
  doctor: [{ scope: "contents", access: "read", why: "to read the files" }],
  check: [
    { scope: "contents", access: "read", why: "to read the file at both ends of the PR" },
    { scope: "pull-requests", access: "read", why: "to read the pull request" }
  ]
};
var WHAT = {
  intake: "the intake",
  links: "the link check",
  doctor: "the doctor",
  check: "the pull request check"
};
var RANK = { none: 0, read: 1, write: 2 };
function eventsOf(on) {
  if (typeof on === "string") return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]));
  if (on && typeof on === "object")
    return Object.fromEntries(Object.entries(on).map(([k, v]) => [k, v ?? {}]));
  return {};
}
function accessOf(permissions, scope) {
  if (permissions === void 0) return void 0;
  if (permissions === "write-all") return "write";
  if (permissions === "read-all") return "read";
  if (permissions && typeof permissions === "object") {
    const value = permissions[scope];
    return value === "write" || value === "read" ? value : "none";
  }
  return "none";
}
var list = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
function roleOf(step, events) {
  const mode = typeof step.with?.mode === "string" ? step.with.mode : "auto";
  if (mode === "doctor") return "doctor";
  if (mode === "check-links" || mode === "auto" && "schedule" in events && !("issues" in events)) return "links";
  if (mode === "check-pr") return "check";
  if ((mode === "auto" || mode === "intake") && "issues" in events) return "intake";
  const types = list(events.pull_request?.types);
  if (mode === "auto" && "pull_request" in events && (!types.length || types.includes("opened"))) return "check";
  return void 0;
}
function missesPath(filters, path) {
  const paths = list(filters?.paths);
  return paths.length > 0 && !paths.some((p) => p === path || /[*?[]/.test(p));
}
function checkWorkflow(file, wf, s, links, roles) {
  const findings = [];
  const events = eventsOf(wf.on);
  const subject = `Workflow ${file.path}`;
  const link = links.file(file.path);
  const add = (severity, message, fix) => findings.push({ subject, severity, message, fix, link });
  let ours = false;
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (typeof step.run === "string" && /\$\{\{\s*(?:github\.event\.|steps\.[^}]*outputs)/.test(step.run)) {
        add(
          "error",
          `job "${name}" puts event data or step outputs into a run: script (an injection path)`,
          "pass them through env: instead, or drop the step"
        );
      }
      const uses = typeof step.uses === "string" ? step.uses : "";
      if (!/adopters-bot/i.test(uses) && uses !== "./") continue;
      const role = roleOf(step, events);
      if (!role) continue;
      ours = true;
      roles.add(role);
      const permissions = job.permissions ?? wf.permissions;
      for (const need of NEEDS[role]) {
        const granted = accessOf(permissions, need.scope);
        if (granted !== void 0 && RANK[granted] < RANK[need.access]) {
          add(
            "error",
            `job "${name}" lacks ${need.scope}: ${need.access}, which ${WHAT[role]} needs ${need.why}`,
            `add \`${need.scope}: ${need.access}\` to the job's permissions`
          );
        }
      }
      if (role === "check") {
        const writes = ["contents", "pull-requests", "issues"].filter((sc) => accessOf(permissions, sc) === "write");
        if (writes.length)
          add(
            "warning",
            `job "${name}" checks untrusted pull requests with write access (${writes.join(", ")})`,
            "grant only contents: read and pull-requests: read"
          );
        if ("pull_request_target" in events)
          add(
            "warning",
            "the check runs on pull_request_target, which gives pull requests from forks a write token",
            "use the pull_request event"
          );
        if (missesPath(events.pull_request, s["adopters-file"]))
          add(
            "warning",
            `its paths: filter does not include ${s["adopters-file"]}`,
            `add ${s["adopters-file"]} to paths:`
          );
      }
      if (role === "intake") {
        const types = list(events.issues?.types);
        if (types.length && !["opened", "edited"].every((t) => types.includes(t)))
          add(
            "warning",
            "it does not run on issues opened and edited: submissions or their edits go unanswered",
            "use issues: types: [opened, edited, reopened, labeled, closed]"
          );
        if (!wf.concurrency)
          add(
            "warning",
            "it has no concurrency group: two runs may write at once",
            "add concurrency: { group: adopters-bot, cancel-in-progress: false }"
          );
        if ("push" in events && missesPath(events.push, s["adopters-file"]))
          add(
            "warning",
            `its push paths: filter does not include ${s["adopters-file"]}: open PRs are not refreshed when it changes`,
            `add ${s["adopters-file"]} to paths:`
          );
      }
      if (role === "links" && "schedule" in events && !("workflow_dispatch" in events)) {
        add(
          "warning",
          "it has a schedule but no workflow_dispatch: once GitHub disables the schedule (60 days without activity in a public repository) it cannot be run by hand",
          "add workflow_dispatch: to on:"
        );
      }
    }
  }
  if (ours && wf.permissions === void 0) {
    add(
      "warning",
      "it has no top-level permissions: jobs without their own get the repository's default token permissions",
      "add `permissions: {}` at the top and grant each job only what it needs"
    );
  }
  if (ours && !findings.length) add("ok", "least privilege and the right events");
  return findings;
}
function checkWorkflows(workflows, s, links) {
  const findings = [];
  const roles = /* @__PURE__ */ new Set();
  for (const file of workflows) {
    let wf;
    try {
      wf = (0, import_yaml2.parse)(file.text) ?? {};
    } catch (error) {
      findings.push({
        subject: `Workflow ${file.path}`,
        severity: "warning",
        message: `not valid YAML: ${String(error).split("\n")[0]}`,
        link: links.file(file.path)
      });
      continue;
    }
    findings.push(...checkWorkflow(file, wf, s, links, roles));
  }
  const missing = (role, severity, message, fix) => {
    if (!roles.has(role)) findings.push({ subject: "Workflows", severity, message, fix });
  };
  missing(
    "intake",
    "error",
    "no workflow runs adopters-bot on issues events: filed forms get no answer",
    "add .github/workflows/adopters.yml (`npx adopters-bot init` writes it)"
  );
  missing(
    "links",
    "info",
    "no workflow checks the links of the adopters file",
    "add .github/workflows/adopters-links.yml (`npx adopters-bot init` writes it)"
  );
  missing(
    "check",
    "info",
    "pull requests that edit the adopters file by hand are not checked",
    "add .github/workflows/adopters-pr-check.yml (`npx adopters-bot init` writes it)"
  );
  return findings;
}

// src/doctor/check-files.ts
function readConfig(config, links) {
  const subject = "Config file";
  if (!config) {
    return {
      settings: DEFAULT_SETTINGS,
      findings: [{ subject, severity: "ok", message: "no .github/adopters.yml: the defaults apply" }]
    };
  }
  const parsed = parseConfigFile(config.text, config.path);
  const resolved = parsed.ok ? resolveSettings(parsed.values, {}) : parsed;
  if (!resolved.ok) {
    const findings = resolved.errors.map((message) => ({
      subject,
      severity: "error",
      message: `${message}; the bot fails every run until it is fixed`,
      fix: `correct ${config.path} (the README's configuration table lists every key)`,
      link: links.file(config.path, Number(/ line (\d+)/.exec(message)?.[1]) || void 0)
    }));
    return { settings: DEFAULT_SETTINGS, findings };
  }
  return {
    settings: resolved.settings,
    findings: [{ subject, severity: "ok", message: `${config.path} is valid`, link: links.file(config.path) }]
  };
}
async function checkFiles(files, s, links) {
  const adopters = files.adopters ? {
    file: files.adopters,
    sections: await listFileSections(files.adopters.path, files.adopters.text, fileOptionsFrom(s))
  } : void 0;
  return [
    ...await checkForm(files.form, s, links, adopters),
    ...await checkAdoptersFile(files.adopters, s, links, files.dataFiles ?? []),
    ...checkWorkflows(files.workflows, s, links)
  ];
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
function labelFindings2(r, s, links) {
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
    ...labelFindings2(r, s, links),
    ...scheduleFindings(r, links)
  ];
}

// src/doctor/finding.ts
var isProblem = (f) => f.severity === "error" || f.severity === "warning";
function doctorStatus(findings) {
  return findings.some(isProblem) ? "problems" : "healthy";
}
function doctorLinks(repo, branch) {
  const base = repo ? `${repo.serverUrl}/${repo.owner}/${repo.repo}` : void 0;
  const links = {
    settings: (page) => base && `${base}/settings${page ? `/${page}` : ""}`,
    file: (path, line) => base && `${base}/blob/${encodeURIComponent(branch)}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`,
    labels: () => base && `${base}/labels`,
    actions: () => base && `${base}/actions`
  };
  return links;
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F", ok: "\u2705" };
var ORDER = ["error", "warning", "info", "ok"];
var sorted = (findings) => [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
var cell = (text) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function counts(findings) {
  const n = (s) => findings.filter((f) => f.severity === s).length;
  const parts = [plural(n("error"), "error"), plural(n("warning"), "warning")];
  if (n("info")) parts.push(plural(n("info"), "note"));
  return parts.join(", ");
}
function doctorHeadline(findings) {
  return doctorStatus(findings) === "healthy" ? `Doctor: all ${findings.length} checks passed${findings.some((f) => f.severity === "info") ? " (with notes)" : ""}.` : `Doctor: ${counts(findings)}; each says what to change.`;
}
function renderDoctorMarkdown(findings) {
  const healthy = doctorStatus(findings) === "healthy";
  const rows = sorted(findings).map((f) => {
    const shown = f.link?.replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\//, "");
    const fix = [f.fix, f.link ? `[${shown}](${f.link})` : void 0].filter(Boolean);
    return `| ${ICON[f.severity]} | ${cell(f.subject)} | ${cell(f.message)} | ${cell(fix.join(" \u2014 "))} |`;
  });
  return [
    healthy ? "### \u2705 adopters-bot doctor: all is well" : `### \u274C adopters-bot doctor: ${counts(findings)}`,
    "",
    "| | check | finding | what to change |",
    "| --- | --- | --- | --- |",
    ...rows
  ].join("\n");
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
