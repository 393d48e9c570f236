import type { FileSections } from '../adopters/list-sections.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { yamlScalar } from './render-form.js';

/**
 * `.github/adopters.yml` for a repository: the adopters file when it is not the default, the mapping
 * from the form's Adopter type options to the file's sections (identity: the form spells them as the
 * file does, and the map shows a maintainer where to change either), and an empty field map with a
 * word on when to fill it. Every other setting keeps its default and is listed in the README.
 */
export function renderConfig(
  adoptersFile: string,
  sections: FileSections,
  options: string[],
  sectionFiles?: Record<string, string>,
): string {
  const lines = [
    '# adopters-bot settings. Each key is also an input of the action (inputs win); unknown keys and wrong',
    '# values fail the run with a message naming the key and its line. All keys: see "Configuration" in',
    "# adopters-bot's README.",
    '',
  ];
  if (adoptersFile !== DEFAULT_SETTINGS['adopters-file']) {
    lines.push('# The file that lists the adopters.', `adopters-file: ${yamlScalar(adoptersFile)}`, '');
  }
  if (sectionFiles) {
    lines.push(
      '# One file per group: each "Adopter type" option of the issue form, and the file its adopters go in.',
      'section-files:',
      ...Object.entries(sectionFiles).map(([o, f]) => `  ${yamlScalar(o)}: ${yamlScalar(f)}`),
      '',
    );
  } else if (sections.kind !== 'none' && options.length) {
    const what = sections.kind === 'types' ? `a value of its ${sections.column} column` : 'a heading';
    lines.push(
      `# Each "Adopter type" option of the issue form, and where it goes in ${adoptersFile} (${what}).`,
      '# Rename an option in the form? Change its key here too.',
      'section-map:',
      ...options.map((o) => `  ${yamlScalar(o)}: ${yamlScalar(o)}`),
      '',
    );
  }
  lines.push(
    "# Your own form's field ids mapped to ours (name, website, description, section, logo, contact,",
    '# consent), e.g. `company: name`. Empty: the form uses our ids.',
    'field-map: {}',
    '',
  );
  return lines.join('\n');
}
