import { describe, expect, it } from 'vitest';
import * as submission from '../../src/submission/index.js';

describe('src/submission', () => {
  it('should expose the public api', () => {
    expect(Object.keys(submission).sort()).toEqual([
      'CHANGE_FIELDS',
      'DEFAULT_CHANGE_FORM',
      'DEFAULT_CHANGE_FORM_PATH',
      'DEFAULT_CHANGE_LABELS',
      'DEFAULT_FIELD_LABELS',
      'DEFAULT_ISSUE_FORM',
      'DEFAULT_ISSUE_FORM_PATH',
      'FORM_LABEL',
      'IssueFormConfigError',
      'SUBMISSION_FIELDS',
      'TEXT_LIMITS',
      'URL_MAX_LENGTH',
      'checkGitHubHandle',
      'checkText',
      'checkUrl',
      'confusableKey',
      'displayHostname',
      'findForbiddenCodePoints',
      'findSpoofingLabel',
      'formatCodePoint',
      'formatFieldError',
      'hostnamesLookAlike',
      'isAdopterSubmission',
      'isChangeRequest',
      'loadIssueFormTemplate',
      'looksLike',
      'normalizeOrganizationName',
      'parseIssueForm',
      'readChangeRequest',
      'readIssueFormTemplate',
      'readSubmission',
      'requestKind',
      'skeleton',
      'validateEntryChanges',
      'validateSubmission',
    ]);
  });
});
