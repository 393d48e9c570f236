import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-SOYU23FO.js";
import "./chunk-4PQSMOVW.js";
import "./chunk-2CY5NW76.js";
import "./chunk-NMVLEE5D.js";
import "./chunk-AUD34EYD.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
