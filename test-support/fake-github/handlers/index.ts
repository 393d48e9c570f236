import type { Handler } from './context.js';
import { gitHandlers } from './git.js';
import { issueHandlers } from './issues.js';
import { pullHandlers } from './pulls.js';
import { repoHandlers } from './repos.js';

/** Every REST operation the fake implements, by operationId. */
export const handlers: Record<string, Handler> = {
  ...repoHandlers,
  ...gitHandlers,
  ...pullHandlers,
  ...issueHandlers,
};
