import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-JQOCSRJE.mjs";
import "./chunk-7NSP2YE5.mjs";
import "./chunk-MF5DIRZY.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-Z63ZQIXE.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-4SLVZM3I.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
