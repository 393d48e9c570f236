import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-EXUD7HBT.mjs";
import "./chunk-RNBO6ZJY.mjs";
import "./chunk-Y3Y3OFN6.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-4LNPNJY5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
