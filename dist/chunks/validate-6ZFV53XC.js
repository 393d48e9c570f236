import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-ATOEVXUQ.js";
import "./chunk-X5I5XJEA.js";
import "./chunk-CAIYUSE2.js";
import "./chunk-WG2D42TK.js";
import "./chunk-JFVZHVIX.js";
import "./chunk-SJAIQ2HM.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
