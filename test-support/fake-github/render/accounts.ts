// JSON for users and the repository, with every URL GitHub puts in them, pointing at the fake's API
// (`api`) and web (`web`) origins so a client following a `url` field stays on the fake.
import type { Account, BaseRole } from '../state/people.js';
import type { FakeRepository } from '../state/repository.js';

export interface Origins {
  /** The fake's REST base URL, e.g. http://127.0.0.1:41234 (what GITHUB_API_URL is set to). */
  api: string;
  /** GITHUB_SERVER_URL: where html_url links point. */
  web: string;
}

export function renderUser(account: Account, o: Origins) {
  const api = `${o.api}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: `${account.type === 'Bot' ? 'BOT' : 'U'}_kgDOFake${account.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      account.type === 'Bot'
        ? `${o.web}/apps/${account.login.replace(/\[bot\]$/, '')}`
        : `${o.web}/${encodeURIComponent(account.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GitHub's permissions object for a base role (`maintain` implies `push`, and so on down). */
export function permissionsFor(role: BaseRole | 'none') {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
}

const URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

/** The `repository` shape (as inside pull requests); `full` adds what repos/get returns on top. */
export function renderRepository(repo: FakeRepository, o: Origins, viewerRole?: BaseRole | 'none', full = false) {
  const s = repo.settings;
  const api = `${o.api}/repos/${repo.fullName}`;
  const web = `${o.web}/${repo.fullName}`;
  const created = '2025-06-01T12:00:00Z';
  const openIssues = repo.issues.list({ state: 'open' }).length;
  const base = {
    id: s.id,
    node_id: `R_kgDOFake${s.id}`,
    name: s.name,
    full_name: repo.fullName,
    owner: renderUser(repo.people.get(s.owner), o),
    private: s.private,
    visibility: s.private ? 'private' : 'public',
    html_url: web,
    description: s.description,
    fork: false,
    url: api,
    ...Object.fromEntries(Object.entries(URL_TEMPLATES).map(([key, suffix]) => [key, api + suffix])),
    git_url: `${o.web.replace(/^https?:/, 'git:')}/${repo.fullName}.git`,
    ssh_url: `git@${new URL(o.web).host}:${repo.fullName}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: s.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: s.hasIssues,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: s.archived,
    disabled: false,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: created,
    created_at: created,
    updated_at: created,
    ...(viewerRole ? { permissions: permissionsFor(viewerRole) } : {}),
  };
  if (!full) return base;
  return {
    ...base,
    allow_merge_commit: s.allowMergeCommit,
    allow_squash_merge: s.allowSquashMerge,
    allow_rebase_merge: s.allowRebaseMerge,
    allow_auto_merge: s.allowAutoMerge,
    delete_branch_on_merge: s.deleteBranchOnMerge,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
    squash_merge_commit_message: 'COMMIT_MESSAGES',
    merge_commit_title: 'MERGE_MESSAGE',
    merge_commit_message: 'PR_TITLE',
    temp_clone_token: '',
    network_count: 0,
    subscribers_count: 0,
    ...(s.ownerType === 'Organization' ? { organization: renderUser(repo.people.get(s.owner), o) } : {}),
  };
}
