// The e2e harness: seed a fake GitHub, build a real webhook event, run dist/index.js against it.
export { runAction, e2eNode, REPO_ROOT, type ActionRun, type RunActionOptions } from './run-action.js';
export { parseCommandFile, inputVariable, actionInputDefaults } from './runner-files.js';
export {
  webhookEvents,
  type WebhookEvent,
  type IssuesAction,
  type IssuesOptions,
  type IssueFields,
  type PullRequestOptions,
  type UserRef,
} from './payloads.js';
export { realExample } from './webhook-examples.js';
export {
  startAdoptersFake,
  adopterIssueBody,
  changeIssueBody,
  fileAdopterIssue,
  fileChangeIssue,
  readFixtureTree,
  ADOPTERS_REPO_FILES,
  type AdoptersFakeOptions,
  type AdopterAnswers,
  type ChangeAnswers,
} from './seed.js';
