import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-5XUWTLFT.js";
import "./chunk-CDVB4R7E.js";
import "./chunk-OELO5PVX.js";
import "./chunk-3L3MKAEF.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-356XCAXV.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-S2DC4FOG.js";
import "./chunk-UNFAKITF.js";
import "./chunk-XDGCHGXV.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
