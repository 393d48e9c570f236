import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-PE52N3TG.mjs";
import "./chunk-XH3UOTO3.mjs";
import "./chunk-VN6NJLFC.mjs";
import "./chunk-M6LYSFDE.mjs";
import "./chunk-7AVOSIUX.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-SHOJC6U5.mjs";
import "./chunk-KX26D3JK.mjs";
import "./chunk-Z4UQLNGS.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-E6M3TFTF.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-Y2EKFUSK.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
