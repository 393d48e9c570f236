import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-PDCS4SRM.js";
import "./chunk-YH24IQPT.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-CLZ7WVRL.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
