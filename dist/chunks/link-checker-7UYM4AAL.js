import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-PXLGP37A.js";
import "./chunk-7GUBKJBY.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-M5BG5UTK.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
