import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-RP5ETTOS.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-AWEPOF7E.js";
import "./chunk-46SWEEBV.js";
import "./chunk-5Z4LMX7A.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
