import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-NSFH5OTR.mjs";
import "./chunk-XH3UOTO3.mjs";
import "./chunk-VN6NJLFC.mjs";
import "./chunk-M6LYSFDE.mjs";
import "./chunk-7AVOSIUX.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-PP5M7JJG.mjs";
import "./chunk-YG2C3KW3.mjs";
import "./chunk-Y3Y3OFN6.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-5KVDJQDR.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
