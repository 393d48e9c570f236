import { describe, expect, it } from 'vitest';
import * as submission from '../../src/submission/index.js';

describe('src/submission', () => {
  it('should expose the public api', () => {
    expect(Object.keys(submission).sort()).toEqual([
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
      'describeImitations',
      'displayHostname',
      'findForbiddenCodePoints',
      'findSpoofingLabel',
      'foldImitations',
      'formatCodePoint',
      'formatFieldError',
      'hostnamesLookAlike',
      'isAdopterSubmission',
      'isSubmission',
      'isValidEntry',
      'loadIssueFormTemplate',
      'looksLike',
      'normalizeOrganizationName',
      'parseIssueForm',
      'readIssueFormTemplate',
      'readSubmission',
      'skeleton',
      'validateEntry',
      'validateSubmission',
    ]);
  });
});
