// The npm package has no dependencies: everything the bundle imports at run time must be inside dist/
// or built into Node. esbuild's metafile lists each output's imports; an external one that is not a
// Node built-in would be resolved from node_modules at run time and fail on a user's machine.
import { isBuiltin } from 'node:module';

/** The imports of the outputs that would resolve from node_modules: `[{ output, path, kind }]`. */
export function findRuntimeImports(metafiles) {
  const found = [];
  for (const meta of metafiles) {
    for (const [output, info] of Object.entries(meta.outputs)) {
      for (const imp of info.imports ?? []) {
        // A relative path is another file of dist/ (a vendored library beside the bundle).
        if (imp.external && !isBuiltin(imp.path) && !/^\.\.?\//.test(imp.path))
          found.push({ output, path: imp.path, kind: imp.kind });
      }
    }
  }
  return found;
}

export function assertSelfContained(metafiles) {
  const found = findRuntimeImports(metafiles);
  if (found.length) {
    const list = found.map((f) => `  ${f.output}: ${f.kind} "${f.path}"`).join('\n');
    throw new Error(`the bundle would load packages from node_modules at run time:\n${list}`);
  }
}
