import { parse as parseYaml } from 'yaml';

/**
 * An answer as a person gives it in the form: text for inputs and textareas, the chosen option(s)
 * for a dropdown, the ticked labels for checkboxes. Missing or empty means "left blank".
 */
export type IssueFormAnswer = string | readonly string[] | undefined;

export interface RenderIssueFormOptions {
  /** Line ending of the body: GitHub stores `\n`; bodies edited in a browser come back with `\r\n`. */
  eol?: '\n' | '\r\n';
  /** Text GitHub prints for a blank answer. */
  noResponse?: string;
}

interface FormElement {
  type: string;
  id?: string;
  attributes?: { label?: string; render?: string; options?: (string | { label: string })[] };
}

/**
 * Renders an issue body the way GitHub does when an issue form is submitted: for each field except
 * `markdown` elements, in form order, `### <label>`, a blank line, then the answer — `_No response_`
 * when blank, the text of an input or textarea (fenced in ```` ```<render> ```` when the textarea has
 * `render:`), the chosen dropdown options joined by ", ", and one `- [X] label` / `- [ ] label` line per
 * checkbox. Sections are separated by a blank line; there is no final newline. Answers are keyed by field
 * id, or by label for a field without one.
 */
export function renderIssueForm(
  template: string,
  answers: Readonly<Record<string, IssueFormAnswer>>,
  options: RenderIssueFormOptions = {},
): string {
  const form = parseYaml(template) as { body?: FormElement[] };
  const noResponse = options.noResponse ?? '_No response_';
  const sections: string[] = [];
  for (const element of form.body ?? []) {
    if (element.type === 'markdown') continue;
    const label = element.attributes?.label ?? '';
    const answer = answers[element.id ?? label];
    sections.push(`### ${label}\n\n${renderAnswer(element, answer, noResponse)}`);
  }
  const body = sections.join('\n\n');
  return options.eol === '\r\n' ? body.replace(/\n/g, '\r\n') : body;
}

function renderAnswer(element: FormElement, answer: IssueFormAnswer, noResponse: string): string {
  const chosen = answer === undefined ? [] : typeof answer === 'string' ? [answer] : [...answer];
  if (element.type === 'checkboxes') {
    const options = (element.attributes?.options ?? []).map((o) => (typeof o === 'string' ? o : String(o.label)));
    return options.map((label) => `- [${chosen.includes(label) ? 'X' : ' '}] ${label}`).join('\n');
  }
  const text = chosen.filter((value) => value !== '').join(', ');
  if (text.trim() === '') return noResponse;
  const render = element.type === 'textarea' ? element.attributes?.render : undefined;
  return render === undefined ? text : `\`\`\`${render}\n${text}\n\`\`\``;
}
