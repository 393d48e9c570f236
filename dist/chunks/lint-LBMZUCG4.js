import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-F5GZLDNU.js";
import "./chunk-GYK5KZ3R.js";
import "./chunk-7NP72CN2.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
