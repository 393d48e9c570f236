import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintFile
} from "./chunk-IMCV4MHD.js";
import {
  findDataSource,
  listFileSections
} from "./chunk-7F6CK24P.js";
import {
  IssueFormConfigError,
  parseIssueForm,
  readIssueFormTemplate
} from "./chunk-U35WCZE2.js";
import {
  parseConfigFile,
  resolveSettings
} from "./chunk-BEIA52AQ.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-ZSXTZERE.js";
import {
  insertIntoFile
} from "./chunk-M3JUTA7E.js";
import {
  SUBMISSION_FIELDS,
  validateEntry
} from "./chunk-YJA3KOFE.js";
import {
  dataFormat,
  fileOptionsFrom
} from "./chunk-MEP3FXJ7.js";
import {
  require_dist
} from "./chunk-E5HPRSMU.js";
import {
  __toESM
} from "./chunk-ONBS6DE5.js";

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
function renderDoctorText(findings) {
  const label = { error: "error  ", warning: "warning", info: "note   ", ok: "ok     " };
  const lines = sorted(findings).flatMap((f) => [
    `${label[f.severity]} ${f.subject}: ${f.message}`,
    ...f.fix ? [`        fix: ${f.fix}`] : [],
    ...f.link ? [`        see: ${f.link}`] : []
  ]);
  return `${lines.join("\n")}

${doctorHeadline(findings)}
`;
}

export {
  readConfig,
  checkFiles,
  isProblem,
  doctorStatus,
  doctorLinks,
  doctorHeadline,
  renderDoctorMarkdown,
  renderDoctorText
};
