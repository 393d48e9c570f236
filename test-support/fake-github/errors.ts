// GitHub's error answers. State code throws these; the server turns them into the HTTP answer.
import type { FieldError } from './openapi.js';

export const DOCS_URL = 'https://docs.github.com/rest';

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    readonly documentationUrl = DOCS_URL,
  ) {
    super(message);
  }

  get body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
  }
}

export const notFound = (message = 'Not Found') => new GitHubError(404, message);

/** 422 with a plain message, as git data endpoints answer ("Reference already exists"). */
export const unprocessable = (message: string) => new GitHubError(422, message);

/** 422 "Validation Failed" with GitHub's `errors` array. */
export const validationFailed = (errors: FieldError[]) => new GitHubError(422, 'Validation Failed', errors);

/** A 422 "Validation Failed" carrying one custom message, the way pulls/create reports duplicates. */
export const customValidation = (resource: string, message: string, field?: string) =>
  validationFailed([{ resource, code: 'custom', message, ...(field ? { field } : {}) }]);
