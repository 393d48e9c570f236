import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-F47O5JJ2.js";
import "./chunk-AE3YG2LQ.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-SXXBV75I.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-YBYENE5N.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-ONBS6DE5.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
