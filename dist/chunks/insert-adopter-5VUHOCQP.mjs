import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-QETXAWAX.mjs";
import "./chunk-PGMSF2WW.mjs";
import "./chunk-F6VNA6C7.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-3GT4LF6T.mjs";
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
  insertAdopter
};
