import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-PR76ZPXW.mjs";
import "./chunk-KNHHSULJ.mjs";
import "./chunk-FDDA6DYF.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-WT5BUGY2.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-7P4W4K5O.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
