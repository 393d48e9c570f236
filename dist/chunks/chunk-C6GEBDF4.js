import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/data-files/format.ts
function dataFormatOf(path) {
  const ext = extensionOf(path);
  if (ext === "yml" || ext === "yaml") return "yaml";
  if (ext === "json") return "json";
  return void 0;
}
function extensionOf(path) {
  return /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
}

export {
  dataFormatOf,
  extensionOf
};
