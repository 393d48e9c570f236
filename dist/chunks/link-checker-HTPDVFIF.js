import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-4P63Z53L.js";
import "./chunk-BYGGGVY5.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-I5YRXD5R.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
