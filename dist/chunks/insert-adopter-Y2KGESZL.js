import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-METN67PZ.js";
import "./chunk-W3O5ZC7X.js";
import "./chunk-DB67EKGY.js";
import "./chunk-EWSFB6TL.js";
import "./chunk-6LNDPUBB.js";
import "./chunk-3UUY6CXF.js";
import "./chunk-OEHOMW4K.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-REHFCBM3.js";
import "./chunk-VJIK3Y2D.js";
import "./chunk-7I62H7BA.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-I5B3VVLS.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-JKVCVJUP.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
