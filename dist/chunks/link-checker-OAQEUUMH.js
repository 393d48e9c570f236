import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-O7B3NR2S.js";
import "./chunk-PPLQNUJH.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-FT776D3E.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
