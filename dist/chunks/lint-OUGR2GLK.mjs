import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-52VA7B65.mjs";
import "./chunk-75YBEFN5.mjs";
import "./chunk-PL5W666H.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-5KVDJQDR.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
