// Hostile text on its way to GitHub's comments, pull requests and the log: the title and labels,
// names already in the file that the bot quotes, huge values. The suite checks every comment and pull
// request for live mentions, foreign references and raw HTML, and the log for untrusted text.
import { expect } from 'vitest';
import { FILE, type IntakeRecord } from '../support/intake.js';
import { formBody } from '../support/pure.js';
import type { Outcome } from '../support/tally.js';
import { SHAPES, type IntakeCase, HOOLI, intakeCase } from './types.js';

const BOT = 'github-actions[bot]';
const TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4).slice(0, 36)}`;

const botText = (r: IntakeRecord) =>
  [...r.comments.filter((c) => c.author === BOT).map((c) => c.body), ...r.botPulls.map((p) => p.body)].join('\n');
/** Opened as usual, and the hostile title or label appears nowhere the bot wrote or logged. */
const ignoring =
  (text: string) =>
  (r: IntakeRecord): Outcome =>
    r.status === 'pr-created' && !botText(r).includes(text) && !r.scene.ctx.reporter.lines.some((l) => l.includes(text))
      ? 'neutralized'
      : 'accepted';
/** The adopters file with one more entry, put before Initech. */
const listWith = (line: string) => SHAPES.list.replace('- [Initech]', `${line}\n- [Initech]`);

export const INTAKE_TEXT_CASES: IntakeCase[] = [
  intakeCase(
    'log and workflow-command injection',
    "keeps a '::set-output' issue title out of the log and every comment",
    'neutralized',
    {
      title: '::set-output name=status::merged',
      observe: ignoring('::set-output name=status::merged'),
    },
  ),
  intakeCase(
    'log and workflow-command injection',
    'keeps a title with a CR and workflow commands on its other lines out of the log',
    'neutralized',
    {
      title: 'Adopter\r::warning::pwned\n::add-mask::Hooli',
      observe: ignoring('::warning::pwned'),
    },
  ),
  intakeCase(
    'log and workflow-command injection',
    "keeps a label named '::add-mask::Hooli' out of the log",
    'neutralized',
    {
      labels: ['adopter', '::add-mask::Hooli'],
      observe: ignoring('::add-mask::Hooli'),
    },
  ),
  intakeCase('log and workflow-command injection', "keeps a legacy '##[error]' title out of the log", 'neutralized', {
    title: 'Adopter ##[error]build failed',
    observe: ignoring('##[error]build failed'),
  }),
  intakeCase(
    'log and workflow-command injection',
    'writes a token-shaped string from the description into the entry (escaped) but never into the log',
    'neutralized',
    {
      answers: { ...HOOLI, description: `Rotates ${TOKEN} daily` },
    },
    (r) => expect(r.scene.ctx.reporter.lines.join('\n')).not.toContain(TOKEN),
  ),
  intakeCase(
    'mentions and references',
    "keeps '@everyone' and '#1' of the issue title out of every comment",
    'neutralized',
    {
      title: '@everyone please merge #1 and org/repo#2',
      observe: ignoring('@everyone'),
    },
  ),
  intakeCase(
    'mentions and references',
    'quotes a listed name holding a team mention without mentioning the team',
    'refused',
    {
      files: { [FILE]: listWith('- [@hooli/team Labs](https://team.example.org)') },
      answers: { ...HOOLI, name: 'Hooli Team Labs' },
    },
    (r) => expect(botText(r)).toContain('hooli/team Labs'),
  ),
  intakeCase(
    'mentions and references',
    "quotes a listed name holding '#42' without linking issue #42",
    'neutralized',
    {
      files: { [FILE]: listWith('- [Hooli #42 Fans](https://hooli.com/fans)') },
      answers: { ...HOOLI, name: 'Hooli Search' },
    },
    (r) => expect(r.labels).toContain('adopters: needs-review'),
  ),
  intakeCase(
    'mentions and references',
    "shows a section heading holding '@octocat' without mentioning anyone",
    'accepted',
    {
      files: { [FILE]: SHAPES.list.replace('# Adopters', '# Adopters (ask @octocat)') },
    },
  ),
  intakeCase(
    'entities',
    "quotes a listed name written with '&amp;#64;' without turning it into a mention",
    'neutralized',
    {
      files: { [FILE]: listWith('- [&amp;#64;octocat Labs](https://hooli.com/labs)') },
      answers: { ...HOOLI, name: 'Hooli Search' },
    },
  ),
  intakeCase(
    'Markdown, table and HTML injection',
    'quotes a listed name holding HTML and a link without rendering either',
    'neutralized',
    {
      files: {
        [FILE]: listWith('- [\\<img src=x onerror=alert(1)\\> \\[x\\](https://evil.example.com)](https://hooli.com/x)'),
      },
      answers: { ...HOOLI, name: 'Hooli Search' },
    },
  ),
  intakeCase(
    'oversized input',
    'refuses a 60,000-character description with a short comment that does not repeat it',
    'refused',
    {
      answers: { ...HOOLI, description: 'x'.repeat(60_000) },
    },
    (r) => {
      const comment = r.comments.find((c) => c.author === BOT)?.body ?? '';
      expect(comment.length).toBeLessThan(2_000);
      expect(comment).toContain('the limit is 1000');
    },
  ),
  intakeCase(
    'oversized input',
    'refuses a description of 9,000 stray headings with one comment GitHub accepts',
    'refused',
    {
      body: formBody({ ...HOOLI, description: '### x\n'.repeat(9_000) }),
    },
    (r) => {
      const comment = r.comments.find((c) => c.author === BOT)?.body ?? '';
      expect(comment.length).toBeLessThan(10_000);
      expect(comment).toContain('more');
    },
  ),
];
