import type { Plugin } from 'esbuild';

export function withBuiltTables(source: string): string;
export const tldtsTables: Plugin;
