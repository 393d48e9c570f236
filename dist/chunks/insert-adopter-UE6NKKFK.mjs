import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-ANWZGDXW.mjs";
import "./chunk-PGMSF2WW.mjs";
import "./chunk-F6VNA6C7.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-GU3NGAAC.mjs";
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
  insertAdopter
};
