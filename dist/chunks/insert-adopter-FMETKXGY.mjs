import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-P557RNOT.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-NUARA6QU.mjs";
import "./chunk-363NCJBG.mjs";
import "./chunk-YQBS3RNU.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-334ZHFAO.mjs";
import "./chunk-6QJAKWCL.mjs";
import "./chunk-5D5Y775J.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-BT255QJC.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-L6OHRKSX.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
