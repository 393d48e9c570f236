import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-H2F4XV3U.js";
import "./chunk-KHJYOETE.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-SNZU7CQ6.js";
import "./chunk-46SWEEBV.js";
import "./chunk-53LG3XTC.js";
import "./chunk-6OAFD6OC.js";
import "./chunk-CAIYUSE2.js";
import "./chunk-FA6EQWUK.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
