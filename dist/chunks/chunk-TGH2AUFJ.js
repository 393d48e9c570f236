import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  extensionOf
} from "./chunk-C6GEBDF4.js";

// src/adopters-file/other-markup.ts
var OTHER_MARKUP = {
  rst: "reStructuredText",
  adoc: "AsciiDoc",
  asciidoc: "AsciiDoc",
  rdoc: "RDoc",
  rd: "RD",
  org: "Org",
  textile: "Textile",
  tex: "LaTeX",
  html: "HTML",
  htm: "HTML",
  php: "PHP"
};
function otherMarkupReason(path) {
  const ext = extensionOf(path);
  const language = ext === void 0 ? void 0 : OTHER_MARKUP[ext];
  return language ? `this file is written in ${language}; the bot edits Markdown, YAML and JSON adopters files: add the adopter by hand` : void 0;
}

export {
  otherMarkupReason
};
