/**
 * `/\s/.test(text[i])` without making a one-character string: ASCII (nearly every character of an
 * adopters file) is answered from its code. Readers call this once per character of every entry.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i] ?? '');
}
