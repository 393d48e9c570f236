import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-5VN2ILLJ.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-NUARA6QU.mjs";
import "./chunk-363NCJBG.mjs";
import "./chunk-YQBS3RNU.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-GYDQTYAY.mjs";
import "./chunk-73FB633P.mjs";
import "./chunk-4LGBSTEB.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-SYGV6V7T.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-AYTB54UI.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
