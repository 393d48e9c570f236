import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/links/escape.ts
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;
function codeSpan(text, maxLength = 200) {
  let value = text.normalize("NFC").replace(/\r\n?|\n/g, " ");
  value = value.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
  value = value.replace(/\\/g, "\u29F5");
  if (value.length > maxLength) value = `${value.slice(0, maxLength - 1)}\u2026`;
  value = value.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") ? " " : "";
  return value === "" ? "" : `${fence}${pad}${value}${pad}${fence}`;
}
function displayUrl(url, maxLength = 200) {
  const encoded = url.replace(
    /[\s<>"`|\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu,
    (c) => encodeURIComponent(c)
  );
  return codeSpan(encoded, maxLength);
}

export {
  codeSpan,
  displayUrl
};
