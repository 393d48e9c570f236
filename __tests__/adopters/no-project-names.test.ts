import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine must work on files it has never seen, so its rules come from the file at hand, never from
 * the projects whose files the team has seen: no source file may name one of them. The names are the
 * owners and repositories of the shared corpus and of the real commits in `../shared/corpus/history`.
 */
const PROJECTS = [
  'Project-HAMi',
  'adoptium',
  'antrea',
  'argoproj',
  'argo-cd',
  'argo-events',
  'argo-rollouts',
  'bank-vaults',
  'brexhq',
  'buildpacks',
  'cert-manager',
  'clastix',
  'cloudnative-pg',
  'cncf',
  'cobra',
  'containerd',
  'coredns',
  'cortex',
  'cortexproject',
  'cri-o',
  'crossplane',
  'dapr',
  'envoyproxy',
  'enzyme',
  'enzymejs',
  'etcd',
  'fluxcd',
  'fs2',
  'gitvote',
  'goharbor',
  'goreleaser',
  'grpc-gateway',
  'harbor',
  'headlamp',
  'jaeger',
  'jaegertracing',
  'k0s',
  'kamaji',
  'katib',
  'kcl-lang',
  'knative',
  'koordinator',
  'kserve',
  'kube-green',
  'kube-logging',
  'kubeflow',
  'kuberhealthy',
  'kubescape',
  'kubevirt',
  'kyverno',
  'linkerd',
  'linkerd2',
  'litmus',
  'litmuschaos',
  'logging-operator',
  'longhorn',
  'open-telemetry',
  'prometheus-operator',
  'python-tuf',
  'rook',
  'spark-operator',
  'spegel',
  'spf13',
  'spiffe',
  'spire',
  'substation',
  'tektoncd',
  'thanos',
  'theupdateframework',
  'tinkerbell',
  'typelevel',
  'velero',
  'vitess',
  'vitessio',
  'vmware-tanzu',
  'volcano',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('the sources', () => {
  it('should name none of the projects whose adopters files the team has seen', () => {
    const root = join(import.meta.dirname, '../..');
    const found: string[] = [];
    for (const file of sources(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const name of PROJECTS) {
        const re = new RegExp(`(?<![\\w-])${name.replace(/[.-]/g, '\\$&')}(?![\\w-])`, 'i');
        if (re.test(text)) found.push(`${relative(root, file)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});
