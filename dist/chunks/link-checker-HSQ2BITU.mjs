import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  require_undici
} from "./chunk-GMNLO5IO.mjs";
import {
  classifyNetworkError,
  classifyStatusCode,
  fetchKey,
  isRedirectStatus,
  isRetryableError,
  isRetryableStatus,
  movedToOtherDomain,
  shouldFallbackToGet
} from "./chunk-K5KBJM6A.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-23HNLEV6.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/links/fetch/agent.ts
var import_undici = __toESM(require_undici(), 1);

// src/links/fetch/ssrf-guard.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import { lookup as dnsLookup } from "node:dns";
function createAddressPolicy(options = {}) {
  return {
    allowPrivate: options.allowPrivate ?? false,
    allowHosts: new Set([...options.allowHosts ?? []].map(normalizeHost).filter((h) => h !== ""))
  };
}
function normalizeHost(host) {
  const bare = host.trim().toLowerCase().replace(/\.$/, "").replace(/^\[(.*)\]$/, "$1");
  return import_ipaddr.default.isValid(bare) ? import_ipaddr.default.process(bare).toString() : bare;
}
var METADATA = new Set(["169.254.169.254", "168.63.129.16", "fd00:ec2::254", "100.100.100.200"].map(normalizeHost));
function blockedRange(address) {
  if (!import_ipaddr.default.isValid(address)) return "not an IP address";
  const parsed = import_ipaddr.default.parse(address);
  if (METADATA.has(parsed.toString()) || METADATA.has(import_ipaddr.default.process(address).toString())) return "cloud metadata";
  if (parsed.kind() === "ipv4") {
    const range = parsed.range();
    return range === "unicast" ? null : range;
  }
  return blockedIPv6(parsed);
}
function blockedIPv6(address) {
  const range = address.range();
  const parts = address.parts;
  const v4 = (hi, lo) => new import_ipaddr.default.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  let embedded;
  switch (range) {
    case "ipv4Mapped":
      embedded = address.toIPv4Address();
      break;
    case "rfc6145":
      embedded = v4(parts[6], parts[7]);
      break;
    case "rfc6052":
      if (parts[2] !== 0) return "NAT64 (local use)";
      embedded = v4(parts[6], parts[7]);
      break;
    case "6to4":
      embedded = v4(parts[1], parts[2]);
      break;
    case "teredo": {
      const server = v4(parts[2], parts[3]);
      const client = v4(~parts[6] & 65535, ~parts[7] & 65535);
      const bad = blockedRange(server.toString()) ?? blockedRange(client.toString());
      return bad ? `teredo (${bad})` : null;
    }
    case "unicast":
      return parts[0] >= 8192 && parts[0] <= 16383 ? null : "reserved";
    default:
      return range;
  }
  const inner = blockedRange(embedded.toString());
  return inner ? `${range} (${inner})` : null;
}
var BlockedAddressError = class extends Error {
  constructor(host, reason) {
    super(`refusing to connect to ${host}: ${reason}`);
    this.host = host;
    this.reason = reason;
  }
  host;
  reason;
  name = "BlockedAddressError";
  code = "E_LINK_BLOCKED";
};
function checkLiteralHost(hostname, policy) {
  const host = normalizeHost(hostname);
  if (!import_ipaddr.default.isValid(host) || policy.allowHosts.has(host)) return null;
  return addressVerdict(host, host, policy);
}
function addressVerdict(host, address, policy) {
  const range = blockedRange(address);
  if (range === null) return null;
  if (policy.allowPrivate && range !== "cloud metadata") return null;
  return new BlockedAddressError(host, range);
}
var systemResolver = (hostname) => new Promise((resolve, reject) => {
  if (/(^|\.)invalid\.?$/i.test(hostname)) return reject(notFound(hostname));
  dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
    if (error) reject(error);
    else resolve(addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
  });
});
function createGuardedLookup(policy, resolve = systemResolver) {
  return (hostname, options, callback) => {
    const host = normalizeHost(hostname);
    resolve(host).then(
      (answers) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : void 0;
        const addresses = answers.filter((a) => wanted === void 0 || a.family === wanted);
        if (addresses.length === 0) return callback(notFound(hostname), "");
        if (!policy.allowHosts.has(host)) {
          for (const a of addresses) {
            const blocked = addressVerdict(host, a.address, policy);
            if (blocked) return callback(blocked, "");
          }
        }
        if (options.all) return callback(null, addresses);
        const first = addresses[0];
        callback(null, first.address, first.family);
      },
      (error) => callback(error, "")
    );
  };
}
function notFound(hostname) {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
}

