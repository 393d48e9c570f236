import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-S4SYHUKO.js";
import "./chunk-4PQSMOVW.js";
import "./chunk-2CY5NW76.js";
import "./chunk-UE25ZKJ3.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
