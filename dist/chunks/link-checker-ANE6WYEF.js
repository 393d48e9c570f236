import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-PZTWZYH3.js";
import "./chunk-FFSH2WXQ.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-QPC3KKOE.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
