import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-3OB3QDVN.js";
import "./chunk-J2CTKZFJ.js";
import "./chunk-U6KIG6PO.js";
import "./chunk-YE23O3F5.js";
import "./chunk-46SWEEBV.js";
import "./chunk-FA6EQWUK.js";
export {
  createHttpLinkChecker
};
