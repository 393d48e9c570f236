import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-Z5B7WMXZ.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-NUARA6QU.mjs";
import "./chunk-363NCJBG.mjs";
import "./chunk-YQBS3RNU.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-ZEJNHRAX.mjs";
import "./chunk-VWA2WD3T.mjs";
import "./chunk-KBZYSH62.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-MPTMHPAV.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-IFMXV7K4.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
