import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-OK4S4BX7.mjs";
import "./chunk-5MLOUUZU.mjs";
import "./chunk-DG4QCRYF.mjs";
import "./chunk-XOXKOX5V.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-AP7WE7JT.mjs";
import "./chunk-RBVC27S5.mjs";
import "./chunk-Y3WQYMN6.mjs";
import "./chunk-3FKMUZ22.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-QKA2YTSB.mjs";
import "./chunk-75GY4BTF.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
