import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readRepositoryFolder
} from "./chunk-6H5M4DPF.js";
import {
  groupNameOf
} from "./chunk-AVKGNS34.js";
import {
  findAdoptersFile,
  findDataSource,
  isDataPath,
  listFileSections
} from "./chunk-7F6CK24P.js";
import "./chunk-GY4TQY5T.js";
import {
  DEFAULT_CHANGE_FORM,
  DEFAULT_CHANGE_FORM_PATH,
  DEFAULT_ISSUE_FORM,
  DEFAULT_ISSUE_FORM_PATH,
  readIssueFormTemplate
} from "./chunk-U35WCZE2.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-ZSXTZERE.js";
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
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-MEP3FXJ7.js";
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

// src/cli/init.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/init/action-ref.ts
var ACTION = "adopters-bot/adopters-bot";
var DEFAULT_ACTION_REF = "v0";
function parseActionRef(raw) {
  const ref = raw.trim();
  if (/^[0-9a-f]{40}$/i.test(ref)) return { ok: true, value: { kind: "sha", ref: ref.toLowerCase() } };
  if (/^[0-9a-f]{7,39}$/i.test(ref) && /\d/.test(ref) && /[a-f]/i.test(ref)) {
    return { ok: false, message: `"${ref}" looks like a short commit SHA; give the full 40-character SHA` };
  }
  const gitRule = !/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(ref) || /\.\.|\/\/|\/\.|\.lock(?:\/|$)|[/.]$/.test(ref) || ref.length > 100;
  if (gitRule) {
    return {
      ok: false,
      message: `"${raw}" is not a tag or a commit SHA (e.g. v0, v0.1.0, or a full 40-character SHA)`
    };
  }
  return { ok: true, value: { kind: "tag", ref } };
}
function describeActionRef(actionRef) {
  const uses = `${ACTION}@${actionRef.ref}`;
  const upgrade = "Dependabot proposes each new release when .github/dependabot.yml has `package-ecosystem: github-actions`.";
  if (actionRef.kind === "sha") return [`The workflows are pinned to the commit ${uses}.`, upgrade];
  const pin = `To pin the release you reviewed, put the full commit SHA of its tag in place of @${actionRef.ref} in the workflows (init --action-ref <SHA> writes it).`;
  const major = /^v(\d+)$/.exec(actionRef.ref);
  if (major) {
    return [
      `The workflows use ${uses}, which moves to each new ${major[1]}.x release (https://github.com/${ACTION}/releases).`,
      pin,
      upgrade
    ];
  }
  return [`The workflows use ${uses}. A tag can be moved to other code; a full commit SHA cannot.`, pin, upgrade];
}

// src/init/render-form.ts
function yamlScalar(text) {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ._()/&'+-]*$/u.test(text) && !/\s$/.test(text);
  const keyword = /^(?:y|yes|n|no|true|false|on|off|null|~|[-+]?[\d._]+)$/i.test(text);
  return plain && !keyword ? text : JSON.stringify(text);
}
function sectionBlock(form) {
  const start = form.indexOf("  - type: dropdown\n    id: section\n");
  const end = form.indexOf("\n  - type: ", start + 1) + 1;
  if (start < 0 || end <= 0) throw new Error("the default issue form has no section dropdown to adapt");
  return { start, end };
}
var RESERVED = /^none$/i;
function fileNamed(adoptersFile) {
  return /^[\w./-]+$/.test(adoptersFile) ? adoptersFile : "the adopters file";
}
function renderChangeForm(adoptersFile) {
  return DEFAULT_CHANGE_FORM.replace("entry in ADOPTERS.md,", `entry in ${fileNamed(adoptersFile)},`);
}
function renderAdopterForm(sections, adoptersFile) {
  const named = fileNamed(adoptersFile);
  let form = DEFAULT_ISSUE_FORM.replace("Ask to be listed in ADOPTERS.md.", `Ask to be listed in ${named}.`);
  const { start, end } = sectionBlock(form);
  const options = sections.kind === "none" ? [] : sections.options.filter((o) => !RESERVED.test(o));
  const skipped = sections.kind === "none" ? [] : sections.options.filter((o) => RESERVED.test(o));
  if (!options.length) {
    form = form.slice(0, start) + form.slice(end);
  } else {
    const where = sections.kind === "types" ? `The ${sections.column} your organization is listed under in ${adoptersFile}.` : `The section of ${adoptersFile} your organization goes in.`;
    const block = [
      "  - type: dropdown",
      "    id: section",
      "    attributes:",
      "      label: Adopter type",
      `      description: ${yamlScalar(where)}`,
      "      options:",
      ...options.map((o) => `        - ${yamlScalar(o)}`),
      "    validations:",
      "      required: true",
      ""
    ].join("\n");
    form = form.slice(0, start) + block + form.slice(end);
  }
  const read = readIssueFormTemplate(form);
  const field = read.ok ? read.template.fields.find((f) => f.key === "section") : void 0;
  if (!read.ok || JSON.stringify(field?.options ?? []) !== JSON.stringify(options)) {
    throw new Error(`the adapted issue form does not read back as intended${read.ok ? "" : `: ${read.message}`}`);
  }
  return { text: form, skipped };
}

