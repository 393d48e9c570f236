import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-54K6JGGK.mjs";
import "./chunk-WE6CX3HI.mjs";
import "./chunk-MF5DIRZY.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-QADRLQPK.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-4SLVZM3I.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
