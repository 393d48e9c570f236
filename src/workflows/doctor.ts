import { ADOPTERS_FOLDERS, isAdoptersCandidate, isDataPath } from '../init/find-adopters-file.js';
import { checkFiles, type DoctorFiles, readConfig, type RepoFile } from '../doctor/check-files.js';
import { checkRepository, type RepositoryReport } from '../doctor/check-repository.js';
import {
  type DoctorStatus,
  doctorHeadline,
  doctorLinks,
  doctorStatus,
  type Finding,
  isProblem,
  renderDoctorMarkdown,
} from '../doctor/finding.js';
import { missingLabels, wantedLabels } from '../doctor/labels.js';
import { ConfigurationError, type WorkflowContext } from './context.js';
import type { InspectPort, LabelInfo, Read } from './inspect-port.js';

export interface DoctorResult {
  status: DoctorStatus;
  findings: Finding[];
  /** One line for the log (no untrusted text). */
  summary: string;
}

const WORKFLOWS = '.github/workflows';

/** Creates the missing labels (unless dry-run); returns the names created and the label list after. */
async function createLabels(
  ctx: WorkflowContext,
  inspect: InspectPort,
  labels: Read<LabelInfo[]>,
): Promise<{ created: string[]; labels: Read<LabelInfo[]> }> {
  if (!labels.ok) return { created: [], labels };
  const created: string[] = [];
  for (const label of missingLabels(wantedLabels(ctx.settings), labels.value)) {
    if (ctx.settings['dry-run']) {
      ctx.ports.reporter.info(`[dry-run] would create the label ${label.name}`);
      continue;
    }
    const outcome = await inspect.createLabel(label);
    if (outcome === 'forbidden') break;
    if (outcome === 'created') created.push(label.name);
  }
  return { created, labels: created.length ? await inspect.labels() : labels };
}

/**
 * The doctor (`mode: doctor`, run by hand on workflow_dispatch): reads the files on the default branch
 * and the repository's settings through the API, creates the labels the bot uses when they are missing
 * (not in dry-run), and reports every finding with its fix in the job summary.
 */
export async function runDoctor(ctx: WorkflowContext, now = new Date()): Promise<DoctorResult> {
  const inspect = ctx.inspect;
  if (!inspect) throw new ConfigurationError('the doctor needs the repository inspector');
  const { repo, reporter } = ctx.ports;
  const s = ctx.settings;
  const branch = await repo.defaultBranch();
  const read = async (path: string): Promise<RepoFile | undefined> => {
    const text = await repo.readFile(path, branch);
    return text === undefined ? undefined : { path, text };
  };
  const names = (await inspect.listFolder(WORKFLOWS, branch)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const [config, form, adopters, ...workflows] = await Promise.all([
    read(s['config-file']),
    read(s['issue-form']),
    read(s['adopters-file']),
    ...names.map((n) => read(`${WORKFLOWS}/${n}`)),
  ]);
  // Data files where static sites keep adopters: the source of a Markdown list generated from one.
  // (The root is not listed: the contents API has no route for it; its usual names are tried instead.)
  const dataPaths = [
    ...['adopters.yaml', 'adopters.yml', 'adopters.json'],
    ...(
      await Promise.all(
        ADOPTERS_FOLDERS.filter((f) => f).map(async (f) =>
          (await inspect.listFolder(f.slice(0, -1), branch)).map((n) => f + n),
        ),
      )
    ).flat(),
  ].filter((p) => isAdoptersCandidate(p) && isDataPath(p) && p !== s['adopters-file']);
  const dataFiles = (await Promise.all(dataPaths.map(read))).filter((f) => f !== undefined);
  const files: DoctorFiles = {
    config,
    form,
    adopters,
    workflows: workflows.filter((w) => w !== undefined),
    dataFiles,
  };

  const repository = await inspect.repository();
  const [token, actions, branchFacts, protection, rules, labels] = await Promise.all([
    inspect.token(),
    inspect.actionsSettings(),
    inspect.branch(branch),
    inspect.protection(branch),
    inspect.rules(branch),
    inspect.labels(),
  ]);
  const afterCreation = await createLabels(ctx, inspect, labels);
  const report: RepositoryReport = {
    token,
    repository,
    actions,
    branch: branchFacts,
    protection,
    rules,
    labels: afterCreation.labels,
    created: afterCreation.created,
    now,
  };
  const links = doctorLinks(ctx.repo, branch);
  const findings = [
    ...readConfig(config, links).findings,
    ...(await checkFiles(files, s, links)),
    ...checkRepository(report, s, links),
  ];
  reporter.summary(renderDoctorMarkdown(findings));
  for (const f of findings.filter(isProblem))
    reporter.warning(`${f.subject}: ${f.message}${f.fix ? ` (fix: ${f.fix})` : ''}`);
  return { status: doctorStatus(findings), findings, summary: doctorHeadline(findings) };
}