// src/init/render-config.ts
function renderConfig(adoptersFile, sections, options, sectionFiles) {
  const lines = [
    "# adopters-bot settings. Each key is also an input of the action (inputs win); unknown keys and wrong",
    '# values fail the run with a message naming the key and its line. All keys: see "Configuration" in',
    "# adopters-bot's README.",
    ""
  ];
  if (adoptersFile !== DEFAULT_SETTINGS["adopters-file"]) {
    lines.push("# The file that lists the adopters.", `adopters-file: ${yamlScalar(adoptersFile)}`, "");
  }
  if (sectionFiles) {
    lines.push(
      '# One file per group: each "Adopter type" option of the issue form, and the file its adopters go in.',
      "section-files:",
      ...Object.entries(sectionFiles).map(([o, f]) => `  ${yamlScalar(o)}: ${yamlScalar(f)}`),
      ""
    );
  } else if (sections.kind !== "none" && options.length) {
    const what = sections.kind === "types" ? `a value of its ${sections.column} column` : "a heading";
    lines.push(
      `# Each "Adopter type" option of the issue form, and where it goes in ${adoptersFile} (${what}).`,
      "# Rename an option in the form? Change its key here too.",
      "section-map:",
      ...options.map((o) => `  ${yamlScalar(o)}: ${yamlScalar(o)}`),
      ""
    );
  }
  lines.push(
    "# Your own form's field ids mapped to ours (name, website, description, section, logo, contact,",
    "# consent), e.g. `company: name`. Empty: the form uses our ids.",
    "field-map: {}",
    ""
  );
  return lines.join("\n");
}

