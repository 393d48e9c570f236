import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-CBNPHMWA.js";
import "./chunk-M55ONPWW.js";
import "./chunk-OEHOMW4K.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-I5B3VVLS.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-JKVCVJUP.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
