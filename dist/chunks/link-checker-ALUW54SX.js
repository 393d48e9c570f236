import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-CC66QUFG.js";
import "./chunk-5QTKMTGS.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-6VLONGXO.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
