import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-ZCO73ASU.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-6IQUIPNG.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-WWF23RHH.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
