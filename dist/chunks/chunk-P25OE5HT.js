import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

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
function commandSafeWriter(write) {
  let line = "";
  return (text) => {
    if (text === "") return;
    const combined = line + text;
    const points = insertionPoints(combined).filter((p) => p >= line.length);
    write(points.length ? insertSpaces(text, points, line.length) : text);
    const breaks = [...combined.matchAll(LINE_BREAK)];
    const last = breaks[breaks.length - 1];
    line = last === void 0 ? combined : combined.slice(last.index + last[0].length);
    if (line.length > 64) line = `${/^[\s\u0085]*$/.test(line) ? "" : "x"}${line.slice(-8)}`;
  };
}
function commandSafeJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(/#(?=#*\[)/g, "\\u0023").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export {
  defuseWorkflowCommands,
  commandSafeWriter,
  commandSafeJson
};
