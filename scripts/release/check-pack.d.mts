export interface PackEntry {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
export const MAX_PACKED_BYTES: number;
export function checkPack(pack: PackEntry, read: (path: string) => string): { problems: string[]; summary: string };
