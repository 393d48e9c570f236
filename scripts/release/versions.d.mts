export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  pre: string[];
}
export type ReleaseTrigger =
  { tag: string } | { input: string | undefined; branch: string | undefined; defaultBranch: string | undefined };
export type ReleaseCheck =
  { ok: true; version: string; tag: string; majorTag: string; prerelease: boolean } | { ok: false; errors: string[] };
export function parseVersion(text: string): ParsedVersion | undefined;
export function compareVersions(a: string, b: string): number;
export function checkReleaseVersion(trigger: ReleaseTrigger, packageVersion: string): ReleaseCheck;
export function decideMajorTag(version: string, tags: string[]): { move: boolean; reason: string };
