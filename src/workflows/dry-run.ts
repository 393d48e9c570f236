import { bindMethods } from './bind-methods.js';
import type { GitHubPorts } from './ports.js';

/**
 * Ports that read as usual and write nothing: every write is logged as "[dry-run] would …" and answers
 * with a stand-in value, so a run shows exactly what it would do (release-drafter's dry-run).
 */
export function dryRunPorts(ports: GitHubPorts): GitHubPorts {
  const say = (what: string) => ports.reporter.info(`[dry-run] would ${what}`);
  const { repo, issues, pulls } = ports;
  return {
    ...ports,
    repo: {
      ...bindMethods(repo),
      commitFile: (a) => (say(`commit ${a.path} on top of ${a.parent.slice(0, 7)}`), Promise.resolve('0'.repeat(40))),
      setBranch: (b) => (say(`point the branch ${b} at the new commit`), Promise.resolve('updated' as const)),
      deleteBranch: (b) => (say(`delete the branch ${b}`), Promise.resolve('deleted' as const)),
    },
    issues: {
      ...bindMethods(issues),
      createComment: (n) => (say(`comment on #${n}`), Promise.resolve(0)),
      updateComment: (id) => (say(`update comment ${id}`), Promise.resolve()),
      addLabels: (n, l) => (say(`label #${n} with ${l.join(', ')}`), Promise.resolve()),
      removeLabel: (n, l) => (say(`remove the label ${l} from #${n}`), Promise.resolve()),
      close: (n, r) => (say(`close #${n} as ${r}`), Promise.resolve()),
    },
    pulls: {
      ...bindMethods(pulls),
      create: (a) => (
        say(`open a pull request from ${a.head} into ${a.base}`),
        Promise.resolve({
          number: 0,
          nodeId: '',
          title: a.title,
          body: a.body,
          state: 'open' as const,
          merged: false,
          author: '',
          headRef: a.head,
          headSha: '',
          baseRef: a.base,
          labels: [],
          url: '',
        })
      ),
      update: (n) => (say(`update pull request #${n}`), Promise.resolve()),
      merge: (n, a) => (
        say(`merge pull request #${n} (${a.method})`),
        Promise.resolve({ kind: 'merged' as const, sha: a.sha })
      ),
      enableAutoMerge: () => (say('enable auto-merge'), Promise.resolve(true)),
    },
  };
}
