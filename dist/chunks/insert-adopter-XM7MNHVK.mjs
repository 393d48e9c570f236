import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-DJWRXQUA.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-NUARA6QU.mjs";
import "./chunk-363NCJBG.mjs";
import "./chunk-YQBS3RNU.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-U4W6IFSK.mjs";
import "./chunk-6GNRKB7J.mjs";
import "./chunk-ONZUUEBO.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-RCCLGEWK.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-BVBRJP3R.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
