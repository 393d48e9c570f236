import * as core from '@actions/core';
import { defuseWorkflowCommands } from '../text/workflow-commands.js';
import type { Reporter } from '../workflows/ports.js';

/* eslint-disable no-control-regex -- matching control characters is the point */
/** What the runner ends a line on (`TextReader.ReadLine`: CR, LF) and what editors and logs treat as one. */
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;
/** C0 and C1 controls but the tab: ANSI escape sequences can rewrite or hide what a log shows. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/**
 * One line, never a workflow command: line breaks are folded, control characters (terminal escapes) are
 * shown as U+FFFD, and a leading `::` or any `##[` is defused (see workflow-commands.ts). No text that
 * reaches the log, even by mistake, can then set outputs, masks or state.
 */
export function logSafe(text: string): string {
  return defuseWorkflowCommands(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd'));
}

export function actionsReporter(): Reporter & { flushSummary(): Promise<void> } {
  const parts: string[] = [];
  return {
    info: (m) => core.info(logSafe(m)),
    warning: (m) => core.warning(logSafe(m)),
    summary: (markdown) => void parts.push(markdown),
    // core.error escapes the message and the properties into one `::error file=…,line=…::` command line.
    annotate: (file, line, message) => core.error(logSafe(message), { title: 'adopters-bot', file, startLine: line }),
    async flushSummary() {
      if (parts.length) await core.summary.addRaw(parts.join('\n\n'), true).write();
    },
  };
}
