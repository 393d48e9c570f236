import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-U62XFLRA.js";
import "./chunk-MIGNQRQQ.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-G6GDVSEN.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
