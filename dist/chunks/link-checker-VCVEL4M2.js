import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-4RQABYOR.js";
import "./chunk-OTXSABJV.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-5NMU5XDN.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
