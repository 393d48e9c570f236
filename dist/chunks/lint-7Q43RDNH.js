import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-MYIIHFBE.js";
import "./chunk-CIO5E5OD.js";
import "./chunk-VG7UZNNA.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-6YSG6FKP.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-4IXBC3UA.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
