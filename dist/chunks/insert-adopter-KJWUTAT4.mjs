import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-BSEM7UTU.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-KKPETHJI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-V2SKHTIC.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-E7A6R46Q.mjs";
import "./chunk-6BJYPJGJ.mjs";
import "./chunk-MXJSWVCK.mjs";
import "./chunk-N43VCWD6.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-FG42BMVD.mjs";
import "./chunk-AB2APPWO.mjs";
import "./chunk-QCXMGD7F.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
