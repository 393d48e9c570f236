import * as core from '@actions/core';
import type { Reporter } from '../workflows/ports.js';

/**
 * One line, never a workflow command: line breaks folded and a leading `::` defused, so no text that
 * reaches the log (even by mistake) can set outputs, masks or environment variables.
 */
export function logSafe(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/^\s*::/, ': :');
}

export function actionsReporter(): Reporter & { flushSummary(): Promise<void> } {
  const parts: string[] = [];
  return {
    info: (m) => core.info(logSafe(m)),
    warning: (m) => core.warning(logSafe(m)),
    summary: (markdown) => void parts.push(markdown),
    async flushSummary() {
      if (parts.length) await core.summary.addRaw(parts.join('\n\n'), true).write();
    },
  };
}
