import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-S43HBCTB.js";
import "./chunk-W3O5ZC7X.js";
import "./chunk-DB67EKGY.js";
import "./chunk-EWSFB6TL.js";
import "./chunk-6LNDPUBB.js";
import "./chunk-3UUY6CXF.js";
import "./chunk-OEHOMW4K.js";
import "./chunk-YBYENE5N.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-C5QD5QNK.js";
import "./chunk-SSFT6MPJ.js";
import "./chunk-HBNM7Q3I.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-TWD5YVPE.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-4IXBC3UA.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  insertAdopter
};
