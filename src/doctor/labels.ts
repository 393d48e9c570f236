import type { Settings } from '../config/settings.js';
import type { LabelInfo } from '../workflows/inspect-port.js';

/**
 * The labels the bot uses, with the colors and descriptions the doctor creates them with. Names come
 * from the settings; GitHub limits descriptions to 100 characters.
 */
export function wantedLabels(s: Settings): LabelInfo[] {
  return [
    { name: s['label-adopter'], color: 'c5def5', description: 'An adopter submission (set by the issue form)' },
    {
      name: s['label-adopter-change'],
      color: 'c5def5',
      description: 'A request to update or remove a listed adopter (set by the change form)',
    },
    {
      name: s['label-needs-changes'],
      color: 'd93f0b',
      description: 'The submission has problems to fix (see the bot comment)',
    },
    {
      name: s['label-needs-review'],
      color: 'fbca04',
      description: 'A look-alike name or a listed website: a maintainer should judge',
    },
    { name: s['label-pr-open'], color: '1d76db', description: 'The bot opened the pull request for this submission' },
    {
      name: s['label-approved'],
      color: '0e8a16',
      description: 'Maintainers: approve the submission (the bot merges its PR)',
    },
    {
      name: s['label-rejected'],
      color: 'b60205',
      description: 'Maintainers: reject the submission (the bot closes its PR)',
    },
    { name: s['label-override'], color: '5319e7', description: 'Maintainers: accept a submission flagged for review' },
    { name: s['label-links'], color: 'bfd4f2', description: 'The report of broken links in the adopters file' },
  ];
}

/** Labels are matched as GitHub does: ignoring case. */
export function missingLabels(wanted: LabelInfo[], existing: { name: string }[]): LabelInfo[] {
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  return wanted.filter((l) => !have.has(l.name.toLowerCase()));
}
