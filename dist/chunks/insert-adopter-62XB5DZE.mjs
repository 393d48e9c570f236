import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-GQNHBOO7.mjs";
import "./chunk-Z553JAZP.mjs";
import "./chunk-3W3NNN7K.mjs";
import "./chunk-RXWQVDEA.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-26L5BSJ3.mjs";
import "./chunk-BKYU2J4E.mjs";
import "./chunk-K7EG5QFF.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-OEMWQRXG.mjs";
import "./chunk-TX6FNQJV.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-LDTR4LQ5.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
