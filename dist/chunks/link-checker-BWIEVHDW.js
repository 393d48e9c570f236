import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-AMPOCU6U.js";
import "./chunk-7OELOYLL.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-NBZN6R76.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
