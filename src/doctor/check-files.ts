import { fileOptionsFrom } from '../adopters-file/options.js';
import { listFileSections } from '../adopters-file/sections.js';
import { parseConfigFile, resolveSettings } from '../config/resolve-settings.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { checkAdoptersFile } from './check-adopters-file.js';
import { checkForm, type RepoFile } from './check-form.js';
import { checkWorkflows } from './check-workflows.js';
import type { DoctorLinks, Finding } from './finding.js';

export type { RepoFile };

/** The repository's files the doctor reads: on the default branch (action) or in a folder (CLI). */
export interface DoctorFiles {
  config?: RepoFile;
  form?: RepoFile;
  adopters?: RepoFile;
  workflows: RepoFile[];
  /** Data files found where adopters data lives (data/, website/data/…), to name the source of a generated list. */
  dataFiles?: RepoFile[];
}

/**
 * Settings from the config file as the action would read them, with a finding for each mistake
 * (naming the key and its line); the defaults stand in for a file that does not parse.
 */
export function readConfig(
  config: RepoFile | undefined,
  links: DoctorLinks,
): { settings: Settings; findings: Finding[] } {
  const subject = 'Config file';
  if (!config) {
    return {
      settings: DEFAULT_SETTINGS,
      findings: [{ subject, severity: 'ok', message: 'no .github/adopters.yml: the defaults apply' }],
    };
  }
  const parsed = parseConfigFile(config.text, config.path);
  const resolved = parsed.ok ? resolveSettings(parsed.values, {}) : parsed;
  if (!resolved.ok) {
    const findings = resolved.errors.map((message): Finding => ({
      subject,
      severity: 'error',
      message: `${message}; the bot fails every run until it is fixed`,
      fix: `correct ${config.path} (the README's configuration table lists every key)`,
      link: links.file(config.path, Number(/ line (\d+)/.exec(message)?.[1]) || undefined),
    }));
    return { settings: DEFAULT_SETTINGS, findings };
  }
  return {
    settings: resolved.settings,
    findings: [{ subject, severity: 'ok', message: `${config.path} is valid`, link: links.file(config.path) }],
  };
}

/** Everything the files say: the form, the adopters file, and the workflows. */
export async function checkFiles(files: DoctorFiles, s: Settings, links: DoctorLinks): Promise<Finding[]> {
  const adopters = files.adopters
    ? {
        file: files.adopters,
        sections: await listFileSections(files.adopters.path, files.adopters.text, fileOptionsFrom(s)),
      }
    : undefined;
  return [
    ...(await checkForm(files.form, s, links, adopters)),
    ...(await checkAdoptersFile(files.adopters, s, links, files.dataFiles ?? [])),
    ...checkWorkflows(files.workflows, s, links),
  ];
}
