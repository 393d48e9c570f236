import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-7NBO7W3F.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-CAJ5B3J2.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-TCVOXPTP.mjs";
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
  insertAdopter
};
