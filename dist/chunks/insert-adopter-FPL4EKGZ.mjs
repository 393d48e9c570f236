import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-ZXNWJCTO.mjs";
import "./chunk-XH3UOTO3.mjs";
import "./chunk-VN6NJLFC.mjs";
import "./chunk-M6LYSFDE.mjs";
import "./chunk-7AVOSIUX.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-YP242BKA.mjs";
import "./chunk-YKAU7P5G.mjs";
import "./chunk-3V2M52GN.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-GQXRRVM5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-NVG533JY.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