// src/init/workflow-templates.ts
var INTAKE = `# adopters-bot: answers the adopter issue form, opens the pull request, merges it when a maintainer
# approves by label, and keeps every open adopter pull request conflict-free when ADOPTERS.md changes
# on main.
name: adopters

on:
  issues:
    types: [opened, edited, reopened, labeled, closed]
  pull_request:
    types: [labeled, closed]
  push:
    branches: [main]
    paths: [ADOPTERS.md]

permissions: {}

# One writer at a time. GitHub keeps only one pending run per group, so each run reconciles all
# pending work: a dropped run loses nothing.
concurrency:
  group: adopters-bot
  cancel-in-progress: false

jobs:
  adopters:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      issues: write
    steps:
      # Pin to the commit of the release you reviewed (Dependabot keeps it current).
      - uses: adopters-bot/adopters-bot@v0
        with:
          # A GitHub App token (recommended) lets the bot's PRs run your CI and its merges start
          # push workflows; the default workflow token works with the limits in the README.
          token: \${{ secrets.ADOPTERS_BOT_TOKEN || github.token }}
`;
var LINKS = `# adopters-bot's link check: checks every link in ADOPTERS.md weekly and keeps one report issue up to
# date. GitHub disables schedules of public repositories after 60 days without activity: "Run
# workflow" (workflow_dispatch) starts it by hand and re-enables it.
name: adopters links

on:
  schedule:
    - cron: '17 4 * * 1'
  workflow_dispatch:

permissions: {}

concurrency:
  group: adopters-links
  cancel-in-progress: false

jobs:
  links:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          mode: check-links
`;
var PR_CHECK = `# adopters-bot's check of pull requests that edit ADOPTERS.md by hand: it fails on the problems a pull
# request adds (an entry out of order, malformed, duplicated, a link without https://), with an
# annotation on each line. Problems the file already had do not count. Read-only, so it runs the same
# for pull requests from forks.
name: adopters check

on:
  pull_request:
    types: [opened, synchronize, reopened]
    paths: [ADOPTERS.md]

permissions: {}

concurrency:
  group: adopters-check-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          mode: check-pr
`;
var DOCTOR = `# adopters-bot's doctor: checks the setup (Actions settings, the token, branch protection, merge
# methods, labels, the issue form, the workflows, ADOPTERS.md) and says in the job summary what to
# change and where. Run it by hand (Actions \u2192 adopters doctor \u2192 Run workflow); it creates the labels
# the bot uses when they are missing.
name: adopters doctor

on:
  workflow_dispatch:
    inputs:
      create-labels:
        description: Create the labels the bot uses when they are missing
        type: boolean
        default: true

permissions: {}

jobs:
  doctor:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
      pull-requests: read
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          # The token the bot runs with, so the doctor sees what the bot can do.
          token: \${{ secrets.ADOPTERS_BOT_TOKEN || github.token }}
          mode: doctor
          dry-run: \${{ !inputs.create-labels }}
`;
function renderWorkflows(adoptersFile, defaultBranch, actionRef = DEFAULT_ACTION_REF) {
  const adapt = (text) => text.replaceAll(`uses: ${ACTION}@${DEFAULT_ACTION_REF}
`, `uses: ${ACTION}@${actionRef}
`).replace(
    /paths: \[ADOPTERS\.md\]|ADOPTERS\.md/g,
    (m) => m === "ADOPTERS.md" ? adoptersFile : `paths: [${yamlScalar(adoptersFile)}]`
  ).replaceAll("branches: [main]", `branches: [${yamlScalar(defaultBranch)}]`).replaceAll("\n# on main.", `
# on ${defaultBranch}.`);
  const file = (name, text, purpose) => ({
    path: `.github/workflows/${name}`,
    text: adapt(text),
    purpose
  });
  return [
    file("adopters.yml", INTAKE, "intake, approval by label, refresh of open adopter PRs"),
    file("adopters-links.yml", LINKS, "weekly link check with one report issue"),
    file("adopters-pr-check.yml", PR_CHECK, "check of pull requests that edit the adopters file by hand"),
    file("adopters-doctor.yml", DOCTOR, "the doctor, run by hand: checks the setup, creates the labels")
  ];
}

