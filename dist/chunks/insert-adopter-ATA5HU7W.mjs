import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-EQYU3JC2.mjs";
import "./chunk-5MLOUUZU.mjs";
import "./chunk-DG4QCRYF.mjs";
import "./chunk-XOXKOX5V.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-V2PATOG3.mjs";
import "./chunk-K6OZBQAX.mjs";
import "./chunk-H4PITVOO.mjs";
import "./chunk-XFOOLODM.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-7MMPTIZS.mjs";
import "./chunk-NK7WXS44.mjs";
import "./chunk-4N37UGFY.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
