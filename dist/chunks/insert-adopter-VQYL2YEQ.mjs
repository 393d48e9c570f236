import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-QTALIJEY.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-3W3NNN7K.mjs";
import "./chunk-RXWQVDEA.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-AQYAGWKD.mjs";
import "./chunk-U7XUKAMQ.mjs";
import "./chunk-BQYYGS52.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-JZX7IAJ5.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-AYTB54UI.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
