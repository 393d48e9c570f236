import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-BXAOYSOU.js";
import "./chunk-4N5ZI4UH.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-DHOTFGBX.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
