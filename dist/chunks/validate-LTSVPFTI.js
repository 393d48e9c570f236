import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-4LEBRYLV.js";
import "./chunk-SN6BXQ2Y.js";
import "./chunk-ADQKM3BL.js";
import "./chunk-P25OE5HT.js";
import "./chunk-FHCDMXFJ.js";
import "./chunk-46SWEEBV.js";
import "./chunk-WG2D42TK.js";
import "./chunk-CAIYUSE2.js";
import "./chunk-FA6EQWUK.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
