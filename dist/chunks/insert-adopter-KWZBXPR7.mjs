import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-CCSLCFQM.mjs";
import "./chunk-5MLOUUZU.mjs";
import "./chunk-DG4QCRYF.mjs";
import "./chunk-XOXKOX5V.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-XUPG2RWA.mjs";
import "./chunk-4EZ57HOH.mjs";
import "./chunk-VUEZVXDS.mjs";
import "./chunk-FWKJYVJ4.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-U7RS67KR.mjs";
import "./chunk-DTJFG3QE.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