// src/init/plan-init.ts
var STARTER = `# Adopters

Organizations that use this project. To add yours, open an issue with the adopter form: a bot checks
it and opens the pull request.
`;
async function planInit(input) {
  const actionRef = input.actionRef ?? { kind: "tag", ref: DEFAULT_ACTION_REF };
  const groups = input.groupFiles ?? [];
  if (groups.length > 1 && (!input.adopters || groups.some((g) => g.path === input.adopters.path)))
    return planGroupFolder(groups, input.defaultBranch, actionRef);
  const notes = [];
  let chosen = input.adopters;
  let others = input.others ?? [];
  const source = chosen && !isDataPath(chosen.path) ? findDataSource(chosen, input.dataFiles ?? []) : void 0;
  if (chosen && source) {
    notes.push(
      `${chosen.path} ${source.why === "generated" ? "is generated from" : "lists the same adopters as"} ${source.path}: the bot edits ${source.path} (the source), never ${chosen.path}`
    );
    others = [chosen.path, ...others.filter((o) => o !== source.path)];
    chosen = input.dataFiles.find((f) => f.path === source.path);
  }
  const adoptersFile = chosen?.path ?? DEFAULT_SETTINGS["adopters-file"];
  const text = chosen?.text ?? STARTER;
  const sections = await listFileSections(adoptersFile, text);
  const form = renderAdopterForm(sections, adoptersFile);
  const options = sections.kind === "none" ? [] : sections.options.filter((o) => !form.skipped.includes(o));
  const files = [];
  if (!chosen) files.push({ path: adoptersFile, text: STARTER, purpose: "the adopters list (empty)" });
  files.push({ path: DEFAULT_ISSUE_FORM_PATH, text: form.text, purpose: "the adopter issue form" });
  files.push({
    path: DEFAULT_CHANGE_FORM_PATH,
    text: renderChangeForm(adoptersFile),
    purpose: "the change form: update or remove a listed entry"
  });
  files.push(...renderWorkflows(adoptersFile, input.defaultBranch, actionRef.ref));
  files.push({
    path: ".github/adopters.yml",
    text: renderConfig(adoptersFile, sections, options),
    purpose: "settings"
  });
  for (const other of others) {
    if (source && other === input.adopters?.path) continue;
    notes.push(`${other} was also found; pass --file ${other} to use it instead`);
  }
  for (const skipped of form.skipped) {
    notes.push(`the section "${skipped}" cannot be a dropdown option (GitHub reserves "None"); rename it in the file`);
  }
  return { adoptersFile, startsAdoptersFile: !chosen, sections, options, files, notes, actionRef };
}
function nextSteps(plan, repoUrl) {
  const at = (path) => repoUrl ? ` (${repoUrl}/${path})` : "";
  const paths = [plan.startsAdoptersFile ? plan.adoptersFile : void 0, ".github"].filter(Boolean).join(" ");
  return [
    `Review the files, then commit and push them: git add ${paths} && git commit -m "Add adopters-bot"`,
    `Let the bot open pull requests: in Settings \u2192 Actions \u2192 General \u2192 Workflow permissions, tick \u201CAllow GitHub Actions to create and approve pull requests\u201D${at("settings/actions")}; or store a GitHub App token as the secret ADOPTERS_BOT_TOKEN (recommended: the bot's pull requests then run your CI)${at("settings/secrets/actions")}.`,
    `Create the labels: run the \u201Cadopters doctor\u201D workflow (Actions \u2192 adopters doctor \u2192 Run workflow)${at("actions/workflows/adopters-doctor.yml")}. The form applies its \`adopter\` label only once it exists; the doctor also checks the setup and says what to change.`,
    "Check the files locally any time: npx adopters-bot doctor"
  ];
}
function planGroupFolder(groups, defaultBranch, actionRef) {
  const names = groups.map((g) => groupNameOf(g));
  const sections = { kind: "headings", options: names };
  const adoptersFile = groups[0].path;
  const folder = adoptersFile.slice(0, adoptersFile.lastIndexOf("/") + 1);
  const form = renderAdopterForm(sections, folder);
  const options = names.filter((o) => !form.skipped.includes(o));
  const sectionFiles = Object.fromEntries(
    groups.filter((_, i) => options.includes(names[i])).map((g, i) => [names[i], g.path])
  );
  return {
    adoptersFile,
    startsAdoptersFile: false,
    sections,
    options,
    files: [
      { path: DEFAULT_ISSUE_FORM_PATH, text: form.text, purpose: "the adopter issue form" },
      ...renderWorkflows(`${folder}**`, defaultBranch, actionRef.ref),
      {
        path: ".github/adopters.yml",
        text: renderConfig(adoptersFile, sections, options, sectionFiles),
        purpose: "settings"
      }
    ],
    actionRef,
    notes: [
      `${folder} holds one file per group (${names.join(", ")}): section-files sends each Adopter type to its file`
    ]
  };
}

