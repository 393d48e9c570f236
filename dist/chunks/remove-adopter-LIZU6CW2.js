import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-CLBDVXEW.js";
import "./chunk-M55ONPWW.js";
import "./chunk-UE25ZKJ3.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-6YSG6FKP.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  removalRange,
  removeAdopter
};
