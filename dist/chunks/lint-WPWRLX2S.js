import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-7QNXRYYK.js";
import "./chunk-VJIK3Y2D.js";
import "./chunk-7I62H7BA.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-I5B3VVLS.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-JKVCVJUP.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