// src/links/fetch/agent.ts
var USER_AGENT = "adopters-bot-link-checker/1.0 (checks the links of an ADOPTERS.md file; HEAD, then GET)";
var HEADERS = {
  "user-agent": USER_AGENT,
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
};
function createLinkAgent(options) {
  return new import_undici.Agent({
    connect: {
      lookup: createGuardedLookup(options.policy, options.resolve),
      timeout: options.connectTimeoutMs ?? 5e3
    },
    maxRedirections: 0,
    // Short keep-alive: enough to reuse a connection for the next link to the same host.
    keepAliveTimeout: 4e3
  });
}
function createSender(options) {
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const bodyDeadlineMs = options.bodyDeadlineMs ?? 1e3;
  return async ({ url, method, timeoutMs, headersTimeoutMs }) => {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(timeoutError()), Math.max(1, timeoutMs));
    try {
      const response = await (0, import_undici.request)(url, {
        dispatcher: options.dispatcher,
        method,
        headers: HEADERS,
        maxRedirections: 0,
        signal: controller.signal,
        headersTimeout: Math.max(1, Math.min(headersTimeoutMs, timeoutMs)),
        bodyTimeout: bodyDeadlineMs
      });
      const bodyBytes = await readPrefix(response.body, maxBodyBytes, bodyDeadlineMs);
      return {
        status: response.statusCode,
        location: header(response.headers.location),
        retryAfter: header(response.headers["retry-after"]),
        challenge: header(response.headers["cf-mitigated"])?.toLowerCase() === "challenge",
        bodyBytes
      };
    } catch (error) {
      throw controller.signal.aborted ? timeoutError() : error;
    } finally {
      clearTimeout(deadline);
    }
  };
}
function header(value) {
  return Array.isArray(value) ? value[0] : value;
}
function timeoutError() {
  return Object.assign(new Error("link budget exhausted"), { code: "ABORT_ERR" });
}
function readPrefix(body, cap, deadlineMs) {
  return new Promise((resolve) => {
    let bytes = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      body.off("data", onData);
      if (!body.readableEnded) body.destroy();
      resolve(bytes);
    };
    const onData = (chunk) => {
      bytes += chunk.length;
      if (bytes >= cap) finish();
    };
    const timer = setTimeout(finish, deadlineMs);
    body.on("data", onData);
    body.once("end", finish);
    body.once("close", finish);
    body.once("error", finish);
    if (cap <= 0) finish();
  });
}
function blockedReason(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const reason = current.reason;
    if (current.code === "E_LINK_BLOCKED" && typeof reason === "string") return reason;
    current = current.cause;
  }
  return void 0;
}
function errorCode(error) {
  let current = error;
  let code;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const own = current.code;
    if (typeof own === "string") code = own;
    if (own === "E_LINK_BLOCKED" || own === "ABORT_ERR") return own;
    current = current.cause;
  }
  return code ?? "UNKNOWN";
}

