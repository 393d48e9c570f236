import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-U7LHA6KG.js";
import "./chunk-EM5Y37AE.js";
import "./chunk-2IV4HTFJ.js";
import "./chunk-O2DFJORF.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
