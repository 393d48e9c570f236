import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-J33KYR7C.js";
import "./chunk-SSFT6MPJ.js";
import "./chunk-HBNM7Q3I.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-TWD5YVPE.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-4IXBC3UA.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
