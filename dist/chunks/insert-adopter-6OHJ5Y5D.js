import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-AXE4ICIP.js";
import "./chunk-AGZHJ6LN.js";
import "./chunk-UQ3GRNZF.js";
import "./chunk-3L3MKAEF.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-NMVLEE5D.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-O6PVJ3YD.js";
import "./chunk-LQ7WPG62.js";
import "./chunk-AUD34EYD.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
