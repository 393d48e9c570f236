import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-6LP4EE3T.js";
import "./chunk-4PQSMOVW.js";
import "./chunk-2CY5NW76.js";
import "./chunk-NMVLEE5D.js";
import "./chunk-7NP72CN2.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
