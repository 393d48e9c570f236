import { type DataDocument, type DataItem, isRecord, type KeyMap } from './model.js';

/** An item's name and website under the learned keys, with its first line (for messages and duplicates). */
export function listedItems(items: readonly DataItem[], keys: KeyMap) {
  return items.map((item) => {
    const value = isRecord(item.value) ? item.value : {};
    const name = keys.name && typeof value[keys.name] === 'string' ? (value[keys.name] as string) : '';
    const url = keys.url && typeof value[keys.url] === 'string' ? (value[keys.url] as string) : undefined;
    return { name, url, catchAll: false, startLine: item.startLine, item };
  });
}

export function commentStatements(doc: DataDocument): string[] {
  return doc.comments.map((c) => c.text);
}
