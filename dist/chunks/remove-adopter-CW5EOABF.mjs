import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-ZPMTFXXR.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-42LKCK5M.mjs";
import "./chunk-AB2APPWO.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-VLX4PDTN.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
