/** Issue form → validated `Submission`, and the name and look-alike keys the engine compares entries by. */
export { isSubmission, type Submission } from './submission.js';
export {
  isValidEntry,
  isValidEntryChanges,
  validateEntry,
  validateEntryChanges,
  type EntryChanges,
  type EntryFields,
  type EntryValues,
  type ValidEntry,
  type ValidEntryChanges,
  type ValidateEntryChangesResult,
  type ValidateEntryOptions,
  type ValidateEntryResult,
} from './validate-entry.js';
export {
  CHANGE_FIELDS,
  DEFAULT_CHANGE_LABELS,
  DEFAULT_FIELD_LABELS,
  FORM_LABEL,
  SUBMISSION_FIELDS,
  formatFieldError,
  type ChangeFieldId,
  type FieldError,
  type FieldId,
  type IssueFormFields,
} from './form-fields.js';
export { DEFAULT_ISSUE_FORM, DEFAULT_ISSUE_FORM_PATH } from './default-form.js';
export { DEFAULT_CHANGE_FORM, DEFAULT_CHANGE_FORM_PATH } from './default-change-form.js';
export { readIssueFormTemplate, type FormField, type IssueFormTemplate } from './issue-form-template.js';
export {
  IssueFormConfigError,
  isAdopterSubmission,
  isChangeRequest,
  loadIssueFormTemplate,
  parseIssueForm,
  type FormInfo,
  type ParseIssueFormOptions,
  type ParseIssueFormResult,
} from './parse-issue-form.js';
export {
  validateSubmission,
  type ValidateSubmissionOptions,
  type ValidateSubmissionResult,
} from './validate-submission.js';
export {
  readChangeRequest,
  requestKind,
  type ChangeRequest,
  type ReadChangeRequestResult,
} from './read-change-request.js';
export { readSubmission, type ReadSubmissionOptions, type ReadSubmissionResult } from './read-submission.js';
export { checkText, TEXT_LIMITS, type TextCheck, type TextKind } from './text-rules.js';
export { checkUrl, URL_MAX_LENGTH, type UrlCheck, type UrlRuleOptions } from './url-rules.js';
export { checkGitHubHandle, type HandleCheck } from './contact-rules.js';
export { findForbiddenCodePoints, formatCodePoint } from './code-points.js';
export {
  confusableKey,
  describeImitations,
  displayHostname,
  foldImitations,
  findSpoofingLabel,
  hostnamesLookAlike,
  looksLike,
  skeleton,
  type SpoofingLabel,
} from './confusables.js';
export { normalizeOrganizationName } from './normalize-name.js';
