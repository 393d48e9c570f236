import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-BAGHI65Y.js";
import "./chunk-K53JYSQU.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-I3DLM2TL.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
