// Prints "<passed> <failed>" from a vitest JSON report. A test file that failed to load has no tests
// of its own, so it counts as one failure; a missing report (vitest crashed) counts as one failure too.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2];
if (!path || !existsSync(path)) {
  console.log('0 1');
} else {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const broken = report.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  console.log(`${report.numPassedTests} ${report.numFailedTests + broken}`);
}
