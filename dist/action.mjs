import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  debug,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-3URQDEWN.mjs";
import "./chunks/chunk-GMNLO5IO.mjs";
import "./chunks/chunk-XDNEWOOM.mjs";

// src/text/workflow-commands.ts
var LINE_BREAK = /\r\n|\r|\n/g;
var COMMAND_START = /^[\s\u0085]*:(?=:)/;
function insertionPoints(text) {
  const points = [];
  let lineStart = 0;
  const lines = [...text.matchAll(LINE_BREAK)].map((m) => ({ end: m.index, next: m.index + m[0].length }));
  lines.push({ end: text.length, next: text.length });
  for (const { end, next } of lines) {
    const line = text.slice(lineStart, end);
    const start = COMMAND_START.exec(line);
    if (start) points.push(lineStart + start[0].length);
    for (const legacy of line.matchAll(/##(?=\[)/g)) points.push(lineStart + legacy.index + 2);
    lineStart = next;
  }
  return points.sort((a, b) => a - b);
}
function insertSpaces(text, points, shift = 0) {
  let out = "";
  let at = 0;
  for (const point of points) {
    out += `${text.slice(at, point - shift)} `;
    at = point - shift;
  }
  return out + text.slice(at);
}
function defuseWorkflowCommands(text) {
  return insertSpaces(text, insertionPoints(text));
}

// src/action/reporter.ts
var LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function logSafe(text) {
  return defuseWorkflowCommands(text.replace(LINE_BREAKS, " ").replace(CONTROLS, "\uFFFD"));
}
function actionsReporter() {
  const parts = [];
  return {
    info: (m) => info(logSafe(m)),
    warning: (m) => warning(logSafe(m)),
    summary: (markdown) => void parts.push(markdown),
    // core.error escapes the message and the properties into one `::error file=…,line=…::` command line.
    annotate: (file, line, message) => error(logSafe(message), { title: "adopters-bot", file, startLine: line }),
    async flushSummary() {
      if (parts.length) await summary.addRaw(parts.join("\n\n"), true).write();
    }
  };
}

// src/main.ts
async function run() {
  const reporter = actionsReporter();
  try {
    const token = getInput("token") || process.env.GITHUB_TOKEN || "";
    if (!token) throw new Error('no token: pass the "token" input (the workflow token is its default)');
    const { runFlow } = await import("./chunks/run-flow-BQXNVFJ7.mjs");
    const outcome = await runFlow(token, reporter);
    setOutput("status", outcome.status);
    setOutput("issue-number", outcome.issue ?? "");
    setOutput("pr-number", outcome.pull?.number ?? "");
    setOutput("pr-url", outcome.pull?.url ?? "");
    if (outcome.links) {
      setOutput("checked", outcome.links.checked);
      setOutput("broken", outcome.links.broken);
      setOutput("unverifiable", outcome.links.unverifiable);
      setOutput("report-issue", outcome.links.reportIssue ?? "");
    }
    reporter.info(outcome.summary);
    reporter.summary(`### adopters-bot

${outcome.summary}`);
    if (outcome.failure) setFailed(logSafe(outcome.failure));
  } catch (error2) {
    setFailed(logSafe(error2 instanceof Error ? error2.message : String(error2)));
    if (error2 instanceof Error && error2.stack) debug(error2.stack);
  } finally {
    await reporter.flushSummary();
  }
}

// src/index.ts
await run();
