import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-U2ZMZWY6.js";
import "./chunk-IS4OO5ZF.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-2HHT5P4W.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
