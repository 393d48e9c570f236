import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-ODCB62SZ.mjs";
import "./chunk-XH3UOTO3.mjs";
import "./chunk-NUARA6QU.mjs";
import "./chunk-363NCJBG.mjs";
import "./chunk-YQBS3RNU.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-PP5M7JJG.mjs";
import "./chunk-RNBO6ZJY.mjs";
import "./chunk-Y3Y3OFN6.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-4LNPNJY5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
