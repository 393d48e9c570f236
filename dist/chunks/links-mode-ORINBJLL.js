import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runCheckLinks
} from "./chunk-SILO2OYZ.js";
import "./chunk-HUKVYMVE.js";
import "./chunk-AWEPOF7E.js";
import "./chunk-FVSYOOZJ.js";
import {
  ConfigurationError,
  fileUrl
} from "./chunk-WQ6EDPDV.js";
import "./chunk-WG2D42TK.js";
import "./chunk-46SWEEBV.js";
import "./chunk-5Z4LMX7A.js";
import "./chunk-FA6EQWUK.js";

// src/workflows/links-mode.ts
async function runLinksMode(ctx) {
  const s = ctx.settings;
  if (!ctx.links) throw new ConfigurationError("the link check is not available in this context");
  const base = await ctx.ports.repo.defaultBranch();
  const tip = await ctx.ports.repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the branch ${base} does not exist`);
  const checker = ctx.links.checker({
    timeoutMs: s["link-timeout"] * 1e3,
    concurrency: s["link-concurrency"],
    perHost: s["link-per-host"],
    allowHosts: s["allow-hosts"]
  });
  try {
    const result = await runCheckLinks(
      {
        source: ctx.links.source(s["adopters-file"], tip.sha),
        tracker: ctx.links.tracker(s["label-links"], s["bot-login"]),
        checker,
        reporter: { ...ctx.ports.reporter, summary: (md) => Promise.resolve(ctx.ports.reporter.summary(md)) }
      },
      {
        threshold: s["link-flake-runs"],
        skipRelative: s["link-skip-relative"],
        dryRun: s["dry-run"],
        fileUrl: fileUrl(ctx, tip.sha, s["adopters-file"])
      }
    );
    return {
      status: "checked",
      summary: `Checked ${result.checked} links: ${result.broken} broken, ${result.watching} watching, ${result.unverifiable} unverifiable.`,
      links: {
        checked: result.checked,
        broken: result.broken,
        unverifiable: result.unverifiable,
        reportIssue: result.reportIssue
      }
    };
  } finally {
    await checker.close();
  }
}
export {
  runLinksMode
};
