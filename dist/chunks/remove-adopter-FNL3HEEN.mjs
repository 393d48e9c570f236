import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-2VRRT5B6.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-ACSNWHNT.mjs";
import "./chunk-BW44ZVAU.mjs";
import "./chunk-TTYI6NNS.mjs";
import "./chunk-QDNTMFBW.mjs";
import "./chunk-CNDMSG6Q.mjs";
import "./chunk-23JOH57J.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
