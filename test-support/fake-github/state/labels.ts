// Repository labels: case-insensitive names, GitHub's validation of color and lengths, and the default set
// a new repository starts with.
import { notFound, validationFailed } from '../errors.js';
import type { FieldError } from '../openapi.js';
import { nodeId, type Ids } from './clock.js';

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  isDefault: boolean;
}

/** The labels GitHub gives every new repository. */
export const DEFAULT_LABELS: [string, string, string][] = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['help wanted', '008672', 'Extra attention is needed'],
  ['invalid', 'e4e669', "This doesn't seem right"],
  ['question', 'd876e3', 'Further information is requested'],
  ['wontfix', 'ffffff', 'This will not be worked on'],
];

/** Color GitHub gives a label it creates on the fly (issues/add-labels, issues/create with new names). */
export const AUTO_LABEL_COLOR = 'ededed';

export class Labels {
  private readonly labels = new Map<string, Label>();

  constructor(private readonly ids: Ids) {}

  seedDefaults(): void {
    for (const [name, color, description] of DEFAULT_LABELS) {
      this.put({ name, color, description, isDefault: true });
    }
  }

  private put(label: Omit<Label, 'id' | 'nodeId'>): Label {
    const id = this.ids.take('label', 4_000_000_001);
    const created = { ...label, id, nodeId: nodeId('LA', id) };
    this.labels.set(label.name.toLowerCase(), created);
    return created;
  }

  find(name: string): Label | undefined {
    return this.labels.get(name.toLowerCase());
  }

  get(name: string): Label {
    const label = this.find(name);
    if (!label) throw notFound();
    return label;
  }

  list(): Label[] {
    return [...this.labels.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  create(name: string, color = AUTO_LABEL_COLOR, description: string | null = null): Label {
    const problems: FieldError[] = [];
    if (this.find(name)) problems.push({ resource: 'Label', code: 'already_exists', field: 'name' });
    if (name.length > 50) problems.push({ resource: 'Label', code: 'invalid', field: 'name', message: 'too long' });
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
      problems.push({ resource: 'Label', code: 'invalid', field: 'color', message: `${color} is not a valid color` });
    }
    if ((description ?? '').length > 100) {
      problems.push({
        resource: 'Label',
        code: 'invalid',
        field: 'description',
        message: 'description is too long (maximum is 100 characters)',
      });
    }
    if (problems.length) throw validationFailed(problems);
    return this.put({ name, color: color.toLowerCase(), description, isDefault: false });
  }

  /** The existing label (its own spelling), or a new one as add-labels creates it. */
  ensure(name: string): Label {
    return this.find(name) ?? this.create(name);
  }
}
