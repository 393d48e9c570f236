import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-QA3VDXDW.js";
import "./chunk-UNXOHUWR.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-HMMUGGV5.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
