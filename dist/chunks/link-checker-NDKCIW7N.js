import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-GCHTLLW2.js";
import "./chunk-A4Z5W4L7.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-ERN2V325.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
