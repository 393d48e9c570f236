export function extractChangelogSection(
  markdown: string,
  version: string,
): { ok: true; title: string; notes: string } | { ok: false; error: string };
