import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-45X7GKK4.js";
import "./chunk-O6PVJ3YD.js";
import "./chunk-LQ7WPG62.js";
import "./chunk-AUD34EYD.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