// src/links/retry.ts
var DEFAULT_BACKOFF = { baseMs: 500, capMs: 8e3 };
function backoffDelay(attempt, random, options = DEFAULT_BACKOFF) {
  const nominal = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(nominal / 2 + nominal / 2 * clamp01(random()));
}
function parseRetryAfter(value, nowMs) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]/i.test(text)) return void 0;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowMs);
}
function decideRetryWait(input) {
  if (input.retriesDone >= input.maxRetries) return { reason: "retries exhausted" };
  let wait = backoffDelay(input.retriesDone, input.random, input.backoff);
  if (input.retryAfterMs !== void 0) {
    if (input.retryAfterMs > input.maxRetryAfterMs) return { reason: "Retry-After longer than allowed" };
    wait = Math.round(input.retryAfterMs + 250 * clamp01(input.random()));
  }
  const attemptReserve = Math.max(500, input.remainingMs / 4);
  if (wait + attemptReserve > input.remainingMs) return { reason: "no time left in the budget" };
  return { wait };
}
function clamp01(n) {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

// src/links/fetch/check-link.ts
var DEFAULT_CHECK_OPTIONS = {
  budgetMs: 15e3,
  maxRedirects: 5,
  maxRetries: 3,
  maxRetryAfterMs: 3e4,
  headersTimeoutMs: 1e4
};
async function checkLink(start, deps, options) {
  let url = new URL(start.href);
  url.username = "";
  url.password = "";
  let method = "HEAD";
  let hops = 0;
  let retries = 0;
  let spent = 0;
  const seen = /* @__PURE__ */ new Set([fetchKey(url)]);
  const finish = (result) => ({ ...result, network: true });
  for (; ; ) {
    const remaining = options.budgetMs - spent;
    if (remaining <= 0) return finish({ status: "timeout", code: null, detail: "no answer within the time budget" });
    const blocked = checkLiteralHost(url.hostname, deps.policy);
    if (blocked) return finish({ status: "blocked", code: null, detail: `address not allowed (${blocked.reason})` });
    const attempt = await deps.scheduler.run(
      url.host,
      async () => {
        const startedAt = deps.now();
        try {
          const timeoutMs = options.budgetMs - spent;
          const headersTimeoutMs = Math.min(options.headersTimeoutMs, timeoutMs);
          return { response: await deps.send({ url, method, timeoutMs, headersTimeoutMs }) };
        } catch (error) {
          return { error };
        } finally {
          spent += deps.now() - startedAt;
        }
      },
      { continuation: hops + retries > 0 || method === "GET", outcome: (a) => hostOutcome(a, deps.now()) }
    );
    const wait = async (retryAfterMs) => {
      const decision = decideRetryWait({
        retriesDone: retries,
        maxRetries: options.maxRetries,
        retryAfterMs,
        maxRetryAfterMs: options.maxRetryAfterMs,
        remainingMs: options.budgetMs - spent,
        random: deps.random,
        backoff: options.backoff
      });
      if (decision.wait === void 0) return false;
      await deps.sleep(decision.wait);
      spent += decision.wait;
      retries += 1;
      return true;
    };
    if ("error" in attempt) {
      const code = errorCode(attempt.error);
      if (code === "E_LINK_BLOCKED") {
        return finish({
          status: "blocked",
          code: null,
          detail: `address not allowed (${blockedReason(attempt.error) ?? "policy"})`
        });
      }
      if (code === "ABORT_ERR" || spent >= options.budgetMs) {
        return finish({ status: "timeout", code: null, detail: "no answer within the time budget" });
      }
      if (isRetryableError(code) && await wait(void 0)) continue;
      return finish({ code: null, ...classifyNetworkError(code) });
    }
    const { response } = attempt;
    if (isRedirectStatus(response.status) && response.location !== void 0) {
      const next = resolveRedirect(url, response.location);
      if (typeof next === "string") return finish({ status: "broken", code: response.status, detail: next });
      if (hops >= options.maxRedirects) {
        return finish({
          status: "broken",
          code: response.status,
          detail: `more than ${options.maxRedirects} redirects`
        });
      }
      const key = fetchKey(next);
      if (seen.has(key)) return finish({ status: "broken", code: response.status, detail: "redirect loop" });
      seen.add(key);
      hops += 1;
      url = next;
      continue;
    }
    if (method === "HEAD" && shouldFallbackToGet(response.status)) {
      method = "GET";
      continue;
    }
    if (isRetryableStatus(response.status) && await wait(parseRetryAfter(response.retryAfter, deps.now()))) continue;
    return finish(verdict(start, url, hops, response, retries));
  }
}
function hostOutcome(attempt, now) {
  if ("error" in attempt) return "failed";
  const { status, retryAfter } = attempt.response;
  if (status === 429) return { rateLimited: parseRetryAfter(retryAfter, now) };
  return isRetryableStatus(status) ? "failed" : "clean";
}
function resolveRedirect(from, location) {
  let next;
  try {
    next = new URL(location, from);
  } catch {
    return "redirect to an invalid URL";
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") return "redirect to a non-HTTP URL";
  next.username = "";
  next.password = "";
  return next;
}
function verdict(start, final, hops, response, retries) {
  const code = response.status;
  const finalUrl = hops > 0 ? final.href : void 0;
  if (response.challenge) return { status: "unverifiable", code, detail: "bot challenge", finalUrl };
  if (isRedirectStatus(code)) return { status: "broken", code, detail: "redirect without a Location", finalUrl };
  const status = classifyStatusCode(code);
  if (status === "ok" && hops > 0) {
    const movedDomain = movedToOtherDomain(start, final);
    return {
      status: "redirected",
      code,
      finalUrl,
      ...movedDomain ? { movedDomain, detail: "moved to another domain" } : {}
    };
  }
  if (status === "ok") return { status, code };
  if (code === 408) return { status: "timeout", code, detail: "server timed out the request", finalUrl };
  const tries = retries > 0 ? ` after ${retries} ${retries === 1 ? "retry" : "retries"}` : "";
  if (status === "unverifiable") {
    return {
      status,
      code,
      detail: code === 429 ? `rate limited${tries}` : "access refused to automated checks",
      finalUrl
    };
  }
  return { status, code, detail: code >= 500 ? `server error${tries}` : `HTTP ${code}`, finalUrl };
}

// src/links/fetch/scheduler.ts
var INITIAL_LATENCY_MS = 500;
function createScheduler(options) {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  });
  const maxPerHost = Math.max(1, options.perHost);
  const concurrency = Math.max(1, options.concurrency);
  const hosts = /* @__PURE__ */ new Map();
  let active = 0;
  let wake;
  let pumpQueued = false;
  let starts = 0;
  const stateOf = (host) => {
    let state = hosts.get(host);
    if (!state) {
      state = {
        limit: maxPerHost,
        queue: [],
        continuations: 0,
        started: /* @__PURE__ */ new Set(),
        notBefore: 0,
        cleanStreak: 0,
        slowedAt: -Infinity,
        probe: "none"
      };
      hosts.set(host, state);
    }
    return state;
  };
  const estimate = (state, at) => {
    let estimateMs = state.meanMs ?? INITIAL_LATENCY_MS;
    for (const { at: startedAt } of state.started) estimateMs = Math.max(estimateMs, at - startedAt);
    return estimateMs;
  };
  const pickHost = (at) => {
    let best;
    let bestScore = -1;
    for (const state of hosts.values()) {
      if (state.queue.length === 0 || state.started.size >= state.limit || state.notBefore > at) continue;
      if (state.probe === "out") continue;
      const score = state.queue.length * estimate(state, at) / state.limit;
      if (score > bestScore) {
        best = state;
        bestScore = score;
      }
    }
    return best;
  };
  const scheduleWake = (at) => {
    let earliest = Infinity;
    for (const state of hosts.values()) {
      if (state.queue.length > 0 && state.notBefore > at) earliest = Math.min(earliest, state.notBefore);
    }
    if (earliest === Infinity || wake && wake.at <= earliest) return;
    wake?.cancel();
    wake = {
      at: earliest,
      cancel: setTimer(() => {
        wake = void 0;
        pump();
      }, earliest - at)
    };
  };
  const judge = (state, mark, outcome, wasProbe) => {
    const at = now();
    const sample = Math.max(1, at - mark.at);
    state.meanMs = state.meanMs === void 0 ? sample : state.meanMs * 0.8 + sample * 0.2;
    if (wasProbe) state.probe = "none";
    if (typeof outcome === "object") {
      if (mark.seq < state.slowedAt) return;
      state.slowedAt = starts;
      state.limit = Math.max(1, Math.floor(state.limit / 2));
      state.cleanStreak = 0;
      if (wasProbe)
        state.notBefore = Math.max(state.notBefore, at + (outcome.rateLimited ?? options.defaultPauseMs ?? 1e3));
      state.probe = "next";
    } else if (outcome === "clean" && state.limit < maxPerHost && ++state.cleanStreak >= state.limit * 8) {
      state.limit += 1;
      state.cleanStreak = 0;
    }
  };
  const start = (state, job) => {
    active += 1;
    const mark = { at: now(), seq: starts++ };
    state.started.add(mark);
    const wasProbe = state.probe === "next";
    if (wasProbe) state.probe = "out";
    let outcome = "failed";
    void job.task().then((result) => {
      if (job.outcome) outcome = job.outcome(result);
      return result;
    }).then(job.resolve, job.reject).finally(() => {
      active -= 1;
      state.started.delete(mark);
      judge(state, mark, outcome, wasProbe);
      pump();
    });
  };
  function pump() {
    const at = now();
    while (active < concurrency) {
      const state = pickHost(at);
      if (!state) break;
      const job = state.queue.shift();
      if (state.continuations > 0) state.continuations -= 1;
      start(state, job);
    }
    scheduleWake(at);
  }
  return {
    run(host, task, runOptions = {}) {
      const state = stateOf(host);
      return new Promise((resolve, reject) => {
        const job = {
          task,
          outcome: runOptions.outcome,
          resolve,
          reject
        };
        if (runOptions.continuation) state.queue.splice(state.continuations++, 0, job);
        else state.queue.push(job);
        if (!pumpQueued) {
          pumpQueued = true;
          queueMicrotask(() => {
            pumpQueued = false;
            pump();
          });
        }
      });
    }
  };
}

