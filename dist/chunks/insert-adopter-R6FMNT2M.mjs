import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-TKSTWQGU.mjs";
import "./chunk-5MLOUUZU.mjs";
import "./chunk-DG4QCRYF.mjs";
import "./chunk-XOXKOX5V.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-D67JQ2DK.mjs";
import "./chunk-HF2RO2FL.mjs";
import "./chunk-6UGYNZJV.mjs";
import "./chunk-XFOOLODM.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-MIT7Q6GU.mjs";
import "./chunk-NK7WXS44.mjs";
import "./chunk-5WXI75QH.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
