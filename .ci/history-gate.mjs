// Reads history-check's summary lines and passes when the replay meets the engine's bar: >= 95% of the
// commits that followed the file's order land on the person's line, >= 90% of the reachable shapes
// match, and no case errored. Prints the figures either way.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2] ?? '', 'utf8');
const place = /\((\d+)\/(\d+) where the human followed the file's order\)/.exec(text);
const shape = /reachable from name\/url\/description: (\d+)\/(\d+); errors: (\d+)/.exec(text);
if (!place || !shape) {
  console.log('history gate: no summary to judge');
  process.exit(1);
}
const [same, consistent] = [Number(place[1]), Number(place[2])];
const [shapes, reachable, errors] = [Number(shape[1]), Number(shape[2]), Number(shape[3])];
const placeRate = same / consistent;
const shapeRate = shapes / reachable;
const ok = placeRate >= 0.95 && shapeRate >= 0.9 && errors === 0;
console.log(
  `history gate: ${(placeRate * 100).toFixed(1)}% same place (bar 95%), ${(shapeRate * 100).toFixed(1)}% same shape (bar 90%), ${errors} errors: ${ok ? 'ok' : 'FAIL'}`,
);
process.exit(ok ? 0 : 1);
