// Generated adopters files for the benchmarks (an alphabetical list and a table of N entries), and the
// entry the benchmarks add to them.
export function listFile(n) {
  let s = '# Adopters\n\nKept in alphabetical order.\n\n';
  for (let i = 0; i < n; i++)
    s += `- [Company ${String(i).padStart(6, '0')}](https://c${i}.example.org) - Uses it for service ${i}.\n`;
  return s;
}

export function tableFile(n) {
  let s = '# Adopters\n\n| Organization | Use |\n|---|---|\n';
  for (let i = 0; i < n; i++)
    s += `| [Company ${String(i).padStart(6, '0')}](https://c${i}.example.org) | Service ${i} |\n`;
  return s;
}

/** The benchmarks' new adopter, as `add` takes it on the command line. */
export const NEW_ENTRY_ARGS = ['--name', 'Company 0050000x', '--url', 'https://new.example.org'];
