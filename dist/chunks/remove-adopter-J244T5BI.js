import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-QLQ4C4TL.js";
import "./chunk-M55ONPWW.js";
import "./chunk-OEHOMW4K.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-TWD5YVPE.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
