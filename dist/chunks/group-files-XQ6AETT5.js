import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  chooseGroupFile,
  groupNameOf
} from "./chunk-AVKGNS34.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-DYLIHHCV.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-PTVQWISG.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  chooseGroupFile,
  groupNameOf
};
