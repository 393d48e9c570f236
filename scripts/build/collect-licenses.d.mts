import type { Metafile } from 'esbuild';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  texts: { file: string; text: string }[];
}
export function packageDirOf(inputPath: string): string | undefined;
export function licenseOf(manifest: Record<string, unknown>): string;
export function listBundledPackages(metafiles: Pick<Metafile, 'inputs'>[], root?: string): BundledPackage[];
export function renderLicenses(packages: BundledPackage[]): string;
