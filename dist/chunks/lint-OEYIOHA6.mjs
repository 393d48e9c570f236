import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-3KC5RIC5.mjs";
import "./chunk-KX7AHIHS.mjs";
import "./chunk-BBKN3JJB.mjs";
import "./chunk-N43VCWD6.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-42LKCK5M.mjs";
import "./chunk-AB2APPWO.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-VLX4PDTN.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
