import type { Metafile } from 'esbuild';

export function findRuntimeImports(
  metafiles: Pick<Metafile, 'outputs'>[],
): { output: string; path: string; kind: string }[];
export function assertSelfContained(metafiles: Pick<Metafile, 'outputs'>[]): void;
