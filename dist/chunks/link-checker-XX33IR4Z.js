import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-XVZ6DJHY.js";
import "./chunk-ESMRL5BK.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-SEYKDLYZ.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