// src/links/fetch/link-checker.ts
function createHttpLinkChecker(options = {}) {
  const policy = createAddressPolicy({ allowPrivate: options.allowPrivate, allowHosts: options.allowHosts });
  const agent = createLinkAgent({ policy, resolve: options.resolve, connectTimeoutMs: options.connectTimeoutMs });
  const send = createSender({
    dispatcher: agent,
    maxBodyBytes: options.maxBodyBytes,
    bodyDeadlineMs: options.bodyDeadlineMs
  });
  const budgetMs = options.timeoutMs ?? DEFAULT_CHECK_OPTIONS.budgetMs;
  const checkOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    budgetMs,
    headersTimeoutMs: Math.min(DEFAULT_CHECK_OPTIONS.headersTimeoutMs, budgetMs),
    maxRetries: options.maxRetries ?? DEFAULT_CHECK_OPTIONS.maxRetries,
    maxRedirects: options.maxRedirects ?? DEFAULT_CHECK_OPTIONS.maxRedirects,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_CHECK_OPTIONS.maxRetryAfterMs,
    backoff: options.backoff
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    async check(urls, onProgress) {
      const scheduler = createScheduler({ concurrency: options.concurrency ?? 16, perHost: options.perHost ?? 2 });
      const deps = { send, scheduler, policy, now: Date.now, sleep, random: Math.random };
      const unique = /* @__PURE__ */ new Map();
      for (const url of urls) if (!unique.has(fetchKey(url))) unique.set(fetchKey(url), url);
      const results = /* @__PURE__ */ new Map();
      let done = 0;
      await Promise.all(
        [...unique].map(async ([key, url]) => {
          results.set(key, await checkLink(url, deps, checkOptions));
          onProgress?.(++done, unique.size);
        })
      );
      return results;
    },
    close: () => agent.close()
  };
}
export {
  createHttpLinkChecker
};
