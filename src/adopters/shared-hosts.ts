/** Hosts shared by many organizations: github.com/acme and github.com/other are different adopters. */
export const SHARED_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'medium.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'facebook.com',
  'sourceforge.net',
  'npmjs.com',
  'google.com',
  'codeberg.org',
  'huggingface.co',
]);
