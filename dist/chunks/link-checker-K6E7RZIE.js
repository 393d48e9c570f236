import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-M3UVVROC.js";
import "./chunk-H54QKSDK.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-JFPI25HE.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
