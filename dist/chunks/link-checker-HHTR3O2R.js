import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-HN2N4APN.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-UI2A6HVC.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-O2DFJORF.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