// src/cli/init.ts
var INIT_HELP = `Usage: adopters init [DIR] [--file <PATH>] [--action-ref <REF>] [--force] [--dry-run]

Sets adopters-bot up in a repository (DIR, default: the current folder). Finds the adopters file
(ADOPTERS.md, USERS.md, adopters*/users* in any case, at the root or under docs/; else a YAML/JSON data
file under data/, website/data/, src/data/ or site/data/; the data file when the Markdown list is
generated from it), reads its sections or its Type column, and writes:
  .github/ISSUE_TEMPLATE/adopter.yml   the issue form; its Adopter type options are the file's sections
  .github/workflows/adopters*.yml      intake and approval, link check, PR check, doctor
  .github/adopters.yml                 settings: the file's path, the section mapping
and ADOPTERS.md itself when the repository has no adopters file. Existing files are kept.

Options:
  --file <PATH>        the adopters file, relative to DIR (when it has another name, e.g. INTHEWILD.md)
  --action-ref <REF>   the adopters-bot the workflows run (uses: adopters-bot/adopters-bot@REF): a tag,
                       or a full 40-character commit SHA to pin a release you reviewed (default: v0)
  --force              overwrite existing files
  --dry-run            print what would be written, write nothing`;
var initCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: "string" },
      "action-ref": { type: "string" },
      force: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false }
    }
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const actionRef = values["action-ref"] === void 0 ? void 0 : parseActionRef(values["action-ref"]);
  if (actionRef && !actionRef.ok) throw new UsageError(`--action-ref: ${actionRef.message}`);
  const root = resolve(io.cwd, positionals[0] ?? ".");
  const folder = await readRepositoryFolder(root);
  const found = values.file === void 0 ? findAdoptersFile(folder.topFiles) : { path: values.file, others: [], groups: [] };
  if (values.file !== void 0 && !existsSync(join(root, values.file))) {
    throw new UsageError(`--file: ${values.file} is not in ${root}`);
  }
  const adopters = found.path ? { path: found.path, text: await readFile(join(root, found.path), "utf8") } : void 0;
  const dataFiles = await Promise.all(
    found.others.filter(isDataPath).map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") }))
  );
  const groupFiles = await Promise.all(
    found.groups.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") }))
  );
  const defaultBranch = folder.defaultBranch ?? "main";
  const plan = await planInit({
    adopters,
    others: found.others,
    dataFiles,
    groupFiles,
    defaultBranch,
    actionRef: actionRef?.value
  });
  const say = (line = "") => io.stdout(`${line}
`);
  say(
    adopters ? `Adopters file: ${plan.adoptersFile}` : `No adopters file found (ADOPTERS.md, USERS.md\u2026): starting ${plan.adoptersFile}`
  );
  if (plan.sections.kind === "none") say("  no sections: the form asks no Adopter type");
  else {
    const what = plan.sections.kind === "types" ? `values of its ${plan.sections.column} column` : "sections";
    say(`  ${what}: ${plan.options.join(", ")} (the form's Adopter type options)`);
  }
  say(
    `  default branch: ${defaultBranch}${folder.defaultBranch ? "" : " (assumed: edit the push filter's branches if not)"}`
  );
  for (const note of plan.notes) say(`  note: ${note}`);
  say();
  let skipped = 0;
  for (const file of plan.files) {
    const target = join(root, file.path);
    if (existsSync(target) && !values.force) {
      skipped++;
      say(`skipped ${file.path}: it exists (--force overwrites it)`);
      continue;
    }
    if (values["dry-run"]) {
      say(`[dry-run] would write ${file.path} (${file.purpose})`);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    say(`wrote ${file.path} (${file.purpose})`);
  }
  if (skipped) say(`
${skipped} file(s) kept as they were; rerun with --force to replace them.`);
  const repoUrl = folder.remote && `${folder.remote.serverUrl}/${folder.remote.owner}/${folder.remote.repo}`;
  say("\nNext:");
  nextSteps(plan, repoUrl).forEach((step, i) => say(`  ${i + 1}. ${step}`));
  say("\nPinning:");
  for (const line of describeActionRef(plan.actionRef)) say(`  ${line}`);
  return EXIT.ok;
};
export {
  INIT_HELP,
  initCommand
};
