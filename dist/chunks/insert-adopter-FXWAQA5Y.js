import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-FFB3IMHA.js";
import "./chunk-N2IYNLLU.js";
import "./chunk-DB67EKGY.js";
import "./chunk-EWSFB6TL.js";
import "./chunk-6LNDPUBB.js";
import "./chunk-3UUY6CXF.js";
import "./chunk-UE25ZKJ3.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-IRULWQSX.js";
import "./chunk-CIO5E5OD.js";
import "./chunk-VG7UZNNA.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-6YSG6FKP.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-4IXBC3UA.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
