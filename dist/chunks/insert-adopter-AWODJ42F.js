import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-NVVSDMZW.js";
import "./chunk-AGZHJ6LN.js";
import "./chunk-MLFUNPN4.js";
import "./chunk-3L3MKAEF.js";
import "./chunk-YJA3KOFE.js";
import "./chunk-44YDRBUT.js";
import "./chunk-RT2M32GQ.js";
import "./chunk-NMVLEE5D.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-EM5Y37AE.js";
import "./chunk-2IV4HTFJ.js";
import "./chunk-O2DFJORF.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
