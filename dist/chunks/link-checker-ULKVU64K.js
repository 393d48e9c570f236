import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-R6IK3CII.js";
import "./chunk-IASO3AXT.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-PISVFQ6G.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
