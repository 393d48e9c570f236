import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-4LAGEISG.mjs";
import "./chunk-5F3AYPI7.mjs";
import "./chunk-G5RU4KZO.mjs";
import "./chunk-5S4Z4XPX.mjs";
import "./chunk-BW44ZVAU.mjs";
import "./chunk-TTYI6NNS.mjs";
import "./chunk-QDNTMFBW.mjs";
import "./chunk-CNDMSG6Q.mjs";
import "./chunk-23JOH57J.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
