import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-CH4M4VEE.js";
import "./chunk-U35WCZE2.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-ONBS6DE5.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
