import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
} from "./chunk-AS4BEZRB.js";
import "./chunk-JB44SGG5.js";
import "./chunk-CAIYUSE2.js";
import "./chunk-WG2D42TK.js";
import "./chunk-KCKR5IC3.js";
import "./chunk-46SWEEBV.js";
import "./chunk-JFVZHVIX.js";
import "./chunk-FA6EQWUK.js";
export {
  VALIDATE_HELP,
  loadTemplate,
  parseFieldMap,
  readText,
  validateCommand
};
