import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-IOJCDQB6.mjs";
import "./chunk-PGMSF2WW.mjs";
import "./chunk-3W3NNN7K.mjs";
import "./chunk-RXWQVDEA.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-ZUEQHKCP.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-O5ZQTJQG.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-3GT4LF6T.mjs";
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
  insertAdopter
};
