import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-362TCUBW.mjs";
import "./chunk-I5SLDMFZ.mjs";
import "./chunk-DG4QCRYF.mjs";
import "./chunk-UYZBUS6E.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-M7MUH75M.mjs";
import "./chunk-234S3TEZ.mjs";
import "./chunk-Z5U7UXQ4.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
