import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-7BO4RNW6.js";
import "./chunk-ZGTI5YTD.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-5Z4LMX7A.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
