import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-ZBQDCVNJ.js";
import "./chunk-JB7FSFLN.js";
import "./chunk-5W37BGXJ.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-SEMBINTK.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-CQWMG7WQ.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
