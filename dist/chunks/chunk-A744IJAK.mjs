import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/workflows/context.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
function fileUrl(ctx, ref, path, line) {
  const { owner, repo, serverUrl } = ctx.repo;
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${serverUrl}/${owner}/${repo}/blob/${encodeURIComponent(ref)}/${encoded}${line ? `#L${line}` : ""}`;
}
async function upsertStickyComment(ctx, issue, body, find) {
  const existing = find(await ctx.ports.issues.comments(issue));
  if (!existing) {
    await ctx.ports.issues.createComment(issue, body);
    return "created";
  }
  if (existing.body === body) return "unchanged";
  await ctx.ports.issues.updateComment(existing.id, body);
  return "updated";
}

export {
  ConfigurationError,
  fileUrl,
  upsertStickyComment
};
