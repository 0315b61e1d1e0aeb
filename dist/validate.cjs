// lb-plan bundle sha256:1c6f32d151fce047750da9f6f67e8cfba2731c88210d60fbc7202c3afeb3ca8b
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: !0 });
var __commonJS = (cb, mod) => function() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.distance = exports2.closest = void 0;
    var peq = new Uint32Array(65536), myers_32 = /* @__PURE__ */ __name(function(a, b) {
      for (var n = a.length, m = b.length, lst = 1 << n - 1, pv = -1, mv = 0, sc = n, i = n; i--; )
        peq[a.charCodeAt(i)] |= 1 << i;
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)], xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv, mv |= ~(eq | pv), pv &= eq, mv & lst && sc++, pv & lst && sc--, mv = mv << 1 | 1, pv = pv << 1 | ~(xv | mv), mv &= xv;
      }
      for (i = n; i--; )
        peq[a.charCodeAt(i)] = 0;
      return sc;
    }, "myers_32"), myers_x = /* @__PURE__ */ __name(function(b, a) {
      for (var n = a.length, m = b.length, mhc = [], phc = [], hsize = Math.ceil(n / 32), vsize = Math.ceil(m / 32), i = 0; i < hsize; i++)
        phc[i] = -1, mhc[i] = 0;
      for (var j = 0; j < vsize - 1; j++) {
        for (var mv_1 = 0, pv_1 = -1, start_1 = j * 32, vlen_1 = Math.min(32, m) + start_1, k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] |= 1 << k;
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv_1, xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb, ph = mv_1 | ~(xh | pv_1), mh = pv_1 & xh;
          ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv_1 = mh | ~(xv | ph), mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] = 0;
      }
      for (var mv = 0, pv = -1, start = j * 32, vlen = Math.min(32, m - start) + start, k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] |= 1 << k;
      for (var score = m, i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv, xh = ((eq | mb) & pv) + pv ^ pv | eq | mb, ph = mv | ~(xh | pv), mh = pv & xh;
        score += ph >>> m - 1 & 1, score -= mh >>> m - 1 & 1, ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv = mh | ~(xv | ph), mv = ph & xv;
      }
      for (var k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] = 0;
      return score;
    }, "myers_x"), distance2 = /* @__PURE__ */ __name(function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a, a = tmp;
      }
      return b.length === 0 ? a.length : a.length <= 32 ? myers_32(a, b) : myers_x(a, b);
    }, "distance");
    exports2.distance = distance2;
    var closest = /* @__PURE__ */ __name(function(str, arr) {
      for (var min_distance = 1 / 0, min_index = 0, i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        dist < min_distance && (min_distance = dist, min_index = i);
      }
      return arr[min_index];
    }, "closest");
    exports2.closest = closest;
  }
});

// src/cli/validate-main.ts
var validate_main_exports = {};
__export(validate_main_exports, {
  main: () => main,
  writer: () => writer
});
module.exports = __toCommonJS(validate_main_exports);
var import_node_fs2 = require("node:fs");

// src/cli/terminal-text.ts
var UNSAFE = /\u001b\[(?:0|1|2|31|32|33|36)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function terminalText(text) {
  return ANY_CONTROL.test(text) ? text.replace(UNSAFE, (m) => m.length > 1 ? m : `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`) : text;
}
__name(terminalText, "terminalText");

// src/cli/io.ts
function internalError(e, env) {
  let err = e;
  return `lb-plan: internal error: ${err.message}
${env.LB_PLAN_DEBUG ? `${err.stack ?? ""}
` : `Set LB_PLAN_DEBUG=1 for details, and please report it.
`}`;
}
__name(internalError, "internalError");

// src/manifest/diagnostic.ts
function formatPath(path) {
  if (path.length === 0) return "(root)";
  let out = "";
  for (let i = 0; i < path.length; i++) {
    let seg = path[i];
    typeof seg == "number" ? out += `[${seg}]` : out += (out ? "." : "") + (/^[A-Za-z_][\w-]*$/.test(seg) ? seg : JSON.stringify(seg));
  }
  return out;
}
__name(formatPath, "formatPath");
function formatDiagnostic(d) {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (at ${formatPath(d.path)})`;
}
__name(formatDiagnostic, "formatDiagnostic");
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
__name(hasErrors, "hasErrors");
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
__name(sortDiagnostics, "sortDiagnostics");
var EXCERPT_CHARS = 60;
function excerpt(value, max = EXCERPT_CHARS) {
  let chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join("")}\u2026` : value;
}
__name(excerpt, "excerpt");
function excerptValues(message, values, max = EXCERPT_CHARS) {
  let out = message, long = [...values].filter((v) => Array.from(v).length > max).sort((a, b) => b.length - a.length);
  for (let v of long) {
    let cut = excerpt(v, max);
    out = out.split(JSON.stringify(v)).join(JSON.stringify(cut)).split(v).join(cut);
  }
  return out;
}
__name(excerptValues, "excerptValues");
function formatWithSource(d, text) {
  let first = formatDiagnostic(d), line = text?.split(`
`)[d.line - 1]?.replace(/\r$/, "");
  if (line === void 0 || line.trim() === "") return first;
  let from = Math.max(0, d.column - 60), shown = (from > 0 ? "\u2026" : "") + line.slice(from, from + 120) + (line.length > from + 120 ? "\u2026" : ""), gutter = String(d.line).length, caret = " ".repeat(d.column - 1 - from + (from > 0 ? 1 : 0)) + "^";
  return `${first}
  ${d.line} | ${shown}
  ${" ".repeat(gutter)} | ${caret}`;
}
__name(formatWithSource, "formatWithSource");

// src/manifest/load.ts
var import_node_path2 = require("node:path");

// src/model/kinds.ts
var KIND_INFO = {
  globalAddress: { collection: "globalAddresses", schema: "Address", segment: "addresses", regional: !1, immutable: !0, gcpWord: "address", label: "Global address" },
  sslCertificate: { collection: "sslCertificates", schema: "SslCertificate", segment: "sslCertificates", regional: !1, immutable: !0, gcpWord: "ssl_certificate", label: "SSL certificate" },
  securityPolicy: { collection: "securityPolicies", schema: "SecurityPolicy", segment: "securityPolicies", regional: !1, immutable: !1, gcpWord: "security_policy", label: "Cloud Armor policy" },
  regionNetworkEndpointGroup: { collection: "regionNetworkEndpointGroups", schema: "NetworkEndpointGroup", segment: "networkEndpointGroups", regional: !0, immutable: !0, gcpWord: "network_endpoint_group", label: "Serverless NEG" },
  backendService: { collection: "backendServices", schema: "BackendService", segment: "backendServices", regional: !1, immutable: !1, gcpWord: "backend_service", label: "Backend service" },
  urlMap: { collection: "urlMaps", schema: "UrlMap", segment: "urlMaps", regional: !1, immutable: !1, gcpWord: "url_map", label: "URL map" },
  targetHttpProxy: { collection: "targetHttpProxies", schema: "TargetHttpProxy", segment: "targetHttpProxies", regional: !1, immutable: !1, gcpWord: "target_http_proxy", label: "Target HTTP proxy" },
  targetHttpsProxy: { collection: "targetHttpsProxies", schema: "TargetHttpsProxy", segment: "targetHttpsProxies", regional: !1, immutable: !1, gcpWord: "target_https_proxy", label: "Target HTTPS proxy" },
  globalForwardingRule: { collection: "globalForwardingRules", schema: "ForwardingRule", segment: "forwardingRules", regional: !1, immutable: !1, gcpWord: "forwarding_rule", label: "Forwarding rule" }
};

// src/model/address.ts
var GLOBAL = { type: "global" }, COMPUTE_BASE = "https://www.googleapis.com/compute/v1/";
function resourceAddress(kind, scope, name) {
  return scope.type === "region" ? `${kind}/${scope.region}/${name}` : `${kind}/${name}`;
}
__name(resourceAddress, "resourceAddress");
function relativePath(project, kind, scope, name) {
  let where = scope.type === "region" ? `regions/${scope.region}` : "global";
  return `projects/${project}/${where}/${KIND_INFO[kind].segment}/${name}`;
}
__name(relativePath, "relativePath");
function selfLink(project, kind, scope, name) {
  return COMPUTE_BASE + relativePath(project, kind, scope, name);
}
__name(selfLink, "selfLink");

// node_modules/@noble/hashes/_u64.js
var fromNumH = /* @__PURE__ */ __name((n) => n / 2 ** 32 | 0, "fromNumH"), fromNumL = /* @__PURE__ */ __name((n) => n >>> 0, "fromNumL");
function setU64FromNum(view, byteOffset, n, isLE) {
  let h = fromNumH(n), l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE), view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
__name(setU64FromNum, "setU64FromNum");

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
__name(isBytes, "isBytes");
var atitle = /* @__PURE__ */ __name((title) => title ? `"${title}" ` : "", "atitle");
function anumber(n, title = "") {
  if (typeof n != "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
__name(anumber, "anumber");
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  length !== void 0 && anumber(length, "length");
  let bytes = isBytes(value), ofLen = length !== void 0 ? ` of length ${length}` : "", got = bytes ? `length=${value.length}` : `type=${typeof value}`, message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  throw bytes ? new RangeError(message) : new TypeError(message);
}
__name(abytes, "abytes");
var aobject = /* @__PURE__ */ __name((value, label) => {
  if (value === null || typeof value != "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
}, "aobject"), aopts = /* @__PURE__ */ __name((value, label) => {
  aobject(value, label);
  let proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
}, "aopts");
function aexists(instance, checkFinished = !0) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
__name(aexists, "aexists");
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  let min = instance.outputLen;
  if (!(out.length >= min))
    throw new RangeError('"output" expected length >= ' + min);
}
__name(aoutput, "aoutput");
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++)
    arrays[i].fill(0);
}
__name(clean, "clean");
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
__name(createView, "createView");
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
__name(rotr, "rotr");
var hasHexBuiltin = /* @ts-ignore */ typeof Uint8Array.from([]).toHex == "function" && typeof Uint8Array.fromHex == "function", hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  if (abytes(bytes), hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++)
    hex += hexes[bytes[i]];
  return hex;
}
__name(bytesToHex, "bytesToHex");
function checkOpts(defaults, opts, title = "opts") {
  return aopts(defaults, "defaults"), opts !== void 0 && aopts(opts, title), Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
}
__name(checkOpts, "checkOpts");
function createHasher(hashCons, info = {}) {
  if (typeof hashCons != "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  let hashC = /* @__PURE__ */ __name((msg, opts) => hashCons(opts).update(msg).digest(), "hashC"), tmp = hashCons(void 0);
  return hashC.outputLen = tmp.outputLen, hashC.blockLen = tmp.blockLen, hashC.canXOF = tmp.canXOF, hashC.create = (opts) => hashCons(opts), Object.assign(hashC, info), Object.freeze(hashC);
}
__name(createHasher, "createHasher");
var oidNist = /* @__PURE__ */ __name((suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
}), "oidNist");

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
__name(Chi, "Chi");
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
__name(Maj, "Maj");
var HashMD = class {
  static {
    __name(this, "HashMD");
  }
  blockLen;
  outputLen;
  canXOF = !1;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = !1;
  length = 0;
  pos = 0;
  destroyed = !1;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen, this.outputLen = outputLen, this.padOffset = padOffset, this.isLE = isLE, this.buffer = new Uint8Array(blockLen), this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this), abytes(data);
    let { view, buffer, blockLen } = this, len = data.length, processed = !1;
    for (let pos = 0; pos < len; ) {
      let take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        let dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = !0;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos), this.pos += take, pos += take, this.pos === blockLen && (this.process(view, 0), this.pos = 0, processed = !0);
    }
    return this.length += data.length, processed && this.roundClean(), this;
  }
  digestInto(out) {
    aexists(this), aoutput(out, this), this.finished = !0;
    let { buffer, view, blockLen, isLE } = this, { pos } = this;
    buffer[pos++] = 128, buffer.fill(0, pos), this.padOffset > blockLen - pos && (this.process(view, 0), buffer.fill(0)), setU64FromNum(view, blockLen - 8, this.length * 8, isLE), this.process(view, 0), this.roundClean();
    let oview = out === buffer ? view : createView(out), len = this.outputLen, outLen = len / 4, state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    let { buffer, outputLen } = this;
    this.digestInto(buffer);
    let res = buffer.slice(0, outputLen);
    return this.destroy(), res;
  }
  _cloneIntoMeta(to) {
    let { buffer, length, finished, destroyed, pos } = this;
    return to.destroyed = destroyed, to.finished = finished, to.length = length, to.pos = pos, pos && to.buffer.set(buffer), to;
  }
  clone() {
    return this._cloneInto();
  }
}, SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]), SHA256_W = /* @__PURE__ */ new Uint32Array(64), SHA2_32B = class extends HashMD {
  static {
    __name(this, "SHA2_32B");
  }
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, !1), this.A = IV[0] | 0, this.B = IV[1] | 0, this.C = IV[2] | 0, this.D = IV[3] | 0, this.E = IV[4] | 0, this.F = IV[5] | 0, this.G = IV[6] | 0, this.H = IV[7] | 0;
  }
  get() {
    let { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0, this.B = B | 0, this.C = C | 0, this.D = D | 0, this.E = E | 0, this.F = F | 0, this.G = G | 0, this.H = H | 0;
  }
  _cloneInto(to) {
    return (to ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, !1);
    for (let i = 16; i < 64; i++) {
      let W15 = SHA256_W[i - 15], W2 = SHA256_W[i - 2], s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3, s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      let sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25), T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0, T2 = (rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + Maj(A, B, C) | 0;
      H = G, G = F, F = E, E = D + T1 | 0, D = C, C = B, B = A, A = T1 + T2 | 0;
    }
    A = A + this.A | 0, B = B + this.B | 0, C = C + this.C | 0, D = D + this.D | 0, E = E + this.E | 0, F = F + this.F | 0, G = G + this.G | 0, H = H + this.H | 0, this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = !0, this.set(0, 0, 0, 0, 0, 0, 0, 0), clean(this.buffer);
  }
}, _SHA256 = class extends SHA2_32B {
  static {
    __name(this, "_SHA256");
  }
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// src/util/builtin.ts
function builtin(id) {
  return typeof process.getBuiltinModule == "function" ? process.getBuiltinModule(id) : require(id);
}
__name(builtin, "builtin");
var nodeCrypto = /* @__PURE__ */ __name(() => builtin("node:crypto"), "nodeCrypto"), nodeNet = /* @__PURE__ */ __name(() => builtin("node:net"), "nodeNet");

// src/model/hash.ts
var JS_HASHES = 256, JS_MAX_CHARS = 4096, jsHashesLeft = JS_HASHES, utf8 = new TextEncoder();
function expectManyHashes() {
  jsHashesLeft = 0;
}
__name(expectManyHashes, "expectManyHashes");
function sha256HexJs(text) {
  return bytesToHex(sha256(utf8.encode(text)));
}
__name(sha256HexJs, "sha256HexJs");
function sha256Hex(text) {
  if (jsHashesLeft > 0 && text.length <= JS_MAX_CHARS)
    return jsHashesLeft--, sha256HexJs(text);
  let crypto = nodeCrypto();
  return typeof crypto.hash == "function" ? crypto.hash("sha256", text, "hex") : crypto.createHash("sha256").update(text, "utf8").digest("hex");
}
__name(sha256Hex, "sha256Hex");
var INDEX = /^(?:0|[1-9]\d{0,9})$/, isIndex = /* @__PURE__ */ __name((k) => k.charCodeAt(0) <= 57 && k.charCodeAt(0) >= 48 && INDEX.test(k) && Number(k) < 4294967295, "isIndex");
function sortedKeys(o) {
  let keys = Object.keys(o), sorted = !0;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  return sorted || keys.sort(), keys.some(isIndex) ? [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))] : keys;
}
__name(sortedKeys, "sortedKeys");
function canonicalJson(value) {
  return write(value, NATIVE_TRIES);
}
__name(canonicalJson, "canonicalJson");
var NATIVE_TRIES = 3;
function write(v, tries) {
  return tries > 0 && inOrder(v) ? JSON.stringify(v) : json(v, tries - 1);
}
__name(write, "write");
function inOrder(v) {
  if (typeof v != "object" || v === null) return typeof v != "bigint" && (typeof v != "function" || typeof v.toJSON != "function");
  if (typeof v.toJSON == "function") return !1;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!inOrder(v[i])) return !1;
    return !0;
  }
  let proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return !1;
  let keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i > 0 && !(keys[i - 1] < k) || isIndex(k) || !inOrder(v[k])) return !1;
  }
  return !0;
}
__name(inOrder, "inOrder");
var KEY_JSON = /* @__PURE__ */ new Map(), KEY_JSON_MAX = 64;
function keyJson(k) {
  if (k.length > KEY_JSON_MAX) return JSON.stringify(k);
  let out = KEY_JSON.get(k);
  return out === void 0 && (out = JSON.stringify(k), KEY_JSON.size >= 1e4 && KEY_JSON.clear(), KEY_JSON.set(k, out)), out;
}
__name(keyJson, "keyJson");
function json(v, tries) {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return JSON.stringify(v);
    case "object": {
      if (typeof v.toJSON == "function") return json(v.toJSON(), 0);
      if (Array.isArray(v)) {
        let out2 = "[";
        for (let i = 0; i < v.length; i++) out2 += `${i === 0 ? "" : ","}${write(v[i], tries) ?? "null"}`;
        return `${out2}]`;
      }
      let out = "", keys = sortedKeys(v);
      for (let i = 0; i < keys.length; i++) {
        let x = write(v[keys[i]], tries);
        x !== void 0 && (out += `${out ? "," : "{"}${keyJson(keys[i])}:${x}`);
      }
      return out ? `${out}}` : "{}";
    }
    default:
      return;
  }
}
__name(json, "json");
var NAME_HASH_LENGTH = 8;
function contentHash(value) {
  return sha256Hex(canonicalJson(value)).slice(0, NAME_HASH_LENGTH);
}
__name(contentHash, "contentHash");

// src/model/names.ts
var NAME_REGEX = /^[a-z]([-a-z0-9]*[a-z0-9])?$/, names = {
  /** The console names the URL map after the load balancer; so do we. */
  urlMap: /* @__PURE__ */ __name((lb) => lb, "urlMap"),
  redirectUrlMap: /* @__PURE__ */ __name((lb) => `${lb}-redirect`, "redirectUrlMap"),
  httpProxy: /* @__PURE__ */ __name((lb) => `${lb}-http-proxy`, "httpProxy"),
  httpsProxy: /* @__PURE__ */ __name((lb) => `${lb}-https-proxy`, "httpsProxy"),
  forwardingRule: /* @__PURE__ */ __name((lb, protocol, ipv6) => `${lb}-${protocol}${ipv6 ? "-ipv6" : ""}`, "forwardingRule"),
  backendService: /* @__PURE__ */ __name((lb, backend) => `${lb}-${backend}`, "backendService"),
  /** The region is the NEG's scope, so it is not repeated in the name; the hash covers it. */
  neg: /* @__PURE__ */ __name((lb, backend, hash) => `${lb}-${backend}-${hash}`, "neg"),
  certificate: /* @__PURE__ */ __name((prefix, hash) => `${prefix}-${hash}`, "certificate"),
  defaultCertificatePrefix: /* @__PURE__ */ __name((lb) => `${lb}-cert`, "defaultCertificatePrefix"),
  securityPolicy: /* @__PURE__ */ __name((lb, backend) => `${lb}-${backend}-armor`, "securityPolicy")
};
function frontendNames(lb, explicit = {}) {
  let rule = /* @__PURE__ */ __name((protocol, ipv6) => {
    let key = `${protocol}ForwardingRule${ipv6 ? "Ipv6" : ""}`;
    return explicit[key] ?? names.forwardingRule(lb, protocol, ipv6);
  }, "rule");
  return {
    urlMap: explicit.urlMap ?? names.urlMap(lb),
    redirectUrlMap: explicit.redirectUrlMap ?? names.redirectUrlMap(lb),
    httpProxy: explicit.httpProxy ?? names.httpProxy(lb),
    httpsProxy: explicit.httpsProxy ?? names.httpsProxy(lb),
    forwardingRule: rule
  };
}
__name(frontendNames, "frontendNames");
function ownershipMarker(lb) {
  return `[managed by lb-plan: ${lb}]`;
}
__name(ownershipMarker, "ownershipMarker");
function describe(lb, text) {
  return text ? `${text} ${ownershipMarker(lb)}` : ownershipMarker(lb);
}
__name(describe, "describe");
var OWNER_LABELS = { managedBy: "managed-by", lb: "lb-plan-lb" };
var HANDOVER_LABEL = "lb-plan-from", RECORD_LABEL = "lb-plan-applied";
function ownerLabels(lb) {
  return { [OWNER_LABELS.managedBy]: "lb-plan", [OWNER_LABELS.lb]: lb };
}
__name(ownerLabels, "ownerLabels");

// src/routing/url.ts
function parseRequestUrl(text, options = {}) {
  let raw = text.trim(), withScheme = options.assumeHttps && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? `https://${raw}` : raw, u;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: !1, reason: `"${text}" is not a URL: write it as https://HOST/PATH` };
  }
  return u.protocol !== "http:" && u.protocol !== "https:" ? { ok: !1, reason: `"${text}" is not an http or https URL` } : u.hostname === "" ? { ok: !1, reason: `"${text}" has no host` } : u.username !== "" || u.password !== "" ? { ok: !1, reason: `"${text}" carries credentials: give only the host and path` } : {
    ok: !0,
    request: {
      url: u.href,
      scheme: u.protocol === "https:" ? "https" : "http",
      host: u.host.toLowerCase(),
      hostname: u.hostname.toLowerCase(),
      path: u.pathname || "/",
      query: u.search
    }
  };
}
__name(parseRequestUrl, "parseRequestUrl");

// src/compile/secrets.ts
function secretKey(ref) {
  return ref.env !== void 0 ? `env:${ref.env}` : `file:${ref.file ?? ""}`;
}
__name(secretKey, "secretKey");

// src/manifest/routing-entries.ts
function hostEntries(routing) {
  let out = (routing?.hosts ?? []).map((h, i) => ({ hosts: h.hosts, backend: h.backend, paths: h.paths ?? [], ...h.pathMatcher ? { pathMatcher: h.pathMatcher } : {}, source: ["routing", "hosts", i] }));
  return routing?.paths && routing.paths.length > 0 && out.push({ hosts: ["*"], backend: routing.default, paths: routing.paths, source: ["routing"] }), out;
}
__name(hostEntries, "hostEntries");

// src/compile/index.ts
var NO_INPUTS = { files: /* @__PURE__ */ new Map(), secrets: /* @__PURE__ */ new Map() }, CDN_DEFAULTS = { cacheMode: "CACHE_ALL_STATIC", defaultTtl: 3600, clientTtl: 3600, maxTtl: 86400 }, RATE_LIMIT_DEFAULTS = { requestCount: 500, intervalSec: 60, enforceOnKey: "IP" }, DEFAULT_RULE_PRIORITY = 2147483647;
function platformOf(neg) {
  return neg.cloudRun ? "cloudRun" : neg.cloudFunctions ? "cloudFunctions" : neg.appEngine ? "appEngine" : "apiGateway";
}
__name(platformOf, "platformOf");
var Builder = class {
  constructor(project, lb, labels, names2, generated) {
    this.project = project;
    this.lb = lb;
    this.labels = labels;
    this.names = names2;
    this.generated = generated;
  }
  static {
    __name(this, "Builder");
  }
  resources = [];
  serverless = [];
  /** Backend service names by manifest key. */
  services = /* @__PURE__ */ new Map();
  /**
   * The name of an immutable resource: the explicit one unless its generated successor is wanted.
   * Returns the pinning record when the manifest names it.
   */
  immutableName(kind, scope, explicit, generated) {
    if (explicit === void 0 || explicit === generated) return { name: generated };
    let pinned = { declared: resourceAddress(kind, scope, explicit), generated: resourceAddress(kind, scope, generated) };
    return { name: this.generated.has(pinned.declared) ? generated : explicit, pinned };
  }
  link(kind, name, scope = GLOBAL) {
    return selfLink(this.project, kind, scope, name);
  }
  add(r) {
    let scope = r.scope ?? GLOBAL, address = resourceAddress(r.kind, scope, r.name);
    return this.resources.push({
      address,
      kind: r.kind,
      scope,
      name: r.name,
      api: r.api ?? "v1",
      body: r.body,
      source: r.source,
      dependsOn: [...new Set(r.dependsOn ?? [])].sort(),
      references: r.references ?? [],
      secrets: r.secrets ?? [],
      setters: r.setters ?? [],
      ...r.pinned ? { pinned: r.pinned } : {}
    }), address;
  }
};
function compile(manifest, inputs = NO_INPUTS, options = {}) {
  let lb = manifest.metadata.name, project = manifest.metadata.project ?? "", b = new Builder(project, lb, { ...manifest.metadata.labels ?? {}, ...ownerLabels(lb) }, frontendNames(lb, manifest.metadata.names), options.generated ?? /* @__PURE__ */ new Set()), keys = Object.keys(manifest.backends);
  for (let i = 0; i < keys.length; i++) b.services.set(keys[i], manifest.backends[keys[i]].name ?? names.backendService(lb, keys[i]));
  let backendAddresses = /* @__PURE__ */ new Map();
  for (let i = 0; i < keys.length; i++) backendAddresses.set(keys[i], compileBackend(b, keys[i], manifest.backends[keys[i]], inputs));
  let urlMap = compileUrlMap(b, manifest, backendAddresses);
  compileFrontend(b, manifest, urlMap, inputs);
  let resources = [...b.resources].sort((x, y) => x.address < y.address ? -1 : x.address > y.address ? 1 : 0);
  return { name: lb, project, resources, serverless: b.serverless };
}
__name(compile, "compile");
function negBody(neg) {
  let defined = /* @__PURE__ */ __name((o) => {
    let out = {};
    for (let k of Object.keys(o)) o[k] !== void 0 && (out[k] = o[k]);
    return out;
  }, "defined");
  if (neg.cloudRun) {
    let c = neg.cloudRun;
    return { api: "v1", body: { cloudRun: defined({ service: c.service, tag: c.tag, urlMask: c.urlMask }) }, label: c.urlMask ?? `${c.service}${c.tag ? ` (tag ${c.tag})` : ""}` };
  }
  if (neg.cloudFunctions) {
    let f = neg.cloudFunctions;
    return { api: "v1", body: { cloudFunction: defined({ function: f.function, urlMask: f.urlMask }) }, label: f.urlMask ?? f.function ?? "" };
  }
  if (neg.appEngine) {
    let a = neg.appEngine, label = a.urlMask ?? [a.service ?? "default", a.version].filter(Boolean).join(" version ");
    return { api: "v1", body: { appEngine: defined({ service: a.service, version: a.version, urlMask: a.urlMask }) }, label };
  }
  let g = neg.apiGateway ?? {};
  return {
    api: "beta",
    body: { serverlessDeployment: defined({ platform: "apigateway.googleapis.com", resource: g.gateway, urlMask: g.urlMask }) },
    label: g.urlMask ?? g.gateway ?? ""
  };
}
__name(negBody, "negBody");
function compileBackend(b, key, backend, inputs) {
  let lb = b.lb, source = ["backends", key], negAddresses = [], groups = [];
  backend.serverless.forEach((neg, i) => {
    let { body: body2, api, label } = negBody(neg), scope = { type: "region", region: neg.region }, { name: name2, pinned } = b.immutableName("regionNetworkEndpointGroup", scope, neg.name, names.neg(lb, key, contentHash({ region: neg.region, ...body2 }))), address = b.add({
      kind: "regionNetworkEndpointGroup",
      name: name2,
      scope,
      api,
      body: { name: name2, description: describe(lb, `Serverless NEG of backend ${key} in ${neg.region}`), networkEndpointType: "SERVERLESS", ...body2 },
      source: [...source, "serverless", i],
      pinned
    });
    negAddresses.push(address), groups.push(b.link("regionNetworkEndpointGroup", name2, scope)), b.serverless.push({ neg: address, platform: platformOf(neg), region: neg.region, label });
  });
  let name = b.services.get(key), body = {
    name,
    description: describe(lb, backend.description),
    loadBalancingScheme: "EXTERNAL",
    protocol: "HTTP",
    backends: groups.map((group) => ({ group }))
  }, cdn = backend.cdn;
  if (body.enableCDN = cdn !== void 0 && cdn !== !1, cdn !== void 0 && cdn !== !1) {
    let c = cdn === !0 ? {} : cdn, policy = { ...CDN_DEFAULTS, ...c };
    if (policy.cacheMode === "USE_ORIGIN_HEADERS")
      for (let k of ["defaultTtl", "clientTtl", "maxTtl"]) typeof c == "object" && k in c || delete policy[k];
    policy.cacheMode === "FORCE_CACHE_ALL" && !(typeof c == "object" && "maxTtl" in c) && delete policy.maxTtl, body.cdnPolicy = policy;
  }
  let secrets = [];
  if (backend.iap) {
    let ref = secretKey(backend.iap.oauth2ClientSecret), value = inputs.secrets.get(ref);
    body.iap = { enabled: !0, oauth2ClientId: backend.iap.oauth2ClientId, ...value !== void 0 ? { oauth2ClientSecret: value } : {} }, secrets.push({ field: ["iap", "oauth2ClientSecret"], ref, sha256: value === void 0 ? void 0 : sha256Hex(value) });
  } else
    body.iap = { enabled: !1 };
  let logging = backend.logging ?? !0;
  body.logConfig = logging === !1 ? { enable: !1 } : { enable: !0, sampleRate: logging === !0 ? 1 : logging.sampleRate };
  let dependsOn = [...negAddresses], references = [], setters = [], sp = backend.securityPolicy;
  if (sp?.existing)
    references.push({ kind: "securityPolicy", name: sp.existing, source: [...source, "securityPolicy", "existing"] }), setters.push({ field: "securityPolicy", method: "setSecurityPolicy", body: { securityPolicy: b.link("securityPolicy", sp.existing) } });
  else if (sp?.rateLimit) {
    let policyName = sp.rateLimit.name ?? names.securityPolicy(lb, key);
    dependsOn.push(compileRateLimitPolicy(b, policyName, key, sp.rateLimit)), setters.push({ field: "securityPolicy", method: "setSecurityPolicy", body: { securityPolicy: b.link("securityPolicy", policyName) } });
  } else
    setters.push({ field: "securityPolicy", method: "setSecurityPolicy", body: { securityPolicy: null } });
  return b.add({ kind: "backendService", name, body, source, dependsOn, references, secrets, setters });
}
__name(compileBackend, "compileBackend");
function compileRateLimitPolicy(b, name, backend, spec) {
  let everyone = { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } }, existing = b.resources.find((r) => r.kind === "securityPolicy" && r.name === name);
  return existing ? existing.address : b.add({
    kind: "securityPolicy",
    name,
    body: {
      name,
      description: describe(b.lb, `Rate limit for backend ${backend}`),
      type: "CLOUD_ARMOR",
      labels: b.labels,
      rules: [
        {
          priority: 1e3,
          description: "Rate limit per client",
          action: "throttle",
          match: everyone,
          rateLimitOptions: {
            conformAction: "allow",
            exceedAction: "deny(429)",
            enforceOnKey: spec.enforceOnKey ?? RATE_LIMIT_DEFAULTS.enforceOnKey,
            rateLimitThreshold: { count: spec.requestCount ?? RATE_LIMIT_DEFAULTS.requestCount, intervalSec: spec.intervalSec ?? RATE_LIMIT_DEFAULTS.intervalSec }
          }
        },
        { priority: DEFAULT_RULE_PRIORITY, description: "Default rule", action: "allow", match: everyone }
      ]
    },
    source: ["backends", backend, "securityPolicy", "rateLimit"]
  });
}
__name(compileRateLimitPolicy, "compileRateLimitPolicy");
function matcherName(hosts, used) {
  let base = (hosts[0] ?? "hosts").replace(/^\*[.-]?/, "any-").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50) || "hosts", name = /^[a-z]/.test(base) ? base : `h-${base}`;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  return used.add(name), name;
}
__name(matcherName, "matcherName");
function compileUrlMap(b, manifest, backends) {
  let lb = b.lb, keys = [...backends.keys()], defaultKey = manifest.routing?.default ?? keys[0], service = /* @__PURE__ */ __name((key) => b.link("backendService", b.services.get(key) ?? names.backendService(lb, key)), "service"), dependsOn = /* @__PURE__ */ new Set(), use = /* @__PURE__ */ __name((key) => {
    let a = backends.get(key);
    return a && dependsOn.add(a), service(key);
  }, "use"), body = { name: b.names.urlMap, description: describe(lb, manifest.metadata.description), defaultService: use(defaultKey) }, hostRules = hostEntries(manifest.routing);
  if (hostRules.length > 0) {
    let used = new Set(hostRules.flatMap((h) => h.pathMatcher ? [h.pathMatcher] : [])), matchers = hostRules.map((h) => ({ hosts: h.hosts, name: h.pathMatcher ?? matcherName(h.hosts.map((x) => x.toLowerCase()).sort(), used), rule: h }));
    body.hostRules = matchers.map((m) => ({ hosts: m.hosts.map((x) => x.toLowerCase()), pathMatcher: m.name }));
    let distinct = [...new Map(matchers.map((m) => [m.name, m])).values()];
    body.pathMatchers = distinct.map((m) => ({
      name: m.name,
      defaultService: use(m.rule.backend),
      ...m.rule.paths.length > 0 ? { pathRules: m.rule.paths.map((p) => ({ paths: p.paths, service: use(p.backend) })) } : {}
    }));
  }
  let tests = (manifest.tests ?? []).flatMap((t) => {
    let parsed = parseRequestUrl(t.url);
    return !parsed.ok || !backends.has(t.backend) ? [] : [{ host: parsed.request.host, path: parsed.request.path + parsed.request.query, service: use(t.backend) }];
  });
  return tests.length > 0 && (body.tests = tests), b.add({ kind: "urlMap", name: b.names.urlMap, body, source: manifest.routing ? ["routing"] : ["backends"], dependsOn: [...dependsOn] });
}
__name(compileUrlMap, "compileUrlMap");
function compileAddress(b, spec, ipv6, source) {
  let ipVersion = ipv6 ? "IPV6" : "IPV4";
  if (spec.reserve) {
    let address = b.add({
      kind: "globalAddress",
      name: spec.reserve,
      body: { name: spec.reserve, description: describe(b.lb, `Frontend ${ipVersion} address`), ipVersion, addressType: "EXTERNAL", networkTier: "PREMIUM", labels: b.labels },
      source: [...source, "reserve"]
    });
    return { ipAddress: b.link("globalAddress", spec.reserve), dependsOn: [address], references: [] };
  }
  return spec.existing ? { ipAddress: b.link("globalAddress", spec.existing), dependsOn: [], references: [{ kind: "globalAddress", name: spec.existing, source: [...source, "existing"] }] } : spec.ip ? { ipAddress: spec.ip, dependsOn: [], references: [] } : { ipVersion, dependsOn: [], references: [] };
}
__name(compileAddress, "compileAddress");
function normalizeDomains(domains) {
  return [...new Set(domains.map((d) => d.toLowerCase().replace(/\.$/, "")))].sort();
}
__name(normalizeDomains, "normalizeDomains");
function compileCertificate(b, spec, i, inputs) {
  let source = ["frontend", "https", "certificates", i];
  if (spec.existing)
    return { link: b.link("sslCertificate", spec.existing), reference: { kind: "sslCertificate", name: spec.existing, source: [...source, "existing"] } };
  let prefix = spec.namePrefix ?? names.defaultCertificatePrefix(b.lb);
  if (spec.managed) {
    let domains = normalizeDomains(spec.managed), { name: name2, pinned: pinned2 } = b.immutableName("sslCertificate", GLOBAL, spec.name, names.certificate(prefix, contentHash({ managed: domains }))), address2 = b.add({
      kind: "sslCertificate",
      name: name2,
      body: { name: name2, description: describe(b.lb, `Google-managed certificate for ${domains.join(", ")}`), type: "MANAGED", managed: { domains } },
      source,
      pinned: pinned2
    });
    return { link: b.link("sslCertificate", name2), dependsOn: address2 };
  }
  let self = spec.selfManaged, pem = (inputs.files.get(self.certificate) ?? `unread:${self.certificate}`).replace(/\r\n/g, `
`).trim() + `
`, { name, pinned } = b.immutableName("sslCertificate", GLOBAL, spec.name, names.certificate(prefix, contentHash({ certificate: pem }))), ref = secretKey(self.privateKey), key = inputs.secrets.get(ref), address = b.add({
    kind: "sslCertificate",
    name,
    body: { name, description: describe(b.lb, "Self-managed certificate"), type: "SELF_MANAGED", certificate: pem, ...key !== void 0 ? { privateKey: key } : {} },
    source,
    pinned,
    secrets: [{ field: ["privateKey"], ref, sha256: key === void 0 ? void 0 : sha256Hex(key) }]
  });
  return { link: b.link("sslCertificate", name), dependsOn: address };
}
__name(compileCertificate, "compileCertificate");
function compileFrontend(b, manifest, urlMap, inputs) {
  let lb = b.lb, fe = manifest.frontend, https = fe.https, serveHttp = fe.http ?? !https, redirect = https?.redirectHttp === !0, addresses = [{ spec: fe.address, ipv6: !1, source: ["frontend", "address"] }];
  fe.ipv6 && addresses.push({ spec: fe.ipv6, ipv6: !0, source: ["frontend", "ipv6"] });
  let uses = addresses.map((a) => ({ ...a, use: compileAddress(b, a.spec, a.ipv6, a.source) })), rule = /* @__PURE__ */ __name((protocol, proxy, proxyLink, a) => {
    let name = b.names.forwardingRule(protocol, a.ipv6), port = protocol === "http" ? "80-80" : "443-443";
    b.add({
      kind: "globalForwardingRule",
      name,
      body: {
        name,
        description: describe(lb, `${protocol.toUpperCase()} frontend${a.ipv6 ? " (IPv6)" : ""}`),
        ...a.use.ipAddress ? { IPAddress: a.use.ipAddress } : { ipVersion: a.use.ipVersion },
        IPProtocol: "TCP",
        portRange: port,
        target: proxyLink,
        loadBalancingScheme: "EXTERNAL",
        networkTier: "PREMIUM",
        labels: b.labels
      },
      source: a.source,
      dependsOn: [proxy, ...a.use.dependsOn],
      references: a.use.references
    });
  }, "rule");
  if (serveHttp || redirect) {
    let mapAddress = urlMap, mapName = b.names.urlMap;
    redirect && (mapName = b.names.redirectUrlMap, mapAddress = b.add({
      kind: "urlMap",
      name: mapName,
      body: {
        name: mapName,
        description: describe(lb, "Redirects HTTP to HTTPS"),
        defaultUrlRedirect: { httpsRedirect: !0, redirectResponseCode: "MOVED_PERMANENTLY_DEFAULT", stripQuery: !1 }
      },
      source: ["frontend", "https", "redirectHttp"]
    }));
    let proxyName = b.names.httpProxy, proxy = b.add({
      kind: "targetHttpProxy",
      name: proxyName,
      body: { name: proxyName, description: describe(lb, redirect ? "HTTP to HTTPS redirect" : "HTTP frontend"), urlMap: b.link("urlMap", mapName) },
      source: redirect ? ["frontend", "https", "redirectHttp"] : ["frontend"],
      dependsOn: [mapAddress]
    });
    for (let a of uses) rule("http", proxy, b.link("targetHttpProxy", proxyName), a);
  }
  if (https) {
    let certs = https.certificates.map((c, i) => compileCertificate(b, c, i, inputs)), proxyName = b.names.httpsProxy, references = certs.flatMap((c) => c.reference ? [c.reference] : []);
    https.sslPolicy && references.push({ kind: "sslPolicy", name: https.sslPolicy, source: ["frontend", "https", "sslPolicy"] });
    let proxy = b.add({
      kind: "targetHttpsProxy",
      name: proxyName,
      body: {
        name: proxyName,
        description: describe(lb, "HTTPS frontend"),
        urlMap: b.link("urlMap", b.names.urlMap),
        sslCertificates: certs.map((c) => c.link),
        quicOverride: https.quicOverride ?? "NONE",
        ...https.sslPolicy ? { sslPolicy: `${COMPUTE_BASE}projects/${b.project}/global/sslPolicies/${https.sslPolicy}` } : {}
      },
      source: ["frontend", "https"],
      dependsOn: [urlMap, ...certs.flatMap((c) => c.dependsOn ? [c.dependsOn] : [])],
      references
    });
    for (let a of uses) rule("https", proxy, b.link("targetHttpsProxy", proxyName), a);
  }
}
__name(compileFrontend, "compileFrontend");

// src/manifest/files.ts
var import_node_fs = require("node:fs"), import_node_path = require("node:path");
var MANIFEST_MAX_BYTES = 1024 * 1024, PEM_MAX_BYTES = 64 * 1024;
function workspaceDir(env = process.env) {
  return (0, import_node_path.resolve)(env.GITHUB_WORKSPACE || process.cwd());
}
__name(workspaceDir, "workspaceDir");
function namedFileRoots(manifestDir, env = process.env) {
  return [(0, import_node_path.resolve)(manifestDir), workspaceDir(env)];
}
__name(namedFileRoots, "namedFileRoots");
function isInside(real, root) {
  let rel = (0, import_node_path.relative)(root, real);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path.sep}`) && !(0, import_node_path.isAbsolute)(rel);
}
__name(isInside, "isInside");
var NO_FILE = "no such file";
function errnoReason(e) {
  let code = e.code;
  return code === "ENOENT" ? NO_FILE : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ELOOP" ? "too many symbolic links" : code === "EISDIR" || code === "ENXIO" || code === "ENOTDIR" ? "not a regular file" : code ?? "cannot be read";
}
__name(errnoReason, "errnoReason");
function size(bytes) {
  return bytes % 1024 === 0 && bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
__name(size, "size");
function tooLarge(maxBytes, found) {
  return `too large (${found === void 0 ? "more than" : `${found.toLocaleString("en-US")} bytes; at most`} ${size(maxBytes)})`;
}
__name(tooLarge, "tooLarge");
function resolveWithin(path, roots, where) {
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(path);
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
  return roots.flatMap((r) => {
    try {
      return [(0, import_node_fs.realpathSync)(r)];
    } catch {
      return [];
    }
  }).some((r) => isInside(real, r)) ? { ok: !0, real } : { ok: !1, reason: `it resolves outside ${where}` };
}
__name(resolveWithin, "resolveWithin");
function readRegularFile(path, maxBytes) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
  try {
    let st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) return { ok: !1, reason: "not a regular file" };
    if (st.size > maxBytes) return { ok: !1, reason: tooLarge(maxBytes, st.size) };
    let chunks = [], total = 0;
    for (; ; ) {
      let chunk = Buffer.alloc(Math.min(65536, maxBytes + 1 - total)), n = (0, import_node_fs.readSync)(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      if (chunks.push(chunk.subarray(0, n)), total += n, total > maxBytes) return { ok: !1, reason: tooLarge(maxBytes) };
    }
    return { ok: !0, text: Buffer.concat(chunks).toString("utf8") };
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
__name(readRegularFile, "readRegularFile");
function checkRegularFile(path, maxBytes) {
  try {
    let st = (0, import_node_fs.statSync)(path);
    return st.isFile() ? st.size > maxBytes ? { ok: !1, reason: tooLarge(maxBytes, st.size) } : ((0, import_node_fs.accessSync)(path, import_node_fs.constants.R_OK), { ok: !0 }) : { ok: !1, reason: "not a regular file" };
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
}
__name(checkRegularFile, "checkRegularFile");
var NAMED_WHERE = "the manifest's folder and the workspace";
function readNamedFile(dir, path, roots, maxBytes) {
  let where = resolveWithin((0, import_node_path.resolve)(dir, path), roots, NAMED_WHERE);
  return where.ok ? readRegularFile(where.real, maxBytes) : where;
}
__name(readNamedFile, "readNamedFile");
function checkNamedFile(dir, path, roots, maxBytes) {
  let where = resolveWithin((0, import_node_path.resolve)(dir, path), roots, NAMED_WHERE);
  return where.ok ? checkRegularFile(where.real, maxBytes) : where;
}
__name(checkNamedFile, "checkNamedFile");
function holdsPrivateKey(text) {
  return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text);
}
__name(holdsPrivateKey, "holdsPrivateKey");

// src/manifest/language.ts
var NAME_PATTERN = "^[a-z]([-a-z0-9]*[a-z0-9])?$", PLATFORMS = ["cloudRun", "cloudFunctions", "appEngine", "apiGateway"];

// src/util/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function didYouMean(word, candidates) {
  let best, bestDistance = 1 / 0, lower = word.toLowerCase();
  for (let c of candidates) {
    let d = c.toLowerCase() === lower ? 0 : (0, import_fastest_levenshtein.distance)(lower, c.toLowerCase());
    d < bestDistance && (best = c, bestDistance = d);
  }
  let limit = Math.max(2, Math.floor(word.length / 3));
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}
__name(didYouMean, "didYouMean");
function hint(word, candidates) {
  let s = didYouMean(word, candidates);
  return s ? ` (did you mean "${s}"?)` : "";
}
__name(hint, "hint");

// src/manifest/tls.ts
var BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g, DAY = 24 * 3600 * 1e3;
function parseChain(file, pem) {
  let blocks = pem.match(BLOCK) ?? [], out = [];
  for (let [i, block] of blocks.entries())
    try {
      out.push(new (nodeCrypto()).X509Certificate(block));
    } catch {
      return { severity: "error", message: `"${file}": certificate ${i + 1} of ${blocks.length} is not a valid PEM certificate (its base64 does not decode to an X.509 certificate)` };
    }
  return out;
}
__name(parseChain, "parseChain");
function validityFindings(file, leaf, now) {
  let notAfter = Date.parse(leaf.validTo), notBefore = Date.parse(leaf.validFrom), day = /* @__PURE__ */ __name((t) => new Date(t).toISOString().slice(0, 10), "day");
  if (notAfter < now.getTime()) return [{ severity: "warning", message: `"${file}" expired on ${day(notAfter)}; browsers will refuse it` }];
  if (notBefore > now.getTime()) return [{ severity: "warning", message: `"${file}" is not valid before ${day(notBefore)}` }];
  let left = Math.floor((notAfter - now.getTime()) / DAY);
  return left < 30 ? [{ severity: "warning", message: `"${file}" expires in ${left} day${left === 1 ? "" : "s"} (${day(notAfter)}); renew it` }] : [];
}
__name(validityFindings, "validityFindings");

// src/routing/manifest.ts
function manifestUrlMap(m) {
  let keys = Object.keys(m.backends), hosts = hostEntries(m.routing);
  return {
    defaultService: m.routing?.default ?? keys[0] ?? "",
    hostRules: hosts.map((h, i) => ({ hosts: h.hosts.map((x) => x.toLowerCase()), pathMatcher: `m${i}` })),
    pathMatchers: hosts.map((h, i) => ({ name: `m${i}`, defaultService: h.backend, pathRules: h.paths.map((p) => ({ paths: p.paths, service: p.backend })) }))
  };
}
__name(manifestUrlMap, "manifestUrlMap");
function describeManifestRoute(match, m) {
  if (!match.hostRule) return "routing.default (no host rule matched)";
  let entry = hostEntries(m?.routing)[match.hostRule.index], host = entry ? formatPath(entry.source) : `routing.hosts[${match.hostRule.index}]`;
  return match.pathRule ? `${host}.paths[${match.pathRule.index}] (host "${match.hostRule.pattern}", path "${match.pathRule.path}")` : `${entry?.source.length === 1 ? "routing.default" : `${host}.backend`} (host "${match.hostRule.pattern}", no path rule matched)`;
}
__name(describeManifestRoute, "describeManifestRoute");

// src/routing/match.ts
var asArray = /* @__PURE__ */ __name((x) => Array.isArray(x) ? x : [], "asArray"), asBody = /* @__PURE__ */ __name((x) => x && typeof x == "object" && !Array.isArray(x) ? x : void 0, "asBody"), strings = /* @__PURE__ */ __name((x) => asArray(x).filter((s) => typeof s == "string"), "strings"), REDIRECT_STATUS = { MOVED_PERMANENTLY_DEFAULT: 301, FOUND: 302, SEE_OTHER: 303, TEMPORARY_REDIRECT: 307, PERMANENT_REDIRECT: 308 };
function matchUrlMap(map, req) {
  let hostRule = matchHost(asArray(map.hostRules), req);
  if (!hostRule) return { decidedBy: "urlMapDefault", outcome: action(map, "default", req) };
  let matcher = asArray(map.pathMatchers).find((pm) => pm.name === hostRule.pathMatcher);
  if (!matcher) return { hostRule, pathMatcher: hostRule.pathMatcher, decidedBy: "pathMatcherDefault", outcome: { type: "unsupported", reason: `the URL map has no path matcher "${hostRule.pathMatcher}"` } };
  let base = { hostRule, pathMatcher: hostRule.pathMatcher };
  if (asArray(matcher.routeRules).length > 0)
    return { ...base, decidedBy: "pathMatcherDefault", outcome: { type: "unsupported", reason: `path matcher "${hostRule.pathMatcher}" uses route rules (advanced routing), which lb-plan does not evaluate` } };
  let rules = asArray(matcher.pathRules), pathRule = matchPath(rules, req.path);
  if (!pathRule) return { ...base, decidedBy: "pathMatcherDefault", outcome: action(matcher, "default", req) };
  let matched = pathRule.how === "exact" ? req.path : pathRule.path.slice(0, -1);
  return { ...base, pathRule, decidedBy: "pathRule", outcome: action(rules[pathRule.index], "rule", req, matched) };
}
__name(matchUrlMap, "matchUrlMap");
function matchHost(hostRules, req) {
  let best;
  return hostRules.forEach((rule, index) => {
    let hosts = strings(rule.hosts);
    for (let raw of hosts) {
      let pattern = raw.toLowerCase(), candidate = /:\d+$/.test(pattern) ? req.host : req.hostname, how, rank = -1;
      if (pattern === "*")
        how = "any", rank = 0;
      else if (pattern.startsWith("*")) {
        let suffix = pattern.slice(1);
        candidate.endsWith(suffix) && /^[a-z0-9.-]*$/.test(candidate.slice(0, candidate.length - suffix.length)) && (how = "wildcard", rank = 1 + suffix.length);
      } else pattern === candidate && (how = "exact", rank = Number.MAX_SAFE_INTEGER);
      how && (!best || rank > best.rank) && (best = { rank, match: { index, hosts, pattern: raw, how, pathMatcher: String(rule.pathMatcher ?? "") } });
    }
  }), best?.match;
}
__name(matchHost, "matchHost");
function matchPath(pathRules, path) {
  let best;
  return pathRules.forEach((rule, index) => {
    let paths = strings(rule.paths);
    for (let p of paths) {
      let prefix = p.endsWith("/*") ? p.slice(0, -1) : void 0, how = prefix === void 0 ? p === path ? "exact" : void 0 : path.startsWith(prefix) ? "prefix" : void 0;
      if (!how) continue;
      let length = how === "exact" ? p.length + 0.5 : prefix.length;
      (!best || length > best.length) && (best = { length, match: { index, paths, path: p, how } });
    }
  }), best?.match;
}
__name(matchPath, "matchPath");
function action(holder, level, req, matched) {
  let service = level === "default" ? holder.defaultService : holder.service, redirect = asBody(level === "default" ? holder.defaultUrlRedirect : holder.urlRedirect), routeAction = asBody(level === "default" ? holder.defaultRouteAction : holder.routeAction);
  if (typeof service == "string" && service !== "") return { type: "service", service };
  if (redirect) return redirectOutcome(redirect, req, matched);
  let weighted = asArray(routeAction?.weightedBackendServices);
  return weighted.length > 0 ? { type: "unsupported", reason: `traffic is split by weight between ${weighted.map((w) => String(w.backendService)).join(", ")} (weighted backend services; not evaluated)` } : { type: "unsupported", reason: "nothing serves this request: no service or redirect is set" };
}
__name(action, "action");
function redirectOutcome(r, req, matched) {
  let scheme = r.httpsRedirect === !0 ? "https" : req.scheme, host = typeof r.hostRedirect == "string" && r.hostRedirect ? r.hostRedirect : req.host, path = req.path;
  typeof r.pathRedirect == "string" && r.pathRedirect ? path = r.pathRedirect : typeof r.prefixRedirect == "string" && r.prefixRedirect && matched !== void 0 && (path = r.prefixRedirect + req.path.slice(matched.length));
  let code = typeof r.redirectResponseCode == "string" ? r.redirectResponseCode : "MOVED_PERMANENTLY_DEFAULT";
  return { type: "redirect", location: `${scheme}://${host}${path}${r.stripQuery === !0 ? "" : req.query}`, status: REDIRECT_STATUS[code] ?? 301, code };
}
__name(redirectOutcome, "redirectOutcome");

// src/manifest/rules.ts
var LB_PLAN_LABELS = [...Object.values(OWNER_LABELS), HANDOVER_LABEL, RECORD_LABEL], MAX_USER_LABELS = 64 - LB_PLAN_LABELS.length, NAME = new RegExp(NAME_PATTERN), MASK_PLACEHOLDERS = {
  cloudRun: { allowed: ["service", "tag"], required: ["service"] },
  cloudFunctions: { allowed: ["function"], required: ["function"] },
  appEngine: { allowed: ["service", "version"], required: [] },
  apiGateway: { allowed: ["gateway"], required: ["gateway"] }
}, PLATFORM_TARGET = { cloudRun: "service", cloudFunctions: "function", appEngine: "service", apiGateway: "gateway" };
function checkRules(m, ctx) {
  let out = [];
  if (ctx.sound(["metadata"]) && checkMetadata(m, out), checkDescriptions(m, ctx, out), m.frontend && typeof m.frontend == "object" && checkFrontend(m, ctx, out), m.backends && typeof m.backends == "object" && !Array.isArray(m.backends)) {
    for (let [key, backend] of Object.entries(m.backends))
      NAME.test(key) || out.push({ path: ["backends", key], atKey: !0, message: `backend key "${key}" becomes part of resource names, so it must be lowercase letters, digits and dashes, starting with a letter and not ending with a dash` }), ctx.sound(["backends", key]) && checkBackend(key, backend, ctx, out);
    checkAppEngineRegions(m, ctx, out), checkPolicyNames(m, ctx, out);
  }
  return ctx.sound(["routing"]) && m.backends && typeof m.backends == "object" && !Array.isArray(m.backends) && (checkRouting(m, ctx, out), Array.isArray(m.tests) && (m.routing || Object.keys(m.backends).length === 1) && checkTests(m, ctx, out)), out;
}
__name(checkRules, "checkRules");
function checkMetadata(m, out) {
  let count = Object.keys(m.metadata.labels ?? {}).length;
  count > MAX_USER_LABELS && out.push({ path: ["metadata", "labels"], atKey: !0, message: `${count} labels: GCP allows 64 on a resource, and lb-plan adds up to ${LB_PLAN_LABELS.length} of its own (ownership, hand-over, applied record), so at most ${MAX_USER_LABELS}` });
  for (let [k, v] of Object.entries(m.metadata.labels ?? {})) {
    let path = ["metadata", "labels", k];
    LB_PLAN_LABELS.includes(k) ? out.push({ path, atKey: !0, message: `label "${k}" is lb-plan's own ${k === RECORD_LABEL ? "applied-record" : "ownership"} label and cannot be set` }) : /^[a-z][a-z0-9_-]{0,62}$/.test(k) || out.push({ path, atKey: !0, message: `label key "${k}" must start with a lowercase letter and have at most 63 lowercase letters, digits, "_" or "-"` }), /^[a-z0-9_-]{0,63}$/.test(v) || out.push({ path, message: `label value "${v}" may have at most 63 lowercase letters, digits, "_" or "-"` });
  }
}
__name(checkMetadata, "checkMetadata");
var MAX_DESCRIPTION = 2048;
function checkDescriptions(m, ctx, out) {
  let lb = typeof m.metadata?.name == "string" ? m.metadata.name : "", room = MAX_DESCRIPTION - ` [managed by lb-plan: ${lb}]`.length, texts = [[["metadata", "description"], m.metadata?.description]];
  if (m.backends && typeof m.backends == "object" && !Array.isArray(m.backends)) for (let [k, b] of Object.entries(m.backends)) texts.push([["backends", k, "description"], b?.description]);
  for (let [path, text] of texts)
    typeof text == "string" && (/\[managed by lb-plan:|\[lb-plan applied /.test(text) ? out.push({ path, message: 'holds text lb-plan writes itself ("[managed by lb-plan: \u2026]", "[lb-plan applied \u2026]"): remove it' }) : text.length > room && ctx.sound(path) && out.push({ path, message: `is ${text.length} characters long: GCP keeps 2,048, and lb-plan appends its ownership marker, so at most ${room} here` }));
}
__name(checkDescriptions, "checkDescriptions");
function checkFrontend(m, ctx, out) {
  let fe = m.frontend;
  if (!ctx.sound(["frontend", "address"]) || !ctx.sound(["frontend", "ipv6"]) || !fe.address) return;
  let https = fe.https && typeof fe.https == "object" ? fe.https : void 0, serveHttp = fe.http ?? !https;
  !serveHttp && !https && out.push({ path: ["frontend", "http"], message: "the frontend serves nothing: set http: true or add https" }), fe.http === !0 && https?.redirectHttp && out.push({ path: ["frontend", "https", "redirectHttp"], message: "port 80 either serves HTTP (frontend.http) or redirects it to HTTPS (redirectHttp), not both" }), https?.redirectHttp && fe.address.ephemeral && out.push({ path: ["frontend", "https", "redirectHttp"], message: "the HTTP-to-HTTPS redirect needs a reserved address (reserve, existing or ip), so that both forwarding rules share one IP" }), serveHttp && https && fe.address.ephemeral && out.push({ path: ["frontend", "address", "ephemeral"], message: "HTTP and HTTPS on an ephemeral address would get two different IPs: reserve an address" });
  let checkIp = /* @__PURE__ */ __name((path, ip, v6) => {
    ip !== void 0 && (v6 ? !nodeNet().isIPv6(ip) : !nodeNet().isIPv4(ip)) && out.push({ path, message: `"${ip}" is not an ${v6 ? "IPv6" : "IPv4"} address` });
  }, "checkIp");
  if (checkIp(["frontend", "address", "ip"], fe.address.ip, !1), checkIp(["frontend", "ipv6", "ip"], fe.ipv6?.ip, !0), fe.ipv6?.reserve && fe.ipv6.reserve === fe.address.reserve && out.push({ path: ["frontend", "ipv6", "reserve"], message: `"${fe.ipv6.reserve}" is already the IPv4 address: each address needs its own name` }), !https || !Array.isArray(https.certificates)) return;
  let seenDomainSets = /* @__PURE__ */ new Map(), seenExisting = /* @__PURE__ */ new Map();
  https.certificates.forEach((c, i) => {
    let base = ["frontend", "https", "certificates", i];
    if (ctx.sound(base)) {
      for (let k of ["name", "namePrefix"])
        c[k] && c.existing && out.push({ path: [...base, k], atKey: !0, message: `"${k}" names certificates lb-plan creates; an existing certificate keeps its own name` });
      if (c.existing) {
        let j = seenExisting.get(c.existing);
        j !== void 0 && out.push({ path: [...base, "existing"], message: `certificate "${c.existing}" is already listed as certificates[${j}]` }), seenExisting.set(c.existing, i);
      }
      if (c.managed) {
        let seen = /* @__PURE__ */ new Set();
        c.managed.forEach((d, k) => {
          let path = [...base, "managed", k], domain = d.toLowerCase().replace(/\.$/, "");
          domain.includes("*") ? out.push({ path, message: `"${d}": Google-managed certificates of the classic load balancer do not accept wildcard domains (use Certificate Manager, or list each name)` }) : isDomain(domain) || out.push({ path, message: `"${d}" is not a valid domain name` }), seen.has(domain) && out.push({ path, message: `"${d}" is listed twice in this certificate` }), seen.add(domain);
        });
        let key = [...seen].sort().join(","), j = seenDomainSets.get(key);
        j !== void 0 && out.push({ path: [...base, "managed"], message: `certificates[${j}] already covers exactly these domains` }), seenDomainSets.set(key, i);
      }
      if (c.selfManaged) {
        let certPath = c.selfManaged.certificate, text = ctx.files.get(certPath);
        if (text == null) out.push({ path: [...base, "selfManaged", "certificate"], message: `cannot read certificate file "${certPath}"` });
        else if (!/-----BEGIN CERTIFICATE-----/.test(text)) out.push({ path: [...base, "selfManaged", "certificate"], message: `"${certPath}" is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line)` });
        else if ((text.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length > 5) out.push({ path: [...base, "selfManaged", "certificate"], message: `"${certPath}" holds more than 5 certificates; GCP accepts chains of at most 5` });
        else {
          let chain = parseChain(certPath, text);
          if (Array.isArray(chain)) for (let f of validityFindings(certPath, chain[0], ctx.now ?? /* @__PURE__ */ new Date())) out.push({ path: [...base, "selfManaged", "certificate"], ...f });
          else out.push({ path: [...base, "selfManaged", "certificate"], ...chain });
        }
        checkSecretFile(c.selfManaged.privateKey, [...base, "selfManaged", "privateKey"], ctx, out);
      }
    }
  });
}
__name(checkFrontend, "checkFrontend");
function checkSecretFile(ref, path, ctx, out) {
  ref.file !== void 0 && ctx.files.get(ref.file) == null && out.push({ path: [...path, "file"], message: `cannot read secret file "${ref.file}"` });
}
__name(checkSecretFile, "checkSecretFile");
function isDomain(d) {
  return d.length <= 253 && d.includes(".") && d.split(".").every((l) => /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(l));
}
__name(isDomain, "isDomain");
function checkBackend(key, be, ctx, out) {
  let base = ["backends", key], regions = /* @__PURE__ */ new Map(), platforms = be.serverless.map((n) => PLATFORMS.find((p) => n[p] !== void 0));
  if (be.serverless.forEach((neg, i) => {
    let path = [...base, "serverless", i], j = regions.get(neg.region);
    j !== void 0 && out.push({ path: [...path, "region"], message: `backend "${key}" already has a serverless NEG in ${neg.region} (serverless[${j}]): a backend service can have only one serverless NEG per region` }), regions.set(neg.region, i), i > 0 && platforms[i] !== platforms[0] && out.push({ path: [...path, platforms[i]], atKey: !0, message: `all serverless NEGs of a backend service must use the same platform: serverless[0] is ${platforms[0]}, this one is ${platforms[i]}` }), checkTarget(neg, platforms[i], path, out);
  }), platforms[0] === "appEngine" && be.serverless.length > 1 && out.push({ path: [...base, "serverless", 1], message: "App Engine runs in one region per project, so an App Engine backend takes one serverless NEG (multi-region load balancing is not supported with App Engine)" }), be.cdn !== void 0 && be.cdn !== !1 && be.iap && out.push({ path: [...base, "iap"], atKey: !0, message: "IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them" }), typeof be.cdn == "object" && be.cdn.cacheMode === "USE_ORIGIN_HEADERS")
    for (let ttl of ["defaultTtl", "maxTtl", "clientTtl"])
      be.cdn[ttl] !== void 0 && out.push({ path: [...base, "cdn", ttl], atKey: !0, message: `${ttl} cannot be set with cacheMode USE_ORIGIN_HEADERS (the origin's Cache-Control headers decide); GCP refuses it: remove ${ttl}, or use CACHE_ALL_STATIC or FORCE_CACHE_ALL` });
  typeof be.cdn == "object" && be.cdn.cacheMode === "FORCE_CACHE_ALL" && be.cdn.maxTtl !== void 0 && out.push({ path: [...base, "cdn", "maxTtl"], atKey: !0, message: "maxTtl cannot be set with cacheMode FORCE_CACHE_ALL (defaultTtl sets the TTL of every response); GCP refuses it: remove maxTtl" }), be.iap && checkSecretFile(be.iap.oauth2ClientSecret, [...base, "iap", "oauth2ClientSecret"], ctx, out);
}
__name(checkBackend, "checkBackend");
function checkTarget(neg, platform, path, out) {
  let spec = neg[platform], target = PLATFORM_TARGET[platform], p = [...path, platform], mask = spec.urlMask;
  if (mask !== void 0) {
    let others = Object.keys(spec).filter((k) => k !== "urlMask");
    others.length > 0 && out.push({ path: [...p, others[0]], atKey: !0, message: `a NEG points either at one ${target} or at a URL mask: remove "${others[0]}" or "urlMask"` }), checkMask(mask, platform, [...p, "urlMask"], out);
    return;
  }
  platform !== "appEngine" && (spec[target] === void 0 && out.push({ path: p, message: `needs "${target}" or "urlMask"` }), platform === "cloudRun" && spec.tag !== void 0 && spec.service === void 0 && out.push({ path: [...p, "tag"], atKey: !0, message: "a tag needs a service" }));
}
__name(checkTarget, "checkTarget");
function checkMask(mask, platform, path, out) {
  let rules = MASK_PLACEHOLDERS[platform];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(mask)) {
    out.push({ path, message: `URL mask "${mask}" must not include the scheme: remove "${mask.split("//")[0]}//"` });
    return;
  }
  /\s/.test(mask) && out.push({ path, message: `URL mask "${mask}" must not contain spaces` });
  let found = [...mask.matchAll(/<([^<>]*)>/g)].map((x) => x[1]);
  /[<>]/.test(mask.replace(/<[^<>]*>/g, "")) && out.push({ path, message: `URL mask "${mask}" has an unbalanced "<" or ">"` });
  let allowed = rules.allowed.map((a) => `<${a}>`).join(", ");
  for (let f of found)
    rules.allowed.includes(f) || out.push({ path, message: `URL mask placeholder <${f}> is not valid for ${platform}: use ${allowed}${hint(f, rules.allowed)}` });
  let counts = /* @__PURE__ */ new Map();
  for (let f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (let [f, n] of counts) n > 1 && out.push({ path, message: `URL mask placeholder <${f}> appears ${n} times; it may appear once` });
  found.length === 0 && out.push({ path, message: `URL mask "${mask}" has no placeholder: use ${allowed}` });
  let invalid = found.some((f) => !rules.allowed.includes(f));
  for (let r of rules.required) found.length > 0 && !invalid && !found.includes(r) && out.push({ path, message: `a ${platform} URL mask needs the <${r}> placeholder` });
}
__name(checkMask, "checkMask");
function checkAppEngineRegions(m, ctx, out) {
  let first;
  for (let [key, be] of Object.entries(m.backends))
    ctx.sound(["backends", key]) && be.serverless.forEach((neg, i) => {
      neg.appEngine && (first ? neg.region !== first.region && out.push({ path: ["backends", key, "serverless", i, "region"], message: `App Engine runs in one region per project: backend "${first.key}" already uses ${first.region}` }) : first = { region: neg.region, key });
    });
}
__name(checkAppEngineRegions, "checkAppEngineRegions");
function checkPolicyNames(m, ctx, out) {
  let byName = /* @__PURE__ */ new Map();
  for (let [key, be] of Object.entries(m.backends)) {
    let rl = ctx.sound(["backends", key]) ? be.securityPolicy?.rateLimit : void 0;
    if (!rl?.name) continue;
    let other = byName.get(rl.name);
    if (other !== void 0) {
      let a = JSON.stringify({ ...m.backends[other].securityPolicy.rateLimit, name: void 0 }), b = JSON.stringify({ ...rl, name: void 0 });
      a !== b && out.push({ path: ["backends", key, "securityPolicy", "rateLimit", "name"], message: `security policy "${rl.name}" is already declared with other settings by backend "${other}"` });
    }
    byName.set(rl.name, key);
  }
}
__name(checkPolicyNames, "checkPolicyNames");
var HOST = /^(\*|\*[.-][a-z0-9.-]*[a-z0-9]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/;
function checkRouting(m, ctx, out) {
  let keys = Object.keys(m.backends), declared = new Set(keys), routed = /* @__PURE__ */ new Set(), unknownRefs = 0, ref = /* @__PURE__ */ __name((key, path) => {
    routed.add(key), !declared.has(key) && (unknownRefs++, out.push({ path, message: `backend "${key}" is not declared under backends${hint(key, keys)}` }));
  }, "ref");
  if (!m.routing) {
    keys.length > 1 && out.push({ path: ["backends"], atKey: !0, message: `with several backends, routing.default must say which one gets requests no rule matches (backends: ${keys.join(", ")})` });
    return;
  }
  ref(m.routing.default, ["routing", "default"]);
  let hostOwner = /* @__PURE__ */ new Map();
  if (m.routing.paths?.length) {
    let star = (m.routing.hosts ?? []).findIndex((h) => h.hosts.includes("*"));
    star >= 0 && out.push({ path: ["routing", "paths"], atKey: !0, message: `routing.paths are the path rules for every other host, and routing.hosts[${star}] already routes "*": move its paths here, or drop one of them` });
  }
  hostEntries(m.routing).forEach((h, i) => {
    let base = h.source;
    base.length > 1 && ref(h.backend, [...base, "backend"]), h.hosts.forEach((host, k) => {
      if (base.length === 1) return;
      let norm = host.toLowerCase();
      HOST.test(norm) || out.push({ path: [...base, "hosts", k], message: `"${host}" is not a valid host: a domain name, "*", or a leading wildcard followed by "." or "-" (as "*.example.com")` });
      let j = hostOwner.get(norm);
      j !== void 0 && out.push({ path: [...base, "hosts", k], message: `host "${host}" is already routed by routing.hosts[${j}]` }), hostOwner.set(norm, i);
    });
    let seen = /* @__PURE__ */ new Set();
    h.paths.forEach((p, k) => {
      ref(p.backend, [...base, "paths", k, "backend"]), p.paths.forEach((path, n) => {
        let at = [...base, "paths", k, "paths", n];
        /[?#]/.test(path) && out.push({ path: at, message: `path "${path}" must not contain "?" or "#"` });
        let star = path.indexOf("*");
        star >= 0 && (star !== path.length - 1 || path[star - 1] !== "/") && out.push({ path: at, message: `path "${path}": "*" is only allowed at the end, after a "/" (as "/api/*")` }), seen.has(path) && out.push({ path: at, message: `path "${path}" is listed twice for these hosts` }), seen.add(path);
      });
    });
  });
  let matchers = /* @__PURE__ */ new Map();
  hostEntries(m.routing).forEach((h, i) => {
    if (!h.pathMatcher) return;
    let rules = JSON.stringify([h.backend, h.paths]), first = matchers.get(h.pathMatcher);
    first && first.rules !== rules && out.push({ path: [...h.source, "pathMatcher"], message: `path matcher "${h.pathMatcher}" is already used by routing.hosts[${first.index}] with another backend or other paths: host rules sharing a path matcher share its rules` }), first || matchers.set(h.pathMatcher, { index: i, rules });
  }), checkExplicitNames(m, ctx, out);
  for (let k of unknownRefs > 0 ? [] : keys)
    routed.has(k) || out.push({ path: ["backends", k], atKey: !0, severity: "warning", message: `backend "${k}" is not used by routing: it will be created but receive no traffic` });
}
__name(checkRouting, "checkRouting");
function checkExplicitNames(m, ctx, out) {
  let seen = /* @__PURE__ */ new Map(), claim = /* @__PURE__ */ __name((address, path) => {
    let first = seen.get(address);
    first !== void 0 ? out.push({ path, message: `${address} is already named by ${first}: each resource needs its own name` }) : seen.set(address, formatPath(path));
  }, "claim");
  for (let [key, be] of Object.entries(m.backends))
    ctx.sound(["backends", key]) && (be.name && claim(`backendService/${be.name}`, ["backends", key, "name"]), be.serverless.forEach((n, i) => n.name && claim(`regionNetworkEndpointGroup/${n.region}/${n.name}`, ["backends", key, "serverless", i, "name"])));
  ctx.sound(["frontend", "https", "certificates"]) && (m.frontend.https?.certificates ?? []).forEach((c, i) => c.name && claim(`sslCertificate/${c.name}`, ["frontend", "https", "certificates", i, "name"]));
}
__name(checkExplicitNames, "checkExplicitNames");
function checkTests(m, ctx, out) {
  let keys = Object.keys(m.backends), map = manifestUrlMap(m);
  (m.tests ?? []).forEach((t, i) => {
    let at = ["tests", i];
    if (!ctx.sound(at)) return;
    let parsed = parseRequestUrl(t.url);
    if (!parsed.ok) {
      out.push({ path: [...at, "url"], message: parsed.reason });
      return;
    }
    if (!keys.includes(t.backend)) {
      out.push({ path: [...at, "backend"], message: `backend "${t.backend}" is not declared under backends${hint(t.backend, keys)}` });
      return;
    }
    let match = matchUrlMap(map, parsed.request), reached = match.outcome.type === "service" ? `backend "${match.outcome.service}"` : "no backend";
    (match.outcome.type !== "service" || match.outcome.service !== t.backend) && out.push({ path: [...at, "backend"], message: `test fails: ${t.url} reaches ${reached} through ${describeManifestRoute(match, m)}, not "${t.backend}"` });
  });
}
__name(checkTests, "checkTests");

// src/manifest/manifest-validator.js
function ucs2length(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}
__name(ucs2length, "ucs2length");
var validate = validate10;
var schema11 = { additionalProperties: !1, $id: "https://lb-plan.dev/schema/manifest.schema.json", title: "lb-plan load balancer manifest", type: "object", required: ["apiVersion", "kind", "metadata", "frontend", "backends"], properties: { apiVersion: { const: "lb-plan/v1", type: "string" }, kind: { const: "LoadBalancer", type: "string" }, metadata: { additionalProperties: !1, type: "object", required: ["name"], properties: { name: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Name of the load balancer: the URL map, and the prefix of every resource lb-plan creates.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, project: { pattern: "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$", description: "GCP project id. May be left out when the project is given where the manifest is used: --project on the command line, the project input of the Action (one manifest for several environments).", "x-message": "must be a GCP project id", type: "string" }, description: { maxLength: 1024, type: "string" }, labels: { description: "Labels for the resources that take them (addresses, forwarding rules, security policies).", type: "object", patternProperties: { "^(.*)$": { type: "string" } } }, names: { additionalProperties: !1, description: "Explicit resource names, for a load balancer built outside lb-plan (lb-plan import writes them). Unset names are derived from metadata.name.", type: "object", properties: { urlMap: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The URL map. Defaults to <lb>.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, redirectUrlMap: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The HTTP-to-HTTPS redirect URL map. Defaults to <lb>-redirect.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpProxy: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The target HTTP proxy. Defaults to <lb>-http-proxy.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpsProxy: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The target HTTPS proxy. Defaults to <lb>-https-proxy.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpForwardingRule: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The IPv4 HTTP forwarding rule. Defaults to <lb>-http.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpsForwardingRule: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The IPv4 HTTPS forwarding rule. Defaults to <lb>-https.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpForwardingRuleIpv6: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The IPv6 HTTP forwarding rule. Defaults to <lb>-http-ipv6.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, httpsForwardingRuleIpv6: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The IPv6 HTTPS forwarding rule. Defaults to <lb>-https-ipv6.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" } } }, adopt: { description: "Existing resources, by address, that lb-plan may take over (it then owns and manages them). Without this, a resource with a wanted name that lb-plan does not own is an error. NEGs and certificates cannot carry an ownership marker: this list is their ownership record, accepted only while nothing outside this load balancer uses them.", type: "array", items: { pattern: "^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$", "x-message": "must be a resource address such as backendService/my-lb-hello or regionNetworkEndpointGroup/us-central1/hello-neg", type: "string" } } } }, frontend: { additionalProperties: !1, type: "object", required: ["address"], properties: { address: { additionalProperties: !1, oneOf: [{ required: ["reserve"] }, { required: ["existing"] }, { required: ["ip"] }, { required: ["ephemeral"] }], description: "Where the frontend IP address comes from.", type: "object", properties: { reserve: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Reserve a new global static external address with this name (Premium tier); lb-plan owns it.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, existing: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Use an existing reserved global address by name; lb-plan never changes or deletes it.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, ip: { minLength: 1, description: "A literal IP address, such as a BYOIP address.", type: "string" }, ephemeral: { description: "Let GCP pick an ephemeral address (HTTP-only tests; the IP changes if the forwarding rule is recreated).", const: !0, type: "boolean" } } }, ipv6: { additionalProperties: !1, oneOf: [{ required: ["reserve"] }, { required: ["existing"] }, { required: ["ip"] }, { required: ["ephemeral"] }], description: "Where the frontend IP address comes from.", type: "object", properties: { reserve: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Reserve a new global static external address with this name (Premium tier); lb-plan owns it.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, existing: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Use an existing reserved global address by name; lb-plan never changes or deletes it.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, ip: { minLength: 1, description: "A literal IP address, such as a BYOIP address.", type: "string" }, ephemeral: { description: "Let GCP pick an ephemeral address (HTTP-only tests; the IP changes if the forwarding rule is recreated).", const: !0, type: "boolean" } } }, http: { description: "Serve HTTP on port 80. Defaults to true without https, false with it.", type: "boolean" }, https: { additionalProperties: !1, type: "object", required: ["certificates"], properties: { certificates: { minItems: 1, maxItems: 15, description: "The certificates of the target HTTPS proxy (1 to 15).", "x-message": "a target HTTPS proxy takes 1 to 15 SSL certificates", type: "array", items: { additionalProperties: !1, oneOf: [{ required: ["managed"] }, { required: ["selfManaged"] }, { required: ["existing"] }], type: "object", properties: { managed: { minItems: 1, maxItems: 100, description: "A Google-managed certificate for these domains.", "x-message": "a Google-managed certificate takes 1 to 100 domains", type: "array", items: { minLength: 1, description: "A domain name, without a wildcard.", type: "string" } }, selfManaged: { additionalProperties: !1, description: "A self-managed certificate: PEM chain from a file, private key from a file or an environment variable.", type: "object", required: ["certificate", "privateKey"], properties: { certificate: { minLength: 1, description: "Path of the PEM certificate chain, relative to the manifest.", type: "string" }, privateKey: { additionalProperties: !1, oneOf: [{ required: ["env"] }, { required: ["file"] }], description: "A secret, by reference only: never written in the manifest. Compared with GCP by hash, never printed.", type: "object", properties: { env: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Read the secret from this environment variable.", "x-message": "must be an environment variable name", type: "string" }, file: { minLength: 1, description: "Read the secret from this file (relative to the manifest).", type: "string" } } } } }, existing: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "An existing SSL certificate resource, by name; lb-plan never changes or deletes it.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, namePrefix: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Prefix of the certificate resource name (lb-plan appends a content hash). Defaults to <lb>-cert.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, name: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The full name of the certificate resource, for one lb-plan took over (lb-plan import). A certificate cannot change: a later change creates its successor under the generated name (namePrefix plus a content hash), without downtime.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" } } } }, redirectHttp: { description: "Also answer HTTP on port 80 with a redirect to HTTPS, on the same IP address.", type: "boolean" }, quicOverride: { type: "string", enum: ["NONE", "ENABLE", "DISABLE"], description: "QUIC negotiation: NONE lets Google decide." }, sslPolicy: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "An existing SSL policy, by name.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" } } } } }, backends: { minProperties: 1, description: "Backend services, by key.", type: "object", patternProperties: { "^(.*)$": { additionalProperties: !1, type: "object", required: ["serverless"], properties: { name: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The backend service resource name. Defaults to <lb>-<backend key>.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, description: { maxLength: 2048, type: "string" }, serverless: { minItems: 1, description: "Serverless NEGs: one per region, all on one platform.", type: "array", items: { additionalProperties: !1, oneOf: [{ required: ["cloudRun"] }, { required: ["cloudFunctions"] }, { required: ["appEngine"] }, { required: ["apiGateway"] }], type: "object", required: ["region"], properties: { name: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "The NEG resource name, for one lb-plan took over (lb-plan import). A NEG cannot change: a later change creates its successor under the generated name (<lb>-<backend>-<hash>), without downtime.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, region: { pattern: "^[a-z]+(-[a-z]+)+[0-9]+$", description: "Region of the serverless service and of its NEG.", "x-message": "must be a region such as us-central1", type: "string" }, cloudRun: { additionalProperties: !1, type: "object", properties: { service: { pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", description: "Cloud Run service name.", "x-message": "must be a Cloud Run service name (RFC 1035, 1-63 characters)", type: "string" }, tag: { pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", description: "Cloud Run tag (named revision).", "x-message": "must be a Cloud Run tag (RFC 1035, 1-63 characters)", type: "string" }, urlMask: { minLength: 1, description: "A URL mask: a template of your URL schema, with placeholders.", type: "string" } } }, cloudFunctions: { additionalProperties: !1, type: "object", properties: { function: { minLength: 1, maxLength: 63, description: "Cloud Functions function name (case-sensitive).", type: "string" }, urlMask: { minLength: 1, description: "A URL mask: a template of your URL schema, with placeholders.", type: "string" } } }, appEngine: { additionalProperties: !1, type: "object", properties: { service: { minLength: 1, maxLength: 63, description: "App Engine service (default service when omitted).", type: "string" }, version: { minLength: 1, maxLength: 100, description: "App Engine version.", type: "string" }, urlMask: { minLength: 1, description: "A URL mask: a template of your URL schema, with placeholders.", type: "string" } } }, apiGateway: { additionalProperties: !1, type: "object", properties: { gateway: { minLength: 1, maxLength: 63, description: "API Gateway gateway id (Compute beta API).", type: "string" }, urlMask: { minLength: 1, description: "A URL mask: a template of your URL schema, with placeholders.", type: "string" } } } } } }, cdn: { description: "Cloud CDN.", anyOf: [{ type: "boolean" }, { additionalProperties: !1, type: "object", properties: { cacheMode: { type: "string", enum: ["CACHE_ALL_STATIC", "USE_ORIGIN_HEADERS", "FORCE_CACHE_ALL"], description: "Cloud CDN cache mode (default CACHE_ALL_STATIC)." }, defaultTtl: { minimum: 0, maximum: 31536e3, description: "Seconds.", type: "integer" }, maxTtl: { minimum: 0, maximum: 31536e3, description: "Seconds.", type: "integer" }, clientTtl: { minimum: 0, maximum: 31536e3, description: "Seconds.", type: "integer" }, negativeCaching: { type: "boolean" }, serveWhileStale: { minimum: 0, maximum: 31536e3, description: "Seconds.", type: "integer" }, requestCoalescing: { type: "boolean" } } }] }, iap: { additionalProperties: !1, type: "object", required: ["oauth2ClientId", "oauth2ClientSecret"], properties: { oauth2ClientId: { minLength: 1, description: "OAuth 2.0 client id.", type: "string" }, oauth2ClientSecret: { additionalProperties: !1, oneOf: [{ required: ["env"] }, { required: ["file"] }], description: "A secret, by reference only: never written in the manifest. Compared with GCP by hash, never printed.", type: "object", properties: { env: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Read the secret from this environment variable.", "x-message": "must be an environment variable name", type: "string" }, file: { minLength: 1, description: "Read the secret from this file (relative to the manifest).", type: "string" } } } } }, securityPolicy: { additionalProperties: !1, oneOf: [{ required: ["existing"] }, { required: ["rateLimit"] }], description: "Cloud Armor: attach an existing policy, or let lb-plan own the default rate-limit policy.", type: "object", properties: { existing: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Attach an existing Cloud Armor security policy by name.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, rateLimit: { additionalProperties: !1, type: "object", properties: { name: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Name of the security policy. Defaults to <lb>-<backend>-armor.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, requestCount: { minimum: 1, maximum: 1e4, description: "Requests allowed per interval and key (default 500).", "x-message": "must be a whole number from 1 to 10,000", type: "integer" }, intervalSec: { type: "integer", enum: [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600], description: "Interval in seconds (default 60)." }, enforceOnKey: { type: "string", enum: ["ALL", "IP", "XFF_IP"], description: "How clients are told apart (default IP)." } } } } }, logging: { description: "Request logging: on with sample rate 1.0 by default, as the console does.", anyOf: [{ type: "boolean" }, { additionalProperties: !1, type: "object", required: ["sampleRate"], properties: { sampleRate: { minimum: 0, maximum: 1, description: "Fraction of requests logged, 0 to 1.", type: "number" } } }] } } } } }, routing: { additionalProperties: !1, type: "object", required: ["default"], properties: { default: { minLength: 1, description: "The key of a backend under `backends`.", type: "string" }, hosts: { type: "array", items: { additionalProperties: !1, type: "object", required: ["hosts", "backend"], properties: { hosts: { minItems: 1, description: "Host names; `*` alone or as a leading wildcard.", type: "array", items: { minLength: 1, type: "string" } }, pathMatcher: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$", minLength: 1, maxLength: 63, description: "Name of the URL map path matcher for these hosts (defaults to one made from the first host). Host rules that name the same path matcher share it, and must then agree on backend and paths.", "x-message": "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", type: "string" }, backend: { minLength: 1, description: "The key of a backend under `backends`.", type: "string" }, paths: { type: "array", items: { additionalProperties: !1, type: "object", required: ["paths", "backend"], properties: { paths: { minItems: 1, type: "array", items: { pattern: "^/", "x-message": "must start with /", type: "string" } }, backend: { minLength: 1, description: "The key of a backend under `backends`.", type: "string" } } } } } } }, paths: { description: "Path rules for every host no `hosts` entry names (the guide's most common routing): /api/* \u2192 api on any host. Requests matching none go to `default`.", type: "array", items: { additionalProperties: !1, type: "object", required: ["paths", "backend"], properties: { paths: { minItems: 1, type: "array", items: { pattern: "^/", "x-message": "must start with /", type: "string" } }, backend: { minLength: 1, description: "The key of a backend under `backends`.", type: "string" } } } } } }, tests: { maxItems: 100, description: "URL map tests: each URL and the backend it must reach.", "x-message": "a URL map takes at most 100 tests", type: "array", items: { additionalProperties: !1, description: "The URL must reach this backend. Checked by validate; compiled into the URL map, where GCP checks it on every update.", type: "object", required: ["url", "backend"], properties: { url: { pattern: "^https?://[^/?#\\s]+", description: "A request URL: https://HOST/PATH.", "x-message": "must be an http or https URL such as https://shop.example.com/api/x", type: "string" }, backend: { minLength: 1, description: "The key of a backend under `backends`.", type: "string" } } } } } }, func2 = ucs2length, pattern0 = new RegExp("^[a-z]([-a-z0-9]*[a-z0-9])?$", "u"), pattern1 = new RegExp("^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$", "u"), pattern2 = new RegExp("^(.*)$", "u"), pattern11 = new RegExp("^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$", "u"), pattern16 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u"), pattern24 = new RegExp("^[a-z]+(-[a-z]+)+[0-9]+$", "u"), pattern25 = new RegExp("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", "u"), pattern31 = new RegExp("^/", "u"), pattern33 = new RegExp("^https?://[^/?#\\s]+", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.metadata === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.frontend === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "frontend" }, message: "must have required property 'frontend'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.backends === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backends" }, message: "must have required property 'backends'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "frontend" || key0 === "backends" || key0 === "routing" || key0 === "tests")) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 != "string") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.apiVersion.type, parentSchema: schema11.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (data0 !== "lb-plan/v1") {
        let err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "lb-plan/v1" }, message: "must be equal to constant", schema: "lb-plan/v1", parentSchema: schema11.properties.apiVersion, data: data0 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 != "string") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.kind.type, parentSchema: schema11.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (data1 !== "LoadBalancer") {
        let err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "LoadBalancer" }, message: "must be equal to constant", schema: "LoadBalancer", parentSchema: schema11.properties.kind, data: data1 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          let err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data2 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "name" || key1 === "project" || key1 === "description" || key1 === "labels" || key1 === "names" || key1 === "adopt")) {
            let err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.metadata, data: data2 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 == "string") {
            if (func2(data3) > 63) {
              let err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.name, data: data3 };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
            if (func2(data3) < 1) {
              let err13 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.name, data: data3 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (!pattern0.test(data3)) {
              let err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.name, data: data3 };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
          } else {
            let err15 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data3 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        if (data2.project !== void 0) {
          let data4 = data2.project;
          if (typeof data4 == "string") {
            if (!pattern1.test(data4)) {
              let err16 = { instancePath: instancePath + "/metadata/project", schemaPath: "#/properties/metadata/properties/project/pattern", keyword: "pattern", params: { pattern: "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$" }, message: 'must match pattern "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$"', schema: "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$", parentSchema: schema11.properties.metadata.properties.project, data: data4 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
          } else {
            let err17 = { instancePath: instancePath + "/metadata/project", schemaPath: "#/properties/metadata/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.project.type, parentSchema: schema11.properties.metadata.properties.project, data: data4 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        if (data2.description !== void 0) {
          let data5 = data2.description;
          if (typeof data5 == "string") {
            if (func2(data5) > 1024) {
              let err18 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema11.properties.metadata.properties.description, data: data5 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          } else {
            let err19 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.description.type, parentSchema: schema11.properties.metadata.properties.description, data: data5 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data6 = data2.labels;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (let key2 in data6)
              if (pattern2.test(key2)) {
                let data7 = data6[key2];
                if (typeof data7 != "string") {
                  let err20 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.labels.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.metadata.properties.labels.patternProperties["^(.*)$"], data: data7 };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
              }
          } else {
            let err21 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.labels.type, parentSchema: schema11.properties.metadata.properties.labels, data: data6 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
        if (data2.names !== void 0) {
          let data8 = data2.names;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (let key3 in data8)
              if (!(key3 === "urlMap" || key3 === "redirectUrlMap" || key3 === "httpProxy" || key3 === "httpsProxy" || key3 === "httpForwardingRule" || key3 === "httpsForwardingRule" || key3 === "httpForwardingRuleIpv6" || key3 === "httpsForwardingRuleIpv6")) {
                let err22 = { instancePath: instancePath + "/metadata/names", schemaPath: "#/properties/metadata/properties/names/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.metadata.properties.names, data: data8 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            if (data8.urlMap !== void 0) {
              let data9 = data8.urlMap;
              if (typeof data9 == "string") {
                if (func2(data9) > 63) {
                  let err23 = { instancePath: instancePath + "/metadata/names/urlMap", schemaPath: "#/properties/metadata/properties/names/properties/urlMap/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.urlMap, data: data9 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (func2(data9) < 1) {
                  let err24 = { instancePath: instancePath + "/metadata/names/urlMap", schemaPath: "#/properties/metadata/properties/names/properties/urlMap/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.urlMap, data: data9 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
                if (!pattern0.test(data9)) {
                  let err25 = { instancePath: instancePath + "/metadata/names/urlMap", schemaPath: "#/properties/metadata/properties/names/properties/urlMap/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.urlMap, data: data9 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
              } else {
                let err26 = { instancePath: instancePath + "/metadata/names/urlMap", schemaPath: "#/properties/metadata/properties/names/properties/urlMap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.urlMap.type, parentSchema: schema11.properties.metadata.properties.names.properties.urlMap, data: data9 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data8.redirectUrlMap !== void 0) {
              let data10 = data8.redirectUrlMap;
              if (typeof data10 == "string") {
                if (func2(data10) > 63) {
                  let err27 = { instancePath: instancePath + "/metadata/names/redirectUrlMap", schemaPath: "#/properties/metadata/properties/names/properties/redirectUrlMap/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.redirectUrlMap, data: data10 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
                if (func2(data10) < 1) {
                  let err28 = { instancePath: instancePath + "/metadata/names/redirectUrlMap", schemaPath: "#/properties/metadata/properties/names/properties/redirectUrlMap/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.redirectUrlMap, data: data10 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
                if (!pattern0.test(data10)) {
                  let err29 = { instancePath: instancePath + "/metadata/names/redirectUrlMap", schemaPath: "#/properties/metadata/properties/names/properties/redirectUrlMap/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.redirectUrlMap, data: data10 };
                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                }
              } else {
                let err30 = { instancePath: instancePath + "/metadata/names/redirectUrlMap", schemaPath: "#/properties/metadata/properties/names/properties/redirectUrlMap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.redirectUrlMap.type, parentSchema: schema11.properties.metadata.properties.names.properties.redirectUrlMap, data: data10 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data8.httpProxy !== void 0) {
              let data11 = data8.httpProxy;
              if (typeof data11 == "string") {
                if (func2(data11) > 63) {
                  let err31 = { instancePath: instancePath + "/metadata/names/httpProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpProxy/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpProxy, data: data11 };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                if (func2(data11) < 1) {
                  let err32 = { instancePath: instancePath + "/metadata/names/httpProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpProxy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpProxy, data: data11 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                if (!pattern0.test(data11)) {
                  let err33 = { instancePath: instancePath + "/metadata/names/httpProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpProxy/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpProxy, data: data11 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/metadata/names/httpProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpProxy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpProxy.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpProxy, data: data11 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data8.httpsProxy !== void 0) {
              let data12 = data8.httpsProxy;
              if (typeof data12 == "string") {
                if (func2(data12) > 63) {
                  let err35 = { instancePath: instancePath + "/metadata/names/httpsProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpsProxy/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpsProxy, data: data12 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
                if (func2(data12) < 1) {
                  let err36 = { instancePath: instancePath + "/metadata/names/httpsProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpsProxy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpsProxy, data: data12 };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
                if (!pattern0.test(data12)) {
                  let err37 = { instancePath: instancePath + "/metadata/names/httpsProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpsProxy/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpsProxy, data: data12 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              } else {
                let err38 = { instancePath: instancePath + "/metadata/names/httpsProxy", schemaPath: "#/properties/metadata/properties/names/properties/httpsProxy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpsProxy.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpsProxy, data: data12 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data8.httpForwardingRule !== void 0) {
              let data13 = data8.httpForwardingRule;
              if (typeof data13 == "string") {
                if (func2(data13) > 63) {
                  let err39 = { instancePath: instancePath + "/metadata/names/httpForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRule/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRule, data: data13 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
                if (func2(data13) < 1) {
                  let err40 = { instancePath: instancePath + "/metadata/names/httpForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRule, data: data13 };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                if (!pattern0.test(data13)) {
                  let err41 = { instancePath: instancePath + "/metadata/names/httpForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRule/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRule, data: data13 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
              } else {
                let err42 = { instancePath: instancePath + "/metadata/names/httpForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpForwardingRule.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRule, data: data13 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data8.httpsForwardingRule !== void 0) {
              let data14 = data8.httpsForwardingRule;
              if (typeof data14 == "string") {
                if (func2(data14) > 63) {
                  let err43 = { instancePath: instancePath + "/metadata/names/httpsForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRule/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRule, data: data14 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
                if (func2(data14) < 1) {
                  let err44 = { instancePath: instancePath + "/metadata/names/httpsForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRule, data: data14 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
                if (!pattern0.test(data14)) {
                  let err45 = { instancePath: instancePath + "/metadata/names/httpsForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRule/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRule, data: data14 };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
              } else {
                let err46 = { instancePath: instancePath + "/metadata/names/httpsForwardingRule", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpsForwardingRule.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRule, data: data14 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data8.httpForwardingRuleIpv6 !== void 0) {
              let data15 = data8.httpForwardingRuleIpv6;
              if (typeof data15 == "string") {
                if (func2(data15) > 63) {
                  let err47 = { instancePath: instancePath + "/metadata/names/httpForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRuleIpv6/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRuleIpv6, data: data15 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (func2(data15) < 1) {
                  let err48 = { instancePath: instancePath + "/metadata/names/httpForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRuleIpv6/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRuleIpv6, data: data15 };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
                if (!pattern0.test(data15)) {
                  let err49 = { instancePath: instancePath + "/metadata/names/httpForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRuleIpv6/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRuleIpv6, data: data15 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              } else {
                let err50 = { instancePath: instancePath + "/metadata/names/httpForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpForwardingRuleIpv6/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpForwardingRuleIpv6.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpForwardingRuleIpv6, data: data15 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
            if (data8.httpsForwardingRuleIpv6 !== void 0) {
              let data16 = data8.httpsForwardingRuleIpv6;
              if (typeof data16 == "string") {
                if (func2(data16) > 63) {
                  let err51 = { instancePath: instancePath + "/metadata/names/httpsForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRuleIpv6/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRuleIpv6, data: data16 };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
                if (func2(data16) < 1) {
                  let err52 = { instancePath: instancePath + "/metadata/names/httpsForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRuleIpv6/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRuleIpv6, data: data16 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
                if (!pattern0.test(data16)) {
                  let err53 = { instancePath: instancePath + "/metadata/names/httpsForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRuleIpv6/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRuleIpv6, data: data16 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
              } else {
                let err54 = { instancePath: instancePath + "/metadata/names/httpsForwardingRuleIpv6", schemaPath: "#/properties/metadata/properties/names/properties/httpsForwardingRuleIpv6/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.names.properties.httpsForwardingRuleIpv6.type, parentSchema: schema11.properties.metadata.properties.names.properties.httpsForwardingRuleIpv6, data: data16 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
          } else {
            let err55 = { instancePath: instancePath + "/metadata/names", schemaPath: "#/properties/metadata/properties/names/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.names.type, parentSchema: schema11.properties.metadata.properties.names, data: data8 };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
        }
        if (data2.adopt !== void 0) {
          let data17 = data2.adopt;
          if (Array.isArray(data17)) {
            let len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data17[i0];
              if (typeof data18 == "string") {
                if (!pattern11.test(data18)) {
                  let err56 = { instancePath: instancePath + "/metadata/adopt/" + i0, schemaPath: "#/properties/metadata/properties/adopt/items/pattern", keyword: "pattern", params: { pattern: "^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.adopt.items, data: data18 };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
              } else {
                let err57 = { instancePath: instancePath + "/metadata/adopt/" + i0, schemaPath: "#/properties/metadata/properties/adopt/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.adopt.items.type, parentSchema: schema11.properties.metadata.properties.adopt.items, data: data18 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
          } else {
            let err58 = { instancePath: instancePath + "/metadata/adopt", schemaPath: "#/properties/metadata/properties/adopt/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metadata.properties.adopt.type, parentSchema: schema11.properties.metadata.properties.adopt, data: data17 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
      } else {
        let err59 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data2 };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
    if (data.frontend !== void 0) {
      let data19 = data.frontend;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.address === void 0) {
          let err60 = { instancePath: instancePath + "/frontend", schemaPath: "#/properties/frontend/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'", schema: schema11.properties.frontend.required, parentSchema: schema11.properties.frontend, data: data19 };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
        for (let key4 in data19)
          if (!(key4 === "address" || key4 === "ipv6" || key4 === "http" || key4 === "https")) {
            let err61 = { instancePath: instancePath + "/frontend", schemaPath: "#/properties/frontend/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend, data: data19 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        if (data19.address !== void 0) {
          let data20 = data19.address, _errs58 = errors, valid7 = !1, passing0 = null, _errs59 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.reserve === void 0) {
            let err62 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/oneOf/0/required", keyword: "required", params: { missingProperty: "reserve" }, message: "must have required property 'reserve'", schema: schema11.properties.frontend.properties.address.oneOf[0].required, parentSchema: schema11.properties.frontend.properties.address.oneOf[0], data: data20 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
          var _valid0 = _errs59 === errors;
          _valid0 && (valid7 = !0, passing0 = 0);
          let _errs60 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.existing === void 0) {
            let err63 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/oneOf/1/required", keyword: "required", params: { missingProperty: "existing" }, message: "must have required property 'existing'", schema: schema11.properties.frontend.properties.address.oneOf[1].required, parentSchema: schema11.properties.frontend.properties.address.oneOf[1], data: data20 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
          var _valid0 = _errs60 === errors;
          if (_valid0 && valid7)
            valid7 = !1, passing0 = [passing0, 1];
          else {
            _valid0 && (valid7 = !0, passing0 = 1);
            let _errs61 = errors;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.ip === void 0) {
              let err64 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/oneOf/2/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'", schema: schema11.properties.frontend.properties.address.oneOf[2].required, parentSchema: schema11.properties.frontend.properties.address.oneOf[2], data: data20 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
            var _valid0 = _errs61 === errors;
            if (_valid0 && valid7)
              valid7 = !1, passing0 = [passing0, 2];
            else {
              _valid0 && (valid7 = !0, passing0 = 2);
              let _errs62 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.ephemeral === void 0) {
                let err65 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/oneOf/3/required", keyword: "required", params: { missingProperty: "ephemeral" }, message: "must have required property 'ephemeral'", schema: schema11.properties.frontend.properties.address.oneOf[3].required, parentSchema: schema11.properties.frontend.properties.address.oneOf[3], data: data20 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
              var _valid0 = _errs62 === errors;
              _valid0 && valid7 ? (valid7 = !1, passing0 = [passing0, 3]) : _valid0 && (valid7 = !0, passing0 = 3);
            }
          }
          if (valid7)
            errors = _errs58, vErrors !== null && (_errs58 ? vErrors.length = _errs58 : vErrors = null);
          else {
            let err66 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.frontend.properties.address.oneOf, parentSchema: schema11.properties.frontend.properties.address, data: data20 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (let key5 in data20)
              if (!(key5 === "reserve" || key5 === "existing" || key5 === "ip" || key5 === "ephemeral")) {
                let err67 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.address, data: data20 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            if (data20.reserve !== void 0) {
              let data21 = data20.reserve;
              if (typeof data21 == "string") {
                if (func2(data21) > 63) {
                  let err68 = { instancePath: instancePath + "/frontend/address/reserve", schemaPath: "#/properties/frontend/properties/address/properties/reserve/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.address.properties.reserve, data: data21 };
                  vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                }
                if (func2(data21) < 1) {
                  let err69 = { instancePath: instancePath + "/frontend/address/reserve", schemaPath: "#/properties/frontend/properties/address/properties/reserve/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.address.properties.reserve, data: data21 };
                  vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                }
                if (!pattern0.test(data21)) {
                  let err70 = { instancePath: instancePath + "/frontend/address/reserve", schemaPath: "#/properties/frontend/properties/address/properties/reserve/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.address.properties.reserve, data: data21 };
                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                }
              } else {
                let err71 = { instancePath: instancePath + "/frontend/address/reserve", schemaPath: "#/properties/frontend/properties/address/properties/reserve/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.address.properties.reserve.type, parentSchema: schema11.properties.frontend.properties.address.properties.reserve, data: data21 };
                vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
              }
            }
            if (data20.existing !== void 0) {
              let data22 = data20.existing;
              if (typeof data22 == "string") {
                if (func2(data22) > 63) {
                  let err72 = { instancePath: instancePath + "/frontend/address/existing", schemaPath: "#/properties/frontend/properties/address/properties/existing/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.address.properties.existing, data: data22 };
                  vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                }
                if (func2(data22) < 1) {
                  let err73 = { instancePath: instancePath + "/frontend/address/existing", schemaPath: "#/properties/frontend/properties/address/properties/existing/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.address.properties.existing, data: data22 };
                  vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                }
                if (!pattern0.test(data22)) {
                  let err74 = { instancePath: instancePath + "/frontend/address/existing", schemaPath: "#/properties/frontend/properties/address/properties/existing/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.address.properties.existing, data: data22 };
                  vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                }
              } else {
                let err75 = { instancePath: instancePath + "/frontend/address/existing", schemaPath: "#/properties/frontend/properties/address/properties/existing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.address.properties.existing.type, parentSchema: schema11.properties.frontend.properties.address.properties.existing, data: data22 };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
            if (data20.ip !== void 0) {
              let data23 = data20.ip;
              if (typeof data23 == "string") {
                if (func2(data23) < 1) {
                  let err76 = { instancePath: instancePath + "/frontend/address/ip", schemaPath: "#/properties/frontend/properties/address/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.address.properties.ip, data: data23 };
                  vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                }
              } else {
                let err77 = { instancePath: instancePath + "/frontend/address/ip", schemaPath: "#/properties/frontend/properties/address/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.address.properties.ip.type, parentSchema: schema11.properties.frontend.properties.address.properties.ip, data: data23 };
                vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
              }
            }
            if (data20.ephemeral !== void 0) {
              let data24 = data20.ephemeral;
              if (typeof data24 != "boolean") {
                let err78 = { instancePath: instancePath + "/frontend/address/ephemeral", schemaPath: "#/properties/frontend/properties/address/properties/ephemeral/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.frontend.properties.address.properties.ephemeral.type, parentSchema: schema11.properties.frontend.properties.address.properties.ephemeral, data: data24 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
              if (data24 !== !0) {
                let err79 = { instancePath: instancePath + "/frontend/address/ephemeral", schemaPath: "#/properties/frontend/properties/address/properties/ephemeral/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema11.properties.frontend.properties.address.properties.ephemeral, data: data24 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
          } else {
            let err80 = { instancePath: instancePath + "/frontend/address", schemaPath: "#/properties/frontend/properties/address/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.address.type, parentSchema: schema11.properties.frontend.properties.address, data: data20 };
            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
          }
        }
        if (data19.ipv6 !== void 0) {
          let data25 = data19.ipv6, _errs76 = errors, valid9 = !1, passing1 = null, _errs77 = errors;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25) && data25.reserve === void 0) {
            let err81 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/oneOf/0/required", keyword: "required", params: { missingProperty: "reserve" }, message: "must have required property 'reserve'", schema: schema11.properties.frontend.properties.ipv6.oneOf[0].required, parentSchema: schema11.properties.frontend.properties.ipv6.oneOf[0], data: data25 };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
          var _valid1 = _errs77 === errors;
          _valid1 && (valid9 = !0, passing1 = 0);
          let _errs78 = errors;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25) && data25.existing === void 0) {
            let err82 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/oneOf/1/required", keyword: "required", params: { missingProperty: "existing" }, message: "must have required property 'existing'", schema: schema11.properties.frontend.properties.ipv6.oneOf[1].required, parentSchema: schema11.properties.frontend.properties.ipv6.oneOf[1], data: data25 };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
          var _valid1 = _errs78 === errors;
          if (_valid1 && valid9)
            valid9 = !1, passing1 = [passing1, 1];
          else {
            _valid1 && (valid9 = !0, passing1 = 1);
            let _errs79 = errors;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25) && data25.ip === void 0) {
              let err83 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/oneOf/2/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'", schema: schema11.properties.frontend.properties.ipv6.oneOf[2].required, parentSchema: schema11.properties.frontend.properties.ipv6.oneOf[2], data: data25 };
              vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
            }
            var _valid1 = _errs79 === errors;
            if (_valid1 && valid9)
              valid9 = !1, passing1 = [passing1, 2];
            else {
              _valid1 && (valid9 = !0, passing1 = 2);
              let _errs80 = errors;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25) && data25.ephemeral === void 0) {
                let err84 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/oneOf/3/required", keyword: "required", params: { missingProperty: "ephemeral" }, message: "must have required property 'ephemeral'", schema: schema11.properties.frontend.properties.ipv6.oneOf[3].required, parentSchema: schema11.properties.frontend.properties.ipv6.oneOf[3], data: data25 };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
              var _valid1 = _errs80 === errors;
              _valid1 && valid9 ? (valid9 = !1, passing1 = [passing1, 3]) : _valid1 && (valid9 = !0, passing1 = 3);
            }
          }
          if (valid9)
            errors = _errs76, vErrors !== null && (_errs76 ? vErrors.length = _errs76 : vErrors = null);
          else {
            let err85 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.frontend.properties.ipv6.oneOf, parentSchema: schema11.properties.frontend.properties.ipv6, data: data25 };
            vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
          }
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (let key6 in data25)
              if (!(key6 === "reserve" || key6 === "existing" || key6 === "ip" || key6 === "ephemeral")) {
                let err86 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.ipv6, data: data25 };
                vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
              }
            if (data25.reserve !== void 0) {
              let data26 = data25.reserve;
              if (typeof data26 == "string") {
                if (func2(data26) > 63) {
                  let err87 = { instancePath: instancePath + "/frontend/ipv6/reserve", schemaPath: "#/properties/frontend/properties/ipv6/properties/reserve/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.ipv6.properties.reserve, data: data26 };
                  vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                }
                if (func2(data26) < 1) {
                  let err88 = { instancePath: instancePath + "/frontend/ipv6/reserve", schemaPath: "#/properties/frontend/properties/ipv6/properties/reserve/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.ipv6.properties.reserve, data: data26 };
                  vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                }
                if (!pattern0.test(data26)) {
                  let err89 = { instancePath: instancePath + "/frontend/ipv6/reserve", schemaPath: "#/properties/frontend/properties/ipv6/properties/reserve/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.ipv6.properties.reserve, data: data26 };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
              } else {
                let err90 = { instancePath: instancePath + "/frontend/ipv6/reserve", schemaPath: "#/properties/frontend/properties/ipv6/properties/reserve/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.ipv6.properties.reserve.type, parentSchema: schema11.properties.frontend.properties.ipv6.properties.reserve, data: data26 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            }
            if (data25.existing !== void 0) {
              let data27 = data25.existing;
              if (typeof data27 == "string") {
                if (func2(data27) > 63) {
                  let err91 = { instancePath: instancePath + "/frontend/ipv6/existing", schemaPath: "#/properties/frontend/properties/ipv6/properties/existing/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.ipv6.properties.existing, data: data27 };
                  vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                }
                if (func2(data27) < 1) {
                  let err92 = { instancePath: instancePath + "/frontend/ipv6/existing", schemaPath: "#/properties/frontend/properties/ipv6/properties/existing/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.ipv6.properties.existing, data: data27 };
                  vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                }
                if (!pattern0.test(data27)) {
                  let err93 = { instancePath: instancePath + "/frontend/ipv6/existing", schemaPath: "#/properties/frontend/properties/ipv6/properties/existing/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.ipv6.properties.existing, data: data27 };
                  vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                }
              } else {
                let err94 = { instancePath: instancePath + "/frontend/ipv6/existing", schemaPath: "#/properties/frontend/properties/ipv6/properties/existing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.ipv6.properties.existing.type, parentSchema: schema11.properties.frontend.properties.ipv6.properties.existing, data: data27 };
                vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
              }
            }
            if (data25.ip !== void 0) {
              let data28 = data25.ip;
              if (typeof data28 == "string") {
                if (func2(data28) < 1) {
                  let err95 = { instancePath: instancePath + "/frontend/ipv6/ip", schemaPath: "#/properties/frontend/properties/ipv6/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.ipv6.properties.ip, data: data28 };
                  vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                }
              } else {
                let err96 = { instancePath: instancePath + "/frontend/ipv6/ip", schemaPath: "#/properties/frontend/properties/ipv6/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.ipv6.properties.ip.type, parentSchema: schema11.properties.frontend.properties.ipv6.properties.ip, data: data28 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
            if (data25.ephemeral !== void 0) {
              let data29 = data25.ephemeral;
              if (typeof data29 != "boolean") {
                let err97 = { instancePath: instancePath + "/frontend/ipv6/ephemeral", schemaPath: "#/properties/frontend/properties/ipv6/properties/ephemeral/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.frontend.properties.ipv6.properties.ephemeral.type, parentSchema: schema11.properties.frontend.properties.ipv6.properties.ephemeral, data: data29 };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
              if (data29 !== !0) {
                let err98 = { instancePath: instancePath + "/frontend/ipv6/ephemeral", schemaPath: "#/properties/frontend/properties/ipv6/properties/ephemeral/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema11.properties.frontend.properties.ipv6.properties.ephemeral, data: data29 };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
            }
          } else {
            let err99 = { instancePath: instancePath + "/frontend/ipv6", schemaPath: "#/properties/frontend/properties/ipv6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.ipv6.type, parentSchema: schema11.properties.frontend.properties.ipv6, data: data25 };
            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
          }
        }
        if (data19.http !== void 0) {
          let data30 = data19.http;
          if (typeof data30 != "boolean") {
            let err100 = { instancePath: instancePath + "/frontend/http", schemaPath: "#/properties/frontend/properties/http/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.frontend.properties.http.type, parentSchema: schema11.properties.frontend.properties.http, data: data30 };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
        }
        if (data19.https !== void 0) {
          let data31 = data19.https;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.certificates === void 0) {
              let err101 = { instancePath: instancePath + "/frontend/https", schemaPath: "#/properties/frontend/properties/https/required", keyword: "required", params: { missingProperty: "certificates" }, message: "must have required property 'certificates'", schema: schema11.properties.frontend.properties.https.required, parentSchema: schema11.properties.frontend.properties.https, data: data31 };
              vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
            }
            for (let key7 in data31)
              if (!(key7 === "certificates" || key7 === "redirectHttp" || key7 === "quicOverride" || key7 === "sslPolicy")) {
                let err102 = { instancePath: instancePath + "/frontend/https", schemaPath: "#/properties/frontend/properties/https/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.https, data: data31 };
                vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
              }
            if (data31.certificates !== void 0) {
              let data32 = data31.certificates;
              if (Array.isArray(data32)) {
                if (data32.length > 15) {
                  let err103 = { instancePath: instancePath + "/frontend/https/certificates", schemaPath: "#/properties/frontend/properties/https/properties/certificates/maxItems", keyword: "maxItems", params: { limit: 15 }, message: "must NOT have more than 15 items", schema: 15, parentSchema: schema11.properties.frontend.properties.https.properties.certificates, data: data32 };
                  vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                }
                if (data32.length < 1) {
                  let err104 = { instancePath: instancePath + "/frontend/https/certificates", schemaPath: "#/properties/frontend/properties/https/properties/certificates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates, data: data32 };
                  vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                }
                let len1 = data32.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data33 = data32[i1], _errs102 = errors, valid14 = !1, passing2 = null, _errs103 = errors;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33) && data33.managed === void 0) {
                    let err105 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/oneOf/0/required", keyword: "required", params: { missingProperty: "managed" }, message: "must have required property 'managed'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[0].required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[0], data: data33 };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                  var _valid2 = _errs103 === errors;
                  _valid2 && (valid14 = !0, passing2 = 0);
                  let _errs104 = errors;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33) && data33.selfManaged === void 0) {
                    let err106 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/oneOf/1/required", keyword: "required", params: { missingProperty: "selfManaged" }, message: "must have required property 'selfManaged'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[1].required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[1], data: data33 };
                    vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                  }
                  var _valid2 = _errs104 === errors;
                  if (_valid2 && valid14)
                    valid14 = !1, passing2 = [passing2, 1];
                  else {
                    _valid2 && (valid14 = !0, passing2 = 1);
                    let _errs105 = errors;
                    if (data33 && typeof data33 == "object" && !Array.isArray(data33) && data33.existing === void 0) {
                      let err107 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/oneOf/2/required", keyword: "required", params: { missingProperty: "existing" }, message: "must have required property 'existing'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[2].required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf[2], data: data33 };
                      vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                    }
                    var _valid2 = _errs105 === errors;
                    _valid2 && valid14 ? (valid14 = !1, passing2 = [passing2, 2]) : _valid2 && (valid14 = !0, passing2 = 2);
                  }
                  if (valid14)
                    errors = _errs102, vErrors !== null && (_errs102 ? vErrors.length = _errs102 : vErrors = null);
                  else {
                    let err108 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.frontend.properties.https.properties.certificates.items.oneOf, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items, data: data33 };
                    vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                  }
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    for (let key8 in data33)
                      if (!(key8 === "managed" || key8 === "selfManaged" || key8 === "existing" || key8 === "namePrefix" || key8 === "name")) {
                        let err109 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items, data: data33 };
                        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                      }
                    if (data33.managed !== void 0) {
                      let data34 = data33.managed;
                      if (Array.isArray(data34)) {
                        if (data34.length > 100) {
                          let err110 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/managed", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/managed/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed, data: data34 };
                          vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                        }
                        if (data34.length < 1) {
                          let err111 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/managed", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/managed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed, data: data34 };
                          vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                        }
                        let len2 = data34.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data35 = data34[i2];
                          if (typeof data35 == "string") {
                            if (func2(data35) < 1) {
                              let err112 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/managed/" + i2, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/managed/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed.items, data: data35 };
                              vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                            }
                          } else {
                            let err113 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/managed/" + i2, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/managed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed.items.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed.items, data: data35 };
                            vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                          }
                        }
                      } else {
                        let err114 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/managed", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/managed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.managed, data: data34 };
                        vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                      }
                    }
                    if (data33.selfManaged !== void 0) {
                      let data36 = data33.selfManaged;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        if (data36.certificate === void 0) {
                          let err115 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/required", keyword: "required", params: { missingProperty: "certificate" }, message: "must have required property 'certificate'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged, data: data36 };
                          vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                        }
                        if (data36.privateKey === void 0) {
                          let err116 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/required", keyword: "required", params: { missingProperty: "privateKey" }, message: "must have required property 'privateKey'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged, data: data36 };
                          vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                        }
                        for (let key9 in data36)
                          if (!(key9 === "certificate" || key9 === "privateKey")) {
                            let err117 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged, data: data36 };
                            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                          }
                        if (data36.certificate !== void 0) {
                          let data37 = data36.certificate;
                          if (typeof data37 == "string") {
                            if (func2(data37) < 1) {
                              let err118 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/certificate", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/certificate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.certificate, data: data37 };
                              vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                            }
                          } else {
                            let err119 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/certificate", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/certificate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.certificate.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.certificate, data: data37 };
                            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                          }
                        }
                        if (data36.privateKey !== void 0) {
                          let data38 = data36.privateKey, _errs119 = errors, valid19 = !1, passing3 = null, _errs120 = errors;
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38) && data38.env === void 0) {
                            let err120 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/oneOf/0/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.oneOf[0].required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.oneOf[0], data: data38 };
                            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                          }
                          var _valid3 = _errs120 === errors;
                          _valid3 && (valid19 = !0, passing3 = 0);
                          let _errs121 = errors;
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38) && data38.file === void 0) {
                            let err121 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/oneOf/1/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.oneOf[1].required, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.oneOf[1], data: data38 };
                            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                          }
                          var _valid3 = _errs121 === errors;
                          if (_valid3 && valid19 ? (valid19 = !1, passing3 = [passing3, 1]) : _valid3 && (valid19 = !0, passing3 = 1), valid19)
                            errors = _errs119, vErrors !== null && (_errs119 ? vErrors.length = _errs119 : vErrors = null);
                          else {
                            let err122 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.oneOf, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey, data: data38 };
                            vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                          }
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                            for (let key10 in data38)
                              if (!(key10 === "env" || key10 === "file")) {
                                let err123 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey, data: data38 };
                                vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                              }
                            if (data38.env !== void 0) {
                              let data39 = data38.env;
                              if (typeof data39 == "string") {
                                if (!pattern16.test(data39)) {
                                  let err124 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey/env", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.env, data: data39 };
                                  vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                                }
                              } else {
                                let err125 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey/env", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.env.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.env, data: data39 };
                                vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                              }
                            }
                            if (data38.file !== void 0) {
                              let data40 = data38.file;
                              if (typeof data40 == "string") {
                                if (func2(data40) < 1) {
                                  let err126 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey/file", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.file, data: data40 };
                                  vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                                }
                              } else {
                                let err127 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey/file", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.file.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.properties.file, data: data40 };
                                vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                              }
                            }
                          } else {
                            let err128 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged/privateKey", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/properties/privateKey/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.properties.privateKey, data: data38 };
                            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                          }
                        }
                      } else {
                        let err129 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/selfManaged", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/selfManaged/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.selfManaged, data: data36 };
                        vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                      }
                    }
                    if (data33.existing !== void 0) {
                      let data41 = data33.existing;
                      if (typeof data41 == "string") {
                        if (func2(data41) > 63) {
                          let err130 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/existing", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/existing/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.existing, data: data41 };
                          vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                        }
                        if (func2(data41) < 1) {
                          let err131 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/existing", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/existing/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.existing, data: data41 };
                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                        }
                        if (!pattern0.test(data41)) {
                          let err132 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/existing", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/existing/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.existing, data: data41 };
                          vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                        }
                      } else {
                        let err133 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/existing", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/existing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.existing.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.existing, data: data41 };
                        vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                      }
                    }
                    if (data33.namePrefix !== void 0) {
                      let data42 = data33.namePrefix;
                      if (typeof data42 == "string") {
                        if (func2(data42) > 63) {
                          let err134 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/namePrefix", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/namePrefix/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.namePrefix, data: data42 };
                          vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                        }
                        if (func2(data42) < 1) {
                          let err135 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/namePrefix", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/namePrefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.namePrefix, data: data42 };
                          vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                        }
                        if (!pattern0.test(data42)) {
                          let err136 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/namePrefix", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/namePrefix/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.namePrefix, data: data42 };
                          vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                        }
                      } else {
                        let err137 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/namePrefix", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.namePrefix.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.namePrefix, data: data42 };
                        vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                      }
                    }
                    if (data33.name !== void 0) {
                      let data43 = data33.name;
                      if (typeof data43 == "string") {
                        if (func2(data43) > 63) {
                          let err138 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/name", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.name, data: data43 };
                          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                        }
                        if (func2(data43) < 1) {
                          let err139 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/name", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.name, data: data43 };
                          vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                        }
                        if (!pattern0.test(data43)) {
                          let err140 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/name", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.name, data: data43 };
                          vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                        }
                      } else {
                        let err141 = { instancePath: instancePath + "/frontend/https/certificates/" + i1 + "/name", schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.name.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items.properties.name, data: data43 };
                        vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                      }
                    }
                  } else {
                    let err142 = { instancePath: instancePath + "/frontend/https/certificates/" + i1, schemaPath: "#/properties/frontend/properties/https/properties/certificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.https.properties.certificates.items.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates.items, data: data33 };
                    vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                  }
                }
              } else {
                let err143 = { instancePath: instancePath + "/frontend/https/certificates", schemaPath: "#/properties/frontend/properties/https/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.frontend.properties.https.properties.certificates.type, parentSchema: schema11.properties.frontend.properties.https.properties.certificates, data: data32 };
                vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
              }
            }
            if (data31.redirectHttp !== void 0) {
              let data44 = data31.redirectHttp;
              if (typeof data44 != "boolean") {
                let err144 = { instancePath: instancePath + "/frontend/https/redirectHttp", schemaPath: "#/properties/frontend/properties/https/properties/redirectHttp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.frontend.properties.https.properties.redirectHttp.type, parentSchema: schema11.properties.frontend.properties.https.properties.redirectHttp, data: data44 };
                vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
              }
            }
            if (data31.quicOverride !== void 0) {
              let data45 = data31.quicOverride;
              if (typeof data45 != "string") {
                let err145 = { instancePath: instancePath + "/frontend/https/quicOverride", schemaPath: "#/properties/frontend/properties/https/properties/quicOverride/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.quicOverride.type, parentSchema: schema11.properties.frontend.properties.https.properties.quicOverride, data: data45 };
                vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
              }
              if (!(data45 === "NONE" || data45 === "ENABLE" || data45 === "DISABLE")) {
                let err146 = { instancePath: instancePath + "/frontend/https/quicOverride", schemaPath: "#/properties/frontend/properties/https/properties/quicOverride/enum", keyword: "enum", params: { allowedValues: schema11.properties.frontend.properties.https.properties.quicOverride.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.frontend.properties.https.properties.quicOverride.enum, parentSchema: schema11.properties.frontend.properties.https.properties.quicOverride, data: data45 };
                vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
              }
            }
            if (data31.sslPolicy !== void 0) {
              let data46 = data31.sslPolicy;
              if (typeof data46 == "string") {
                if (func2(data46) > 63) {
                  let err147 = { instancePath: instancePath + "/frontend/https/sslPolicy", schemaPath: "#/properties/frontend/properties/https/properties/sslPolicy/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.frontend.properties.https.properties.sslPolicy, data: data46 };
                  vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                }
                if (func2(data46) < 1) {
                  let err148 = { instancePath: instancePath + "/frontend/https/sslPolicy", schemaPath: "#/properties/frontend/properties/https/properties/sslPolicy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.frontend.properties.https.properties.sslPolicy, data: data46 };
                  vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
                }
                if (!pattern0.test(data46)) {
                  let err149 = { instancePath: instancePath + "/frontend/https/sslPolicy", schemaPath: "#/properties/frontend/properties/https/properties/sslPolicy/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.frontend.properties.https.properties.sslPolicy, data: data46 };
                  vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                }
              } else {
                let err150 = { instancePath: instancePath + "/frontend/https/sslPolicy", schemaPath: "#/properties/frontend/properties/https/properties/sslPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.frontend.properties.https.properties.sslPolicy.type, parentSchema: schema11.properties.frontend.properties.https.properties.sslPolicy, data: data46 };
                vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
              }
            }
          } else {
            let err151 = { instancePath: instancePath + "/frontend/https", schemaPath: "#/properties/frontend/properties/https/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.properties.https.type, parentSchema: schema11.properties.frontend.properties.https, data: data31 };
            vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
          }
        }
      } else {
        let err152 = { instancePath: instancePath + "/frontend", schemaPath: "#/properties/frontend/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.frontend.type, parentSchema: schema11.properties.frontend, data: data19 };
        vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
      }
    }
    if (data.backends !== void 0) {
      let data47 = data.backends;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (Object.keys(data47).length < 1) {
          let err153 = { instancePath: instancePath + "/backends", schemaPath: "#/properties/backends/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.backends, data: data47 };
          vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
        }
        for (let key11 in data47)
          if (pattern2.test(key11)) {
            let data48 = data47[key11];
            if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
              if (data48.serverless === void 0) {
                let err154 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/required", keyword: "required", params: { missingProperty: "serverless" }, message: "must have required property 'serverless'", schema: schema11.properties.backends.patternProperties["^(.*)$"].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"], data: data48 };
                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
              }
              for (let key12 in data48)
                if (!(key12 === "name" || key12 === "description" || key12 === "serverless" || key12 === "cdn" || key12 === "iap" || key12 === "securityPolicy" || key12 === "logging")) {
                  let err155 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"], data: data48 };
                  vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                }
              if (data48.name !== void 0) {
                let data49 = data48.name;
                if (typeof data49 == "string") {
                  if (func2(data49) > 63) {
                    let err156 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.name, data: data49 };
                    vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                  }
                  if (func2(data49) < 1) {
                    let err157 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.name, data: data49 };
                    vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                  }
                  if (!pattern0.test(data49)) {
                    let err158 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.name, data: data49 };
                    vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
                  }
                } else {
                  let err159 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.name.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.name, data: data49 };
                  vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                }
              }
              if (data48.description !== void 0) {
                let data50 = data48.description;
                if (typeof data50 == "string") {
                  if (func2(data50) > 2048) {
                    let err160 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.description, data: data50 };
                    vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                  }
                } else {
                  let err161 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.description.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.description, data: data50 };
                  vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                }
              }
              if (data48.serverless !== void 0) {
                let data51 = data48.serverless;
                if (Array.isArray(data51)) {
                  if (data51.length < 1) {
                    let err162 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless, data: data51 };
                    vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                  }
                  let len3 = data51.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    let data52 = data51[i3], _errs158 = errors, valid25 = !1, passing4 = null, _errs159 = errors;
                    if (data52 && typeof data52 == "object" && !Array.isArray(data52) && data52.cloudRun === void 0) {
                      let err163 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/oneOf/0/required", keyword: "required", params: { missingProperty: "cloudRun" }, message: "must have required property 'cloudRun'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[0].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[0], data: data52 };
                      vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                    }
                    var _valid4 = _errs159 === errors;
                    _valid4 && (valid25 = !0, passing4 = 0);
                    let _errs160 = errors;
                    if (data52 && typeof data52 == "object" && !Array.isArray(data52) && data52.cloudFunctions === void 0) {
                      let err164 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/oneOf/1/required", keyword: "required", params: { missingProperty: "cloudFunctions" }, message: "must have required property 'cloudFunctions'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[1].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[1], data: data52 };
                      vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                    }
                    var _valid4 = _errs160 === errors;
                    if (_valid4 && valid25)
                      valid25 = !1, passing4 = [passing4, 1];
                    else {
                      _valid4 && (valid25 = !0, passing4 = 1);
                      let _errs161 = errors;
                      if (data52 && typeof data52 == "object" && !Array.isArray(data52) && data52.appEngine === void 0) {
                        let err165 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/oneOf/2/required", keyword: "required", params: { missingProperty: "appEngine" }, message: "must have required property 'appEngine'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[2].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[2], data: data52 };
                        vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                      }
                      var _valid4 = _errs161 === errors;
                      if (_valid4 && valid25)
                        valid25 = !1, passing4 = [passing4, 2];
                      else {
                        _valid4 && (valid25 = !0, passing4 = 2);
                        let _errs162 = errors;
                        if (data52 && typeof data52 == "object" && !Array.isArray(data52) && data52.apiGateway === void 0) {
                          let err166 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/oneOf/3/required", keyword: "required", params: { missingProperty: "apiGateway" }, message: "must have required property 'apiGateway'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[3].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf[3], data: data52 };
                          vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                        }
                        var _valid4 = _errs162 === errors;
                        _valid4 && valid25 ? (valid25 = !1, passing4 = [passing4, 3]) : _valid4 && (valid25 = !0, passing4 = 3);
                      }
                    }
                    if (valid25)
                      errors = _errs158, vErrors !== null && (_errs158 ? vErrors.length = _errs158 : vErrors = null);
                    else {
                      let err167 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.oneOf, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items, data: data52 };
                      vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                    }
                    if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                      if (data52.region === void 0) {
                        let err168 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items, data: data52 };
                        vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
                      }
                      for (let key13 in data52)
                        if (!(key13 === "name" || key13 === "region" || key13 === "cloudRun" || key13 === "cloudFunctions" || key13 === "appEngine" || key13 === "apiGateway")) {
                          let err169 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items, data: data52 };
                          vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                        }
                      if (data52.name !== void 0) {
                        let data53 = data52.name;
                        if (typeof data53 == "string") {
                          if (func2(data53) > 63) {
                            let err170 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.name, data: data53 };
                            vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
                          }
                          if (func2(data53) < 1) {
                            let err171 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.name, data: data53 };
                            vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                          }
                          if (!pattern0.test(data53)) {
                            let err172 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.name, data: data53 };
                            vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                          }
                        } else {
                          let err173 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.name.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.name, data: data53 };
                          vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                        }
                      }
                      if (data52.region !== void 0) {
                        let data54 = data52.region;
                        if (typeof data54 == "string") {
                          if (!pattern24.test(data54)) {
                            let err174 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/region", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]+(-[a-z]+)+[0-9]+$" }, message: 'must match pattern "^[a-z]+(-[a-z]+)+[0-9]+$"', schema: "^[a-z]+(-[a-z]+)+[0-9]+$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.region, data: data54 };
                            vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                          }
                        } else {
                          let err175 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/region", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.region.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.region, data: data54 };
                          vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                        }
                      }
                      if (data52.cloudRun !== void 0) {
                        let data55 = data52.cloudRun;
                        if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                          for (let key14 in data55)
                            if (!(key14 === "service" || key14 === "tag" || key14 === "urlMask")) {
                              let err176 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun, data: data55 };
                              vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
                            }
                          if (data55.service !== void 0) {
                            let data56 = data55.service;
                            if (typeof data56 == "string") {
                              if (!pattern25.test(data56)) {
                                let err177 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/service", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.service, data: data56 };
                                vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                              }
                            } else {
                              let err178 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/service", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.service.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.service, data: data56 };
                              vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                            }
                          }
                          if (data55.tag !== void 0) {
                            let data57 = data55.tag;
                            if (typeof data57 == "string") {
                              if (!pattern25.test(data57)) {
                                let err179 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/tag", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/tag/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.tag, data: data57 };
                                vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
                              }
                            } else {
                              let err180 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/tag", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.tag.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.tag, data: data57 };
                              vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                            }
                          }
                          if (data55.urlMask !== void 0) {
                            let data58 = data55.urlMask;
                            if (typeof data58 == "string") {
                              if (func2(data58) < 1) {
                                let err181 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/urlMask/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.urlMask, data: data58 };
                                vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                              }
                            } else {
                              let err182 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/properties/urlMask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.urlMask.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.properties.urlMask, data: data58 };
                              vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
                            }
                          }
                        } else {
                          let err183 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudRun", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudRun/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudRun, data: data55 };
                          vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
                        }
                      }
                      if (data52.cloudFunctions !== void 0) {
                        let data59 = data52.cloudFunctions;
                        if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                          for (let key15 in data59)
                            if (!(key15 === "function" || key15 === "urlMask")) {
                              let err184 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions, data: data59 };
                              vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                            }
                          if (data59.function !== void 0) {
                            let data60 = data59.function;
                            if (typeof data60 == "string") {
                              if (func2(data60) > 63) {
                                let err185 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions/function", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/properties/function/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.function, data: data60 };
                                vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                              }
                              if (func2(data60) < 1) {
                                let err186 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions/function", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/properties/function/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.function, data: data60 };
                                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
                              }
                            } else {
                              let err187 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions/function", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.function.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.function, data: data60 };
                              vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                            }
                          }
                          if (data59.urlMask !== void 0) {
                            let data61 = data59.urlMask;
                            if (typeof data61 == "string") {
                              if (func2(data61) < 1) {
                                let err188 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/properties/urlMask/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.urlMask, data: data61 };
                                vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                              }
                            } else {
                              let err189 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/properties/urlMask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.urlMask.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.properties.urlMask, data: data61 };
                              vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                            }
                          }
                        } else {
                          let err190 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/cloudFunctions", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/cloudFunctions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.cloudFunctions, data: data59 };
                          vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                        }
                      }
                      if (data52.appEngine !== void 0) {
                        let data62 = data52.appEngine;
                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                          for (let key16 in data62)
                            if (!(key16 === "service" || key16 === "version" || key16 === "urlMask")) {
                              let err191 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine, data: data62 };
                              vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                            }
                          if (data62.service !== void 0) {
                            let data63 = data62.service;
                            if (typeof data63 == "string") {
                              if (func2(data63) > 63) {
                                let err192 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/service", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/service/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.service, data: data63 };
                                vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                              }
                              if (func2(data63) < 1) {
                                let err193 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/service", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.service, data: data63 };
                                vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
                              }
                            } else {
                              let err194 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/service", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.service.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.service, data: data63 };
                              vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                            }
                          }
                          if (data62.version !== void 0) {
                            let data64 = data62.version;
                            if (typeof data64 == "string") {
                              if (func2(data64) > 100) {
                                let err195 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/version", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.version, data: data64 };
                                vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                              }
                              if (func2(data64) < 1) {
                                let err196 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/version", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.version, data: data64 };
                                vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                              }
                            } else {
                              let err197 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/version", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.version.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.version, data: data64 };
                              vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                            }
                          }
                          if (data62.urlMask !== void 0) {
                            let data65 = data62.urlMask;
                            if (typeof data65 == "string") {
                              if (func2(data65) < 1) {
                                let err198 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/urlMask/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.urlMask, data: data65 };
                                vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                              }
                            } else {
                              let err199 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/properties/urlMask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.urlMask.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.properties.urlMask, data: data65 };
                              vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                            }
                          }
                        } else {
                          let err200 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/appEngine", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/appEngine/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.appEngine, data: data62 };
                          vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
                        }
                      }
                      if (data52.apiGateway !== void 0) {
                        let data66 = data52.apiGateway;
                        if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                          for (let key17 in data66)
                            if (!(key17 === "gateway" || key17 === "urlMask")) {
                              let err201 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway, data: data66 };
                              vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                            }
                          if (data66.gateway !== void 0) {
                            let data67 = data66.gateway;
                            if (typeof data67 == "string") {
                              if (func2(data67) > 63) {
                                let err202 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway/gateway", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/properties/gateway/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.gateway, data: data67 };
                                vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                              }
                              if (func2(data67) < 1) {
                                let err203 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway/gateway", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/properties/gateway/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.gateway, data: data67 };
                                vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                              }
                            } else {
                              let err204 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway/gateway", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.gateway.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.gateway, data: data67 };
                              vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                            }
                          }
                          if (data66.urlMask !== void 0) {
                            let data68 = data66.urlMask;
                            if (typeof data68 == "string") {
                              if (func2(data68) < 1) {
                                let err205 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/properties/urlMask/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.urlMask, data: data68 };
                                vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                              }
                            } else {
                              let err206 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway/urlMask", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/properties/urlMask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.urlMask.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.properties.urlMask, data: data68 };
                              vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                            }
                          }
                        } else {
                          let err207 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3 + "/apiGateway", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/properties/apiGateway/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.properties.apiGateway, data: data66 };
                          vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                        }
                      }
                    } else {
                      let err208 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless/" + i3, schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.items, data: data52 };
                      vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                    }
                  }
                } else {
                  let err209 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/serverless", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/serverless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.serverless, data: data51 };
                  vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
                }
              }
              if (data48.cdn !== void 0) {
                let data69 = data48.cdn, _errs205 = errors, valid31 = !1, _errs206 = errors;
                if (typeof data69 != "boolean") {
                  let err210 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[0].type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[0], data: data69 };
                  vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                }
                var _valid5 = _errs206 === errors;
                if (valid31 = valid31 || _valid5, !valid31) {
                  let _errs208 = errors;
                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    for (let key18 in data69)
                      if (!(key18 === "cacheMode" || key18 === "defaultTtl" || key18 === "maxTtl" || key18 === "clientTtl" || key18 === "negativeCaching" || key18 === "serveWhileStale" || key18 === "requestCoalescing")) {
                        let err211 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1], data: data69 };
                        vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                      }
                    if (data69.cacheMode !== void 0) {
                      let data70 = data69.cacheMode;
                      if (typeof data70 != "string") {
                        let err212 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/cacheMode", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/cacheMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.cacheMode.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.cacheMode, data: data70 };
                        vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                      }
                      if (!(data70 === "CACHE_ALL_STATIC" || data70 === "USE_ORIGIN_HEADERS" || data70 === "FORCE_CACHE_ALL")) {
                        let err213 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/cacheMode", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/cacheMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.cacheMode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.cacheMode.enum, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.cacheMode, data: data70 };
                        vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                      }
                    }
                    if (data69.defaultTtl !== void 0) {
                      let data71 = data69.defaultTtl;
                      if (!(typeof data71 == "number" && !(data71 % 1) && !isNaN(data71) && isFinite(data71))) {
                        let err214 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/defaultTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/defaultTtl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.defaultTtl.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.defaultTtl, data: data71 };
                        vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                      }
                      if (typeof data71 == "number" && isFinite(data71)) {
                        if (data71 > 31536e3 || isNaN(data71)) {
                          let err215 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/defaultTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/defaultTtl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000", schema: 31536e3, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.defaultTtl, data: data71 };
                          vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                        }
                        if (data71 < 0 || isNaN(data71)) {
                          let err216 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/defaultTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/defaultTtl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.defaultTtl, data: data71 };
                          vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                        }
                      }
                    }
                    if (data69.maxTtl !== void 0) {
                      let data72 = data69.maxTtl;
                      if (!(typeof data72 == "number" && !(data72 % 1) && !isNaN(data72) && isFinite(data72))) {
                        let err217 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/maxTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/maxTtl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.maxTtl.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.maxTtl, data: data72 };
                        vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                      }
                      if (typeof data72 == "number" && isFinite(data72)) {
                        if (data72 > 31536e3 || isNaN(data72)) {
                          let err218 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/maxTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/maxTtl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000", schema: 31536e3, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.maxTtl, data: data72 };
                          vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
                        }
                        if (data72 < 0 || isNaN(data72)) {
                          let err219 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/maxTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/maxTtl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.maxTtl, data: data72 };
                          vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                        }
                      }
                    }
                    if (data69.clientTtl !== void 0) {
                      let data73 = data69.clientTtl;
                      if (!(typeof data73 == "number" && !(data73 % 1) && !isNaN(data73) && isFinite(data73))) {
                        let err220 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/clientTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/clientTtl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.clientTtl.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.clientTtl, data: data73 };
                        vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
                      }
                      if (typeof data73 == "number" && isFinite(data73)) {
                        if (data73 > 31536e3 || isNaN(data73)) {
                          let err221 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/clientTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/clientTtl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000", schema: 31536e3, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.clientTtl, data: data73 };
                          vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
                        }
                        if (data73 < 0 || isNaN(data73)) {
                          let err222 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/clientTtl", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/clientTtl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.clientTtl, data: data73 };
                          vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
                        }
                      }
                    }
                    if (data69.negativeCaching !== void 0) {
                      let data74 = data69.negativeCaching;
                      if (typeof data74 != "boolean") {
                        let err223 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/negativeCaching", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/negativeCaching/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.negativeCaching.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.negativeCaching, data: data74 };
                        vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
                      }
                    }
                    if (data69.serveWhileStale !== void 0) {
                      let data75 = data69.serveWhileStale;
                      if (!(typeof data75 == "number" && !(data75 % 1) && !isNaN(data75) && isFinite(data75))) {
                        let err224 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/serveWhileStale", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/serveWhileStale/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.serveWhileStale.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.serveWhileStale, data: data75 };
                        vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
                      }
                      if (typeof data75 == "number" && isFinite(data75)) {
                        if (data75 > 31536e3 || isNaN(data75)) {
                          let err225 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/serveWhileStale", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/serveWhileStale/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000", schema: 31536e3, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.serveWhileStale, data: data75 };
                          vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                        }
                        if (data75 < 0 || isNaN(data75)) {
                          let err226 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/serveWhileStale", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/serveWhileStale/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.serveWhileStale, data: data75 };
                          vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
                        }
                      }
                    }
                    if (data69.requestCoalescing !== void 0) {
                      let data76 = data69.requestCoalescing;
                      if (typeof data76 != "boolean") {
                        let err227 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn/requestCoalescing", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/properties/requestCoalescing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.requestCoalescing.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].properties.requestCoalescing, data: data76 };
                        vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
                      }
                    }
                  } else {
                    let err228 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1].type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf[1], data: data69 };
                    vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                  }
                  var _valid5 = _errs208 === errors;
                  valid31 = valid31 || _valid5;
                }
                if (valid31)
                  errors = _errs205, vErrors !== null && (_errs205 ? vErrors.length = _errs205 : vErrors = null);
                else {
                  let err229 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/cdn", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/cdn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn.anyOf, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.cdn, data: data69 };
                  vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
                }
              }
              if (data48.iap !== void 0) {
                let data77 = data48.iap;
                if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                  if (data77.oauth2ClientId === void 0) {
                    let err230 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/required", keyword: "required", params: { missingProperty: "oauth2ClientId" }, message: "must have required property 'oauth2ClientId'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap, data: data77 };
                    vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
                  }
                  if (data77.oauth2ClientSecret === void 0) {
                    let err231 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/required", keyword: "required", params: { missingProperty: "oauth2ClientSecret" }, message: "must have required property 'oauth2ClientSecret'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap, data: data77 };
                    vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
                  }
                  for (let key19 in data77)
                    if (!(key19 === "oauth2ClientId" || key19 === "oauth2ClientSecret")) {
                      let err232 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap, data: data77 };
                      vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
                    }
                  if (data77.oauth2ClientId !== void 0) {
                    let data78 = data77.oauth2ClientId;
                    if (typeof data78 == "string") {
                      if (func2(data78) < 1) {
                        let err233 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientId", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientId, data: data78 };
                        vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                      }
                    } else {
                      let err234 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientId", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientId.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientId, data: data78 };
                      vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
                    }
                  }
                  if (data77.oauth2ClientSecret !== void 0) {
                    let data79 = data77.oauth2ClientSecret, _errs232 = errors, valid34 = !1, passing5 = null, _errs233 = errors;
                    if (data79 && typeof data79 == "object" && !Array.isArray(data79) && data79.env === void 0) {
                      let err235 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/oneOf/0/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.oneOf[0].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.oneOf[0], data: data79 };
                      vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                    }
                    var _valid6 = _errs233 === errors;
                    _valid6 && (valid34 = !0, passing5 = 0);
                    let _errs234 = errors;
                    if (data79 && typeof data79 == "object" && !Array.isArray(data79) && data79.file === void 0) {
                      let err236 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/oneOf/1/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.oneOf[1].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.oneOf[1], data: data79 };
                      vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
                    }
                    var _valid6 = _errs234 === errors;
                    if (_valid6 && valid34 ? (valid34 = !1, passing5 = [passing5, 1]) : _valid6 && (valid34 = !0, passing5 = 1), valid34)
                      errors = _errs232, vErrors !== null && (_errs232 ? vErrors.length = _errs232 : vErrors = null);
                    else {
                      let err237 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.oneOf, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret, data: data79 };
                      vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                    }
                    if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                      for (let key20 in data79)
                        if (!(key20 === "env" || key20 === "file")) {
                          let err238 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret, data: data79 };
                          vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                        }
                      if (data79.env !== void 0) {
                        let data80 = data79.env;
                        if (typeof data80 == "string") {
                          if (!pattern16.test(data80)) {
                            let err239 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret/env", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.env, data: data80 };
                            vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
                          }
                        } else {
                          let err240 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret/env", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.env.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.env, data: data80 };
                          vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
                        }
                      }
                      if (data79.file !== void 0) {
                        let data81 = data79.file;
                        if (typeof data81 == "string") {
                          if (func2(data81) < 1) {
                            let err241 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret/file", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.file, data: data81 };
                            vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
                          }
                        } else {
                          let err242 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret/file", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.file.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.properties.file, data: data81 };
                          vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
                        }
                      }
                    } else {
                      let err243 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap/oauth2ClientSecret", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/properties/oauth2ClientSecret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.properties.oauth2ClientSecret, data: data79 };
                      vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                    }
                  }
                } else {
                  let err244 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/iap", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/iap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.iap, data: data77 };
                  vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                }
              }
              if (data48.securityPolicy !== void 0) {
                let data82 = data48.securityPolicy, _errs243 = errors, valid36 = !1, passing6 = null, _errs244 = errors;
                if (data82 && typeof data82 == "object" && !Array.isArray(data82) && data82.existing === void 0) {
                  let err245 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/oneOf/0/required", keyword: "required", params: { missingProperty: "existing" }, message: "must have required property 'existing'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.oneOf[0].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.oneOf[0], data: data82 };
                  vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                }
                var _valid7 = _errs244 === errors;
                _valid7 && (valid36 = !0, passing6 = 0);
                let _errs245 = errors;
                if (data82 && typeof data82 == "object" && !Array.isArray(data82) && data82.rateLimit === void 0) {
                  let err246 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/oneOf/1/required", keyword: "required", params: { missingProperty: "rateLimit" }, message: "must have required property 'rateLimit'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.oneOf[1].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.oneOf[1], data: data82 };
                  vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                }
                var _valid7 = _errs245 === errors;
                if (_valid7 && valid36 ? (valid36 = !1, passing6 = [passing6, 1]) : _valid7 && (valid36 = !0, passing6 = 1), valid36)
                  errors = _errs243, vErrors !== null && (_errs243 ? vErrors.length = _errs243 : vErrors = null);
                else {
                  let err247 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.oneOf, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy, data: data82 };
                  vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                }
                if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                  for (let key21 in data82)
                    if (!(key21 === "existing" || key21 === "rateLimit")) {
                      let err248 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy, data: data82 };
                      vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
                    }
                  if (data82.existing !== void 0) {
                    let data83 = data82.existing;
                    if (typeof data83 == "string") {
                      if (func2(data83) > 63) {
                        let err249 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/existing", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/existing/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.existing, data: data83 };
                        vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
                      }
                      if (func2(data83) < 1) {
                        let err250 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/existing", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/existing/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.existing, data: data83 };
                        vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
                      }
                      if (!pattern0.test(data83)) {
                        let err251 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/existing", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/existing/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.existing, data: data83 };
                        vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
                      }
                    } else {
                      let err252 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/existing", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/existing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.existing.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.existing, data: data83 };
                      vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                    }
                  }
                  if (data82.rateLimit !== void 0) {
                    let data84 = data82.rateLimit;
                    if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                      for (let key22 in data84)
                        if (!(key22 === "name" || key22 === "requestCount" || key22 === "intervalSec" || key22 === "enforceOnKey")) {
                          let err253 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit, data: data84 };
                          vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                        }
                      if (data84.name !== void 0) {
                        let data85 = data84.name;
                        if (typeof data85 == "string") {
                          if (func2(data85) > 63) {
                            let err254 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.name, data: data85 };
                            vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                          }
                          if (func2(data85) < 1) {
                            let err255 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.name, data: data85 };
                            vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                          }
                          if (!pattern0.test(data85)) {
                            let err256 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.name, data: data85 };
                            vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
                          }
                        } else {
                          let err257 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/name", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.name.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.name, data: data85 };
                          vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++;
                        }
                      }
                      if (data84.requestCount !== void 0) {
                        let data86 = data84.requestCount;
                        if (!(typeof data86 == "number" && !(data86 % 1) && !isNaN(data86) && isFinite(data86))) {
                          let err258 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/requestCount", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/requestCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.requestCount.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.requestCount, data: data86 };
                          vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
                        }
                        if (typeof data86 == "number" && isFinite(data86)) {
                          if (data86 > 1e4 || isNaN(data86)) {
                            let err259 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/requestCount", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/requestCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.requestCount, data: data86 };
                            vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++;
                          }
                          if (data86 < 1 || isNaN(data86)) {
                            let err260 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/requestCount", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/requestCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.requestCount, data: data86 };
                            vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
                          }
                        }
                      }
                      if (data84.intervalSec !== void 0) {
                        let data87 = data84.intervalSec;
                        if (!(typeof data87 == "number" && !(data87 % 1) && !isNaN(data87) && isFinite(data87))) {
                          let err261 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/intervalSec", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/intervalSec/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.intervalSec.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.intervalSec, data: data87 };
                          vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
                        }
                        if (!(data87 === 10 || data87 === 30 || data87 === 60 || data87 === 120 || data87 === 180 || data87 === 240 || data87 === 300 || data87 === 600 || data87 === 900 || data87 === 1200 || data87 === 1800 || data87 === 2700 || data87 === 3600)) {
                          let err262 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/intervalSec", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/intervalSec/enum", keyword: "enum", params: { allowedValues: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.intervalSec.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.intervalSec.enum, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.intervalSec, data: data87 };
                          vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
                        }
                      }
                      if (data84.enforceOnKey !== void 0) {
                        let data88 = data84.enforceOnKey;
                        if (typeof data88 != "string") {
                          let err263 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/enforceOnKey", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/enforceOnKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.enforceOnKey.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.enforceOnKey, data: data88 };
                          vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
                        }
                        if (!(data88 === "ALL" || data88 === "IP" || data88 === "XFF_IP")) {
                          let err264 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit/enforceOnKey", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/properties/enforceOnKey/enum", keyword: "enum", params: { allowedValues: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.enforceOnKey.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.enforceOnKey.enum, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.properties.enforceOnKey, data: data88 };
                          vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++;
                        }
                      }
                    } else {
                      let err265 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy/rateLimit", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.properties.rateLimit, data: data84 };
                      vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                    }
                  }
                } else {
                  let err266 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/securityPolicy", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/securityPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.securityPolicy, data: data82 };
                  vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++;
                }
              }
              if (data48.logging !== void 0) {
                let data89 = data48.logging, _errs264 = errors, valid39 = !1, _errs265 = errors;
                if (typeof data89 != "boolean") {
                  let err267 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[0].type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[0], data: data89 };
                  vErrors === null ? vErrors = [err267] : vErrors.push(err267), errors++;
                }
                var _valid8 = _errs265 === errors;
                if (valid39 = valid39 || _valid8, !valid39) {
                  let _errs267 = errors;
                  if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                    if (data89.sampleRate === void 0) {
                      let err268 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/required", keyword: "required", params: { missingProperty: "sampleRate" }, message: "must have required property 'sampleRate'", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].required, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1], data: data89 };
                      vErrors === null ? vErrors = [err268] : vErrors.push(err268), errors++;
                    }
                    for (let key23 in data89)
                      if (key23 !== "sampleRate") {
                        let err269 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1], data: data89 };
                        vErrors === null ? vErrors = [err269] : vErrors.push(err269), errors++;
                      }
                    if (data89.sampleRate !== void 0) {
                      let data90 = data89.sampleRate;
                      if (typeof data90 == "number" && isFinite(data90)) {
                        if (data90 > 1 || isNaN(data90)) {
                          let err270 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging/sampleRate", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/properties/sampleRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].properties.sampleRate, data: data90 };
                          vErrors === null ? vErrors = [err270] : vErrors.push(err270), errors++;
                        }
                        if (data90 < 0 || isNaN(data90)) {
                          let err271 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging/sampleRate", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/properties/sampleRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].properties.sampleRate, data: data90 };
                          vErrors === null ? vErrors = [err271] : vErrors.push(err271), errors++;
                        }
                      } else {
                        let err272 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging/sampleRate", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/properties/sampleRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].properties.sampleRate.type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].properties.sampleRate, data: data90 };
                        vErrors === null ? vErrors = [err272] : vErrors.push(err272), errors++;
                      }
                    }
                  } else {
                    let err273 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1].type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf[1], data: data89 };
                    vErrors === null ? vErrors = [err273] : vErrors.push(err273), errors++;
                  }
                  var _valid8 = _errs267 === errors;
                  valid39 = valid39 || _valid8;
                }
                if (valid39)
                  errors = _errs264, vErrors !== null && (_errs264 ? vErrors.length = _errs264 : vErrors = null);
                else {
                  let err274 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/logging", schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/properties/logging/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging.anyOf, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"].properties.logging, data: data89 };
                  vErrors === null ? vErrors = [err274] : vErrors.push(err274), errors++;
                }
              }
            } else {
              let err275 = { instancePath: instancePath + "/backends/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/backends/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.backends.patternProperties["^(.*)$"], data: data48 };
              vErrors === null ? vErrors = [err275] : vErrors.push(err275), errors++;
            }
          }
      } else {
        let err276 = { instancePath: instancePath + "/backends", schemaPath: "#/properties/backends/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backends.type, parentSchema: schema11.properties.backends, data: data47 };
        vErrors === null ? vErrors = [err276] : vErrors.push(err276), errors++;
      }
    }
    if (data.routing !== void 0) {
      let data91 = data.routing;
      if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
        if (data91.default === void 0) {
          let err277 = { instancePath: instancePath + "/routing", schemaPath: "#/properties/routing/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property 'default'", schema: schema11.properties.routing.required, parentSchema: schema11.properties.routing, data: data91 };
          vErrors === null ? vErrors = [err277] : vErrors.push(err277), errors++;
        }
        for (let key24 in data91)
          if (!(key24 === "default" || key24 === "hosts" || key24 === "paths")) {
            let err278 = { instancePath: instancePath + "/routing", schemaPath: "#/properties/routing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.routing, data: data91 };
            vErrors === null ? vErrors = [err278] : vErrors.push(err278), errors++;
          }
        if (data91.default !== void 0) {
          let data92 = data91.default;
          if (typeof data92 == "string") {
            if (func2(data92) < 1) {
              let err279 = { instancePath: instancePath + "/routing/default", schemaPath: "#/properties/routing/properties/default/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.default, data: data92 };
              vErrors === null ? vErrors = [err279] : vErrors.push(err279), errors++;
            }
          } else {
            let err280 = { instancePath: instancePath + "/routing/default", schemaPath: "#/properties/routing/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.default.type, parentSchema: schema11.properties.routing.properties.default, data: data92 };
            vErrors === null ? vErrors = [err280] : vErrors.push(err280), errors++;
          }
        }
        if (data91.hosts !== void 0) {
          let data93 = data91.hosts;
          if (Array.isArray(data93)) {
            let len4 = data93.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data94 = data93[i4];
              if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                if (data94.hosts === void 0) {
                  let err281 = { instancePath: instancePath + "/routing/hosts/" + i4, schemaPath: "#/properties/routing/properties/hosts/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'", schema: schema11.properties.routing.properties.hosts.items.required, parentSchema: schema11.properties.routing.properties.hosts.items, data: data94 };
                  vErrors === null ? vErrors = [err281] : vErrors.push(err281), errors++;
                }
                if (data94.backend === void 0) {
                  let err282 = { instancePath: instancePath + "/routing/hosts/" + i4, schemaPath: "#/properties/routing/properties/hosts/items/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'", schema: schema11.properties.routing.properties.hosts.items.required, parentSchema: schema11.properties.routing.properties.hosts.items, data: data94 };
                  vErrors === null ? vErrors = [err282] : vErrors.push(err282), errors++;
                }
                for (let key25 in data94)
                  if (!(key25 === "hosts" || key25 === "pathMatcher" || key25 === "backend" || key25 === "paths")) {
                    let err283 = { instancePath: instancePath + "/routing/hosts/" + i4, schemaPath: "#/properties/routing/properties/hosts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.routing.properties.hosts.items, data: data94 };
                    vErrors === null ? vErrors = [err283] : vErrors.push(err283), errors++;
                  }
                if (data94.hosts !== void 0) {
                  let data95 = data94.hosts;
                  if (Array.isArray(data95)) {
                    if (data95.length < 1) {
                      let err284 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/hosts", schemaPath: "#/properties/routing/properties/hosts/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.hosts, data: data95 };
                      vErrors === null ? vErrors = [err284] : vErrors.push(err284), errors++;
                    }
                    let len5 = data95.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data96 = data95[i5];
                      if (typeof data96 == "string") {
                        if (func2(data96) < 1) {
                          let err285 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/hosts/" + i5, schemaPath: "#/properties/routing/properties/hosts/items/properties/hosts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.hosts.items, data: data96 };
                          vErrors === null ? vErrors = [err285] : vErrors.push(err285), errors++;
                        }
                      } else {
                        let err286 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/hosts/" + i5, schemaPath: "#/properties/routing/properties/hosts/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.hosts.items.properties.hosts.items.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.hosts.items, data: data96 };
                        vErrors === null ? vErrors = [err286] : vErrors.push(err286), errors++;
                      }
                    }
                  } else {
                    let err287 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/hosts", schemaPath: "#/properties/routing/properties/hosts/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.hosts.items.properties.hosts.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.hosts, data: data95 };
                    vErrors === null ? vErrors = [err287] : vErrors.push(err287), errors++;
                  }
                }
                if (data94.pathMatcher !== void 0) {
                  let data97 = data94.pathMatcher;
                  if (typeof data97 == "string") {
                    if (func2(data97) > 63) {
                      let err288 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/pathMatcher", schemaPath: "#/properties/routing/properties/hosts/items/properties/pathMatcher/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.routing.properties.hosts.items.properties.pathMatcher, data: data97 };
                      vErrors === null ? vErrors = [err288] : vErrors.push(err288), errors++;
                    }
                    if (func2(data97) < 1) {
                      let err289 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/pathMatcher", schemaPath: "#/properties/routing/properties/hosts/items/properties/pathMatcher/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.pathMatcher, data: data97 };
                      vErrors === null ? vErrors = [err289] : vErrors.push(err289), errors++;
                    }
                    if (!pattern0.test(data97)) {
                      let err290 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/pathMatcher", schemaPath: "#/properties/routing/properties/hosts/items/properties/pathMatcher/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.routing.properties.hosts.items.properties.pathMatcher, data: data97 };
                      vErrors === null ? vErrors = [err290] : vErrors.push(err290), errors++;
                    }
                  } else {
                    let err291 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/pathMatcher", schemaPath: "#/properties/routing/properties/hosts/items/properties/pathMatcher/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.hosts.items.properties.pathMatcher.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.pathMatcher, data: data97 };
                    vErrors === null ? vErrors = [err291] : vErrors.push(err291), errors++;
                  }
                }
                if (data94.backend !== void 0) {
                  let data98 = data94.backend;
                  if (typeof data98 == "string") {
                    if (func2(data98) < 1) {
                      let err292 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/backend", schemaPath: "#/properties/routing/properties/hosts/items/properties/backend/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.backend, data: data98 };
                      vErrors === null ? vErrors = [err292] : vErrors.push(err292), errors++;
                    }
                  } else {
                    let err293 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/backend", schemaPath: "#/properties/routing/properties/hosts/items/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.hosts.items.properties.backend.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.backend, data: data98 };
                    vErrors === null ? vErrors = [err293] : vErrors.push(err293), errors++;
                  }
                }
                if (data94.paths !== void 0) {
                  let data99 = data94.paths;
                  if (Array.isArray(data99)) {
                    let len6 = data99.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data100 = data99[i6];
                      if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                        if (data100.paths === void 0) {
                          let err294 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.required, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items, data: data100 };
                          vErrors === null ? vErrors = [err294] : vErrors.push(err294), errors++;
                        }
                        if (data100.backend === void 0) {
                          let err295 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.required, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items, data: data100 };
                          vErrors === null ? vErrors = [err295] : vErrors.push(err295), errors++;
                        }
                        for (let key26 in data100)
                          if (!(key26 === "paths" || key26 === "backend")) {
                            let err296 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items, data: data100 };
                            vErrors === null ? vErrors = [err296] : vErrors.push(err296), errors++;
                          }
                        if (data100.paths !== void 0) {
                          let data101 = data100.paths;
                          if (Array.isArray(data101)) {
                            if (data101.length < 1) {
                              let err297 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/paths", schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths, data: data101 };
                              vErrors === null ? vErrors = [err297] : vErrors.push(err297), errors++;
                            }
                            let len7 = data101.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                              let data102 = data101[i7];
                              if (typeof data102 == "string") {
                                if (!pattern31.test(data102)) {
                                  let err298 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/paths/" + i7, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths.items, data: data102 };
                                  vErrors === null ? vErrors = [err298] : vErrors.push(err298), errors++;
                                }
                              } else {
                                let err299 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/paths/" + i7, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths.items.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths.items, data: data102 };
                                vErrors === null ? vErrors = [err299] : vErrors.push(err299), errors++;
                              }
                            }
                          } else {
                            let err300 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/paths", schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.paths, data: data101 };
                            vErrors === null ? vErrors = [err300] : vErrors.push(err300), errors++;
                          }
                        }
                        if (data100.backend !== void 0) {
                          let data103 = data100.backend;
                          if (typeof data103 == "string") {
                            if (func2(data103) < 1) {
                              let err301 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/backend", schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/backend/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.backend, data: data103 };
                              vErrors === null ? vErrors = [err301] : vErrors.push(err301), errors++;
                            }
                          } else {
                            let err302 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6 + "/backend", schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.backend.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items.properties.backend, data: data103 };
                            vErrors === null ? vErrors = [err302] : vErrors.push(err302), errors++;
                          }
                        }
                      } else {
                        let err303 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths/" + i6, schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.routing.properties.hosts.items.properties.paths.items.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths.items, data: data100 };
                        vErrors === null ? vErrors = [err303] : vErrors.push(err303), errors++;
                      }
                    }
                  } else {
                    let err304 = { instancePath: instancePath + "/routing/hosts/" + i4 + "/paths", schemaPath: "#/properties/routing/properties/hosts/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.hosts.items.properties.paths.type, parentSchema: schema11.properties.routing.properties.hosts.items.properties.paths, data: data99 };
                    vErrors === null ? vErrors = [err304] : vErrors.push(err304), errors++;
                  }
                }
              } else {
                let err305 = { instancePath: instancePath + "/routing/hosts/" + i4, schemaPath: "#/properties/routing/properties/hosts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.routing.properties.hosts.items.type, parentSchema: schema11.properties.routing.properties.hosts.items, data: data94 };
                vErrors === null ? vErrors = [err305] : vErrors.push(err305), errors++;
              }
            }
          } else {
            let err306 = { instancePath: instancePath + "/routing/hosts", schemaPath: "#/properties/routing/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.hosts.type, parentSchema: schema11.properties.routing.properties.hosts, data: data93 };
            vErrors === null ? vErrors = [err306] : vErrors.push(err306), errors++;
          }
        }
        if (data91.paths !== void 0) {
          let data104 = data91.paths;
          if (Array.isArray(data104)) {
            let len8 = data104.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data105 = data104[i8];
              if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                if (data105.paths === void 0) {
                  let err307 = { instancePath: instancePath + "/routing/paths/" + i8, schemaPath: "#/properties/routing/properties/paths/items/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'", schema: schema11.properties.routing.properties.paths.items.required, parentSchema: schema11.properties.routing.properties.paths.items, data: data105 };
                  vErrors === null ? vErrors = [err307] : vErrors.push(err307), errors++;
                }
                if (data105.backend === void 0) {
                  let err308 = { instancePath: instancePath + "/routing/paths/" + i8, schemaPath: "#/properties/routing/properties/paths/items/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'", schema: schema11.properties.routing.properties.paths.items.required, parentSchema: schema11.properties.routing.properties.paths.items, data: data105 };
                  vErrors === null ? vErrors = [err308] : vErrors.push(err308), errors++;
                }
                for (let key27 in data105)
                  if (!(key27 === "paths" || key27 === "backend")) {
                    let err309 = { instancePath: instancePath + "/routing/paths/" + i8, schemaPath: "#/properties/routing/properties/paths/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.routing.properties.paths.items, data: data105 };
                    vErrors === null ? vErrors = [err309] : vErrors.push(err309), errors++;
                  }
                if (data105.paths !== void 0) {
                  let data106 = data105.paths;
                  if (Array.isArray(data106)) {
                    if (data106.length < 1) {
                      let err310 = { instancePath: instancePath + "/routing/paths/" + i8 + "/paths", schemaPath: "#/properties/routing/properties/paths/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.routing.properties.paths.items.properties.paths, data: data106 };
                      vErrors === null ? vErrors = [err310] : vErrors.push(err310), errors++;
                    }
                    let len9 = data106.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data107 = data106[i9];
                      if (typeof data107 == "string") {
                        if (!pattern31.test(data107)) {
                          let err311 = { instancePath: instancePath + "/routing/paths/" + i8 + "/paths/" + i9, schemaPath: "#/properties/routing/properties/paths/items/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema11.properties.routing.properties.paths.items.properties.paths.items, data: data107 };
                          vErrors === null ? vErrors = [err311] : vErrors.push(err311), errors++;
                        }
                      } else {
                        let err312 = { instancePath: instancePath + "/routing/paths/" + i8 + "/paths/" + i9, schemaPath: "#/properties/routing/properties/paths/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.paths.items.properties.paths.items.type, parentSchema: schema11.properties.routing.properties.paths.items.properties.paths.items, data: data107 };
                        vErrors === null ? vErrors = [err312] : vErrors.push(err312), errors++;
                      }
                    }
                  } else {
                    let err313 = { instancePath: instancePath + "/routing/paths/" + i8 + "/paths", schemaPath: "#/properties/routing/properties/paths/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.paths.items.properties.paths.type, parentSchema: schema11.properties.routing.properties.paths.items.properties.paths, data: data106 };
                    vErrors === null ? vErrors = [err313] : vErrors.push(err313), errors++;
                  }
                }
                if (data105.backend !== void 0) {
                  let data108 = data105.backend;
                  if (typeof data108 == "string") {
                    if (func2(data108) < 1) {
                      let err314 = { instancePath: instancePath + "/routing/paths/" + i8 + "/backend", schemaPath: "#/properties/routing/properties/paths/items/properties/backend/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.routing.properties.paths.items.properties.backend, data: data108 };
                      vErrors === null ? vErrors = [err314] : vErrors.push(err314), errors++;
                    }
                  } else {
                    let err315 = { instancePath: instancePath + "/routing/paths/" + i8 + "/backend", schemaPath: "#/properties/routing/properties/paths/items/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.routing.properties.paths.items.properties.backend.type, parentSchema: schema11.properties.routing.properties.paths.items.properties.backend, data: data108 };
                    vErrors === null ? vErrors = [err315] : vErrors.push(err315), errors++;
                  }
                }
              } else {
                let err316 = { instancePath: instancePath + "/routing/paths/" + i8, schemaPath: "#/properties/routing/properties/paths/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.routing.properties.paths.items.type, parentSchema: schema11.properties.routing.properties.paths.items, data: data105 };
                vErrors === null ? vErrors = [err316] : vErrors.push(err316), errors++;
              }
            }
          } else {
            let err317 = { instancePath: instancePath + "/routing/paths", schemaPath: "#/properties/routing/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.routing.properties.paths.type, parentSchema: schema11.properties.routing.properties.paths, data: data104 };
            vErrors === null ? vErrors = [err317] : vErrors.push(err317), errors++;
          }
        }
      } else {
        let err318 = { instancePath: instancePath + "/routing", schemaPath: "#/properties/routing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.routing.type, parentSchema: schema11.properties.routing, data: data91 };
        vErrors === null ? vErrors = [err318] : vErrors.push(err318), errors++;
      }
    }
    if (data.tests !== void 0) {
      let data109 = data.tests;
      if (Array.isArray(data109)) {
        if (data109.length > 100) {
          let err319 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.tests, data: data109 };
          vErrors === null ? vErrors = [err319] : vErrors.push(err319), errors++;
        }
        let len10 = data109.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data110 = data109[i10];
          if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
            if (data110.url === void 0) {
              let err320 = { instancePath: instancePath + "/tests/" + i10, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.tests.items.required, parentSchema: schema11.properties.tests.items, data: data110 };
              vErrors === null ? vErrors = [err320] : vErrors.push(err320), errors++;
            }
            if (data110.backend === void 0) {
              let err321 = { instancePath: instancePath + "/tests/" + i10, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'", schema: schema11.properties.tests.items.required, parentSchema: schema11.properties.tests.items, data: data110 };
              vErrors === null ? vErrors = [err321] : vErrors.push(err321), errors++;
            }
            for (let key28 in data110)
              if (!(key28 === "url" || key28 === "backend")) {
                let err322 = { instancePath: instancePath + "/tests/" + i10, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.tests.items, data: data110 };
                vErrors === null ? vErrors = [err322] : vErrors.push(err322), errors++;
              }
            if (data110.url !== void 0) {
              let data111 = data110.url;
              if (typeof data111 == "string") {
                if (!pattern33.test(data111)) {
                  let err323 = { instancePath: instancePath + "/tests/" + i10 + "/url", schemaPath: "#/properties/tests/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^/?#\\s]+" }, message: 'must match pattern "^https?://[^/?#\\s]+"', schema: "^https?://[^/?#\\s]+", parentSchema: schema11.properties.tests.items.properties.url, data: data111 };
                  vErrors === null ? vErrors = [err323] : vErrors.push(err323), errors++;
                }
              } else {
                let err324 = { instancePath: instancePath + "/tests/" + i10 + "/url", schemaPath: "#/properties/tests/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tests.items.properties.url.type, parentSchema: schema11.properties.tests.items.properties.url, data: data111 };
                vErrors === null ? vErrors = [err324] : vErrors.push(err324), errors++;
              }
            }
            if (data110.backend !== void 0) {
              let data112 = data110.backend;
              if (typeof data112 == "string") {
                if (func2(data112) < 1) {
                  let err325 = { instancePath: instancePath + "/tests/" + i10 + "/backend", schemaPath: "#/properties/tests/items/properties/backend/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tests.items.properties.backend, data: data112 };
                  vErrors === null ? vErrors = [err325] : vErrors.push(err325), errors++;
                }
              } else {
                let err326 = { instancePath: instancePath + "/tests/" + i10 + "/backend", schemaPath: "#/properties/tests/items/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tests.items.properties.backend.type, parentSchema: schema11.properties.tests.items.properties.backend, data: data112 };
                vErrors === null ? vErrors = [err326] : vErrors.push(err326), errors++;
              }
            }
          } else {
            let err327 = { instancePath: instancePath + "/tests/" + i10, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tests.items.type, parentSchema: schema11.properties.tests.items, data: data110 };
            vErrors === null ? vErrors = [err327] : vErrors.push(err327), errors++;
          }
        }
      } else {
        let err328 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tests.type, parentSchema: schema11.properties.tests, data: data109 };
        vErrors === null ? vErrors = [err328] : vErrors.push(err328), errors++;
      }
    }
  } else {
    let err329 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err329] : vErrors.push(err329), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
__name(validate10, "validate10");
var keyPlaces = { apiVersion: ["(top level)"], kind: ["(top level)"], metadata: ["(top level)"], name: ["metadata", "frontend.https.certificates[]", "backends.<name>", "backends.<name>.serverless[]", "backends.<name>.securityPolicy.rateLimit"], project: ["metadata"], description: ["metadata", "backends.<name>"], labels: ["metadata"], names: ["metadata"], urlMap: ["metadata.names"], redirectUrlMap: ["metadata.names"], httpProxy: ["metadata.names"], httpsProxy: ["metadata.names"], httpForwardingRule: ["metadata.names"], httpsForwardingRule: ["metadata.names"], httpForwardingRuleIpv6: ["metadata.names"], httpsForwardingRuleIpv6: ["metadata.names"], adopt: ["metadata"], frontend: ["(top level)"], address: ["frontend"], reserve: ["frontend.address", "frontend.ipv6"], existing: ["frontend.address", "frontend.ipv6", "frontend.https.certificates[]", "backends.<name>.securityPolicy"], ip: ["frontend.address", "frontend.ipv6"], ephemeral: ["frontend.address", "frontend.ipv6"], ipv6: ["frontend"], http: ["frontend"], https: ["frontend"], certificates: ["frontend.https"], managed: ["frontend.https.certificates[]"], selfManaged: ["frontend.https.certificates[]"], certificate: ["frontend.https.certificates[].selfManaged"], privateKey: ["frontend.https.certificates[].selfManaged"], env: ["frontend.https.certificates[].selfManaged.privateKey", "backends.<name>.iap.oauth2ClientSecret"], file: ["frontend.https.certificates[].selfManaged.privateKey", "backends.<name>.iap.oauth2ClientSecret"], namePrefix: ["frontend.https.certificates[]"], redirectHttp: ["frontend.https"], quicOverride: ["frontend.https"], sslPolicy: ["frontend.https"], backends: ["(top level)"], serverless: ["backends.<name>"], region: ["backends.<name>.serverless[]"], cloudRun: ["backends.<name>.serverless[]"], service: ["backends.<name>.serverless[].cloudRun", "backends.<name>.serverless[].appEngine"], tag: ["backends.<name>.serverless[].cloudRun"], urlMask: ["backends.<name>.serverless[].cloudRun", "backends.<name>.serverless[].cloudFunctions", "backends.<name>.serverless[].appEngine", "backends.<name>.serverless[].apiGateway"], cloudFunctions: ["backends.<name>.serverless[]"], function: ["backends.<name>.serverless[].cloudFunctions"], appEngine: ["backends.<name>.serverless[]"], version: ["backends.<name>.serverless[].appEngine"], apiGateway: ["backends.<name>.serverless[]"], gateway: ["backends.<name>.serverless[].apiGateway"], cdn: ["backends.<name>"], cacheMode: ["backends.<name>.cdn"], defaultTtl: ["backends.<name>.cdn"], maxTtl: ["backends.<name>.cdn"], clientTtl: ["backends.<name>.cdn"], negativeCaching: ["backends.<name>.cdn"], serveWhileStale: ["backends.<name>.cdn"], requestCoalescing: ["backends.<name>.cdn"], iap: ["backends.<name>"], oauth2ClientId: ["backends.<name>.iap"], oauth2ClientSecret: ["backends.<name>.iap"], securityPolicy: ["backends.<name>"], rateLimit: ["backends.<name>.securityPolicy"], requestCount: ["backends.<name>.securityPolicy.rateLimit"], intervalSec: ["backends.<name>.securityPolicy.rateLimit"], enforceOnKey: ["backends.<name>.securityPolicy.rateLimit"], logging: ["backends.<name>"], sampleRate: ["backends.<name>.logging"], routing: ["(top level)"], default: ["routing"], hosts: ["routing", "routing.hosts[]"], pathMatcher: ["routing.hosts[]"], backend: ["routing.hosts[]", "routing.hosts[].paths[]", "routing.paths[]", "tests[]"], paths: ["routing.hosts[]", "routing.hosts[].paths[]", "routing", "routing.paths[]"], tests: ["(top level)"], url: ["tests[]"] };

// src/manifest/key-index.ts
var KEY_ALIASES = {
  enableCdn: "cdn",
  enableCDN: "cdn",
  cdnPolicy: "cdn",
  logConfig: "logging",
  enableLogging: "logging",
  iapConfig: "iap",
  securityPolicyName: "securityPolicy",
  negs: "serverless",
  networkEndpointGroups: "serverless",
  sslCertificates: "certificates",
  sslPolicyName: "sslPolicy",
  httpsRedirect: "redirectHttp",
  hostRules: "hosts",
  pathRules: "paths",
  defaultService: "default",
  ipAddress: "address",
  IPAddress: "address"
};
function placesOf(key) {
  return Object.hasOwn(keyPlaces, key) ? [...keyPlaces[key]] : [];
}
__name(placesOf, "placesOf");

// src/manifest/schema-check.ts
function unknownKeyMessage(key, path, known) {
  let here = formatPlace(path), places = placesOf(key).filter((p) => p !== here);
  if (places.length > 0) return `"${key}" does not belong here: it belongs under ${places.map((p) => p === "(top level)" ? "the top level" : p).join(" or ")}`;
  let alias = KEY_ALIASES[key];
  if (alias && known.includes(alias)) return `unknown key "${key}": lb-plan calls it "${alias}"`;
  let typo = hint(key, known);
  return typo ? `unknown key "${key}"${typo}` : `unknown key "${key}" (allowed here: ${known.join(", ")})`;
}
__name(unknownKeyMessage, "unknownKeyMessage");
function formatPlace(path) {
  return path.reduce((acc, seg, i) => {
    if (typeof seg == "number") return `${acc}[]`;
    let name = i === 1 && path[0] === "backends" ? "<name>" : seg;
    return acc ? `${acc}.${name}` : name;
  }, "");
}
__name(formatPlace, "formatPlace");
var SERVERLESS_FORBIDDEN = {
  healthChecks: 'a backend service with serverless NEG backends cannot have health checks (GCP: "A backend service cannot have a healthcheck with Serverless network endpoint group backends")',
  healthCheck: 'a backend service with serverless NEG backends cannot have health checks (GCP: "A backend service cannot have a healthcheck with Serverless network endpoint group backends")',
  timeoutSec: 'GCP rejects timeoutSec for serverless NEG backends ("Timeout sec is not supported for a backend service with Serverless network endpoint groups"); the timeout is fixed at 60 minutes',
  timeout: 'GCP rejects timeoutSec for serverless NEG backends ("Timeout sec is not supported for a backend service with Serverless network endpoint groups"); the timeout is fixed at 60 minutes',
  portName: 'GCP rejects portName for serverless NEG backends ("Port name is not supported for a backend service with Serverless network endpoint groups")',
  port: "serverless NEGs have no ports; GCP rejects portName for serverless NEG backends",
  balancingMode: 'GCP rejects a balancing mode for serverless NEGs ("Balancing mode is not supported for Serverless network endpoint groups")',
  capacityScaler: "capacityScaler is not available with serverless NEGs (they take no balancing mode)",
  maxRatePerEndpoint: "rate limits per endpoint need a balancing mode, which serverless NEGs do not take",
  sessionAffinity: "session affinity is not supported with serverless NEG backends",
  affinityCookieTtlSec: "session affinity is not supported with serverless NEG backends",
  localityLbPolicy: "locality load-balancing policies are not supported with serverless NEG backends",
  outlierDetection: 'outlier detection is not supported on a classic load balancer ("Outlier detection is not supported.")',
  connectionDraining: "connection draining does not apply to serverless NEG backends",
  protocol: "the protocol of a backend service with serverless NEGs is ignored by GCP; lb-plan sets it"
};
function toPath(instancePath) {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
__name(toPath, "toPath");
function jsonType(v) {
  return v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
}
__name(jsonType, "jsonType");
var TYPE_WORDS = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
  null: "empty"
};
function typeWord(t) {
  return (Array.isArray(t) ? t : [String(t)]).map((x) => TYPE_WORDS[x] ?? x).join(" or ");
}
__name(typeWord, "typeWord");
function describeValue(v) {
  return typeof v == "string" ? JSON.stringify(v) : v == null ? "nothing" : Array.isArray(v) ? "a list" : typeof v == "object" ? "a mapping" : String(v);
}
__name(describeValue, "describeValue");
var SECRET_FIELDS = /* @__PURE__ */ new Set(["oauth2ClientSecret", "privateKey"]);
function checkSchema(data, validate2 = validate) {
  if (validate2(data)) return [];
  let errors = [...validate2.errors ?? []], drop = /* @__PURE__ */ new Set();
  for (let u of errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf")) {
    let branches = u.parentSchema[u.keyword === "anyOf" ? "anyOf" : "oneOf"] ?? [], keep = u.keyword === "anyOf" ? branches.findIndex((b) => "type" in b && typeMatches(String(b.type), u.data)) : -1;
    for (let e of errors)
      e === u || !e.schemaPath.startsWith(u.schemaPath + "/") || keep >= 0 && e.schemaPath.startsWith(`${u.schemaPath}/${keep}/`) || drop.add(e);
    keep >= 0 && drop.add(u);
  }
  let findings = [];
  for (let e of errors)
    drop.has(e) || findings.push(...translate(e));
  let seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    let k = JSON.stringify([f.path, f.message]);
    return seen.has(k) ? !1 : (seen.add(k), !0);
  });
}
__name(checkSchema, "checkSchema");
function translate(e) {
  let path = toPath(e.instancePath), parent = e.parentSchema ?? {}, custom = parent["x-message"], last = path[path.length - 1];
  switch (e.keyword) {
    case "additionalProperties": {
      let key = String(e.params.additionalProperty), known = Object.keys(parent.properties ?? {}), reason = path.length === 2 && path[0] === "backends" || path.includes("serverless") ? SERVERLESS_FORBIDDEN[key] : void 0, message = reason ? `"${key}" is not allowed: ${reason}` : unknownKeyMessage(key, path, known);
      return [{ path: [...path, key], message, atKey: !0, unknownKey: !0 }];
    }
    case "required": {
      let key = String(e.params.missingProperty);
      return [{ path, message: `missing required key "${key}"`, atKey: path.length > 0 }];
    }
    case "type":
      return typeof last == "string" && SECRET_FIELDS.has(last) && typeof e.data == "string" ? [{ path, message: `secrets are never written in the manifest: give "${last}" as { env: VARIABLE } or { file: PATH }`, atKey: !1 }] : [{ path, message: `must be ${typeWord(e.params.type)}, not ${describeValue(e.data)}`, atKey: !1 }];
    case "enum": {
      let allowed = e.params.allowedValues;
      return [{ path, message: `${describeValue(e.data)} is not allowed: use one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}${hint(String(e.data), allowed.map(String))}`, atKey: !1 }];
    }
    case "const": {
      let allowed = e.params.allowedValue;
      return [{ path, message: `must be ${JSON.stringify(allowed)}, not ${describeValue(e.data)}`, atKey: !1 }];
    }
    case "pattern":
      return [{ path, message: `${describeValue(e.data)} ${custom ?? `must match ${e.params.pattern}`}`, atKey: !1 }];
    case "minLength":
      return [{ path, message: custom ? `${describeValue(e.data)} ${custom}` : "must not be empty", atKey: !1 }];
    case "maxLength": {
      let limit = e.params.limit;
      return [{ path, message: `${describeValue(e.data)} is ${String(e.data).length} characters long: the limit is ${limit}`, atKey: !1 }];
    }
    case "minItems":
    case "maxItems": {
      let n = e.data.length, limit = e.params.limit;
      return [{ path, message: custom ? `${custom} (found ${n})` : e.keyword === "minItems" ? `must have at least ${limit} item${limit === 1 ? "" : "s"}` : `must have at most ${limit} items (found ${n})`, atKey: !1 }];
    }
    case "minimum":
    case "maximum":
      return [{ path, message: custom ? `${describeValue(e.data)}: ${custom}` : `${describeValue(e.data)} is too ${e.keyword === "minimum" ? "small" : "large"}: the ${e.keyword} is ${e.params.limit}`, atKey: !1 }];
    case "minProperties":
      return [{ path, message: "must not be empty", atKey: !1 }];
    case "oneOf": {
      let keys = (parent.oneOf ?? []).flatMap((b) => b.required ?? []);
      if (jsonType(e.data) !== "object") return [];
      let data = e.data, present = keys.filter((k) => k in data), list = keys.map((k) => `"${k}"`).join(", ");
      return present.length === 0 ? [{ path, message: `needs one of ${list}`, atKey: path.length > 0 }] : [{ path: [...path, present[1]], message: `takes only one of ${list}: found both "${present[0]}" and "${present[1]}"`, atKey: !0 }];
    }
    case "anyOf": {
      let types = (parent.anyOf ?? []).map((b) => b.type).filter((t) => !!t);
      return [{ path, message: `must be ${typeWord(types)}, not ${describeValue(e.data)}`, atKey: !1 }];
    }
    default:
      return [{ path, message: e.message ?? "is not valid", atKey: !1 }];
  }
}
__name(translate, "translate");
function typeMatches(schemaType, value) {
  let t = jsonType(value);
  return schemaType === t || schemaType === "number" && t === "integer";
}
__name(typeMatches, "typeMatches");

// lazy-yaml:yaml
var loaded, yaml = /* @__PURE__ */ __name(() => loaded ??= require("./yaml.cjs"), "yaml");
function isAlias(...a) {
  return yaml().isAlias(...a);
}
__name(isAlias, "isAlias");
function isMap(...a) {
  return yaml().isMap(...a);
}
__name(isMap, "isMap");
function isPair(...a) {
  return yaml().isPair(...a);
}
__name(isPair, "isPair");
function isScalar(...a) {
  return yaml().isScalar(...a);
}
__name(isScalar, "isScalar");
function isSeq(...a) {
  return yaml().isSeq(...a);
}
__name(isSeq, "isSeq");
function LineCounter(...a) {
  return new (yaml()).LineCounter(...a);
}
__name(LineCounter, "LineCounter");
function parseAllDocuments(...a) {
  return yaml().parseAllDocuments(...a);
}
__name(parseAllDocuments, "parseAllDocuments");
function visit(...a) {
  return yaml().visit(...a);
}
__name(visit, "visit");
for (let k of ["BREAK", "SKIP", "REMOVE"]) Object.defineProperty(visit, k, { get: /* @__PURE__ */ __name(() => yaml().visit[k], "get") });

// src/manifest/fast-yaml.ts
var GiveUp = class extends Error {
  static {
    __name(this, "GiveUp");
  }
}, giveUp = /* @__PURE__ */ __name(() => {
  throw new GiveUp();
}, "giveUp"), MAX_DEPTH = 64;
function fastYaml(text) {
  if (!/[\t\r\uFEFF]/.test(text))
    try {
      let lines = [];
      for (let raw of text.split(`
`)) {
        let body = raw.trimStart(), content = stripComment(body);
        if (content !== "") {
          if (/^(---|\.\.\.)(\s|$)/.test(content) || content.startsWith("%")) return;
          lines.push({ indent: raw.length - body.length, text: content });
        }
      }
      if (lines.length === 0 || lines[0].indent !== 0) return;
      let reader = new Reader(lines), data = reader.block(0);
      return reader.at < lines.length ? void 0 : data;
    } catch (e) {
      if (e instanceof GiveUp) return;
      throw e;
    }
}
__name(fastYaml, "fastYaml");
function stripComment(text) {
  if (!text.includes("#")) return text.trimEnd();
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (quote)
      c === "\\" && quote === '"' ? i++ : c === quote && (quote = "");
    else {
      if (c === "#" && (i === 0 || text[i - 1] === " ")) return text.slice(0, i).trimEnd();
      (c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1])) && (quote = c);
    }
  }
  return text.trimEnd();
}
__name(stripComment, "stripComment");
function keyEnd(text) {
  if (text[0] === '"' || text[0] === "'") {
    let close = quotedEnd(text, 0);
    return text[close] === ":" && (close + 1 === text.length || text[close + 1] === " ") ? close : -1;
  }
  return text.search(KEY_END);
}
__name(keyEnd, "keyEnd");
var KEY_END = /:(?: |$)/;
function quotedEnd(text, start) {
  let q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    let c = text[i];
    if (q === '"' && c === "\\") i++;
    else if (c === q)
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
  }
  return giveUp();
}
__name(quotedEnd, "quotedEnd");
var Reader = class {
  constructor(lines) {
    this.lines = lines;
  }
  static {
    __name(this, "Reader");
  }
  at = 0;
  /** The block (mapping or sequence) whose lines are indented by `indent`. */
  depth = 0;
  block(indent) {
    let line = this.lines[this.at];
    (line.indent !== indent || ++this.depth > MAX_DEPTH) && giveUp();
    let value = isItem(line.text) ? this.sequence(indent) : this.mapping(indent);
    return this.depth--, value;
  }
  mapping(indent) {
    let out = {};
    for (; this.at < this.lines.length; ) {
      let line = this.lines[this.at];
      if (line.indent < indent) break;
      (line.indent > indent || isItem(line.text)) && giveUp();
      let end = keyEnd(line.text);
      end <= 0 && giveUp();
      let key = keyOf(line.text.slice(0, end));
      Object.hasOwn(out, key) && giveUp();
      let rest = line.text.slice(end + 1).trimStart();
      this.at++, out[key] = rest === "" ? this.nested(indent, !0) : this.inline(rest);
    }
    return out;
  }
  sequence(indent) {
    let out = [];
    for (; this.at < this.lines.length; ) {
      let line = this.lines[this.at];
      if (line.indent < indent) break;
      (line.indent > indent || !isItem(line.text)) && giveUp();
      let rest = line.text.slice(1).trimStart();
      if (rest === "")
        this.at++, out.push(this.nested(indent, !1));
      else if (isItem(rest) || rest[0] !== "{" && rest[0] !== "[" && keyEnd(rest) > 0) {
        let column = line.indent + (line.text.length - rest.length);
        this.lines[this.at] = { indent: column, text: rest }, out.push(this.block(column));
      } else
        this.at++, out.push(this.inline(rest));
    }
    return out;
  }
  /** The value after `key:` or `-` with nothing on the line: a more indented block, a sequence at the key's indent, or null. */
  nested(indent, inMapping) {
    let next = this.lines[this.at];
    return !next || next.indent < indent ? null : next.indent > indent ? this.block(next.indent) : inMapping && isItem(next.text) ? this.sequence(indent) : null;
  }
  /** A value written on its line: a scalar or a flow collection, which must end the line. */
  inline(text) {
    let next = this.lines[this.at];
    if (next && next.indent > (this.lines[this.at - 1]?.indent ?? 0) && giveUp(), text[0] === "[" || text[0] === "{") {
      let flow = new Flow(text), value = flow.value();
      return flow.space(), flow.i !== text.length && giveUp(), value;
    }
    return text[0] === '"' || text[0] === "'" ? (quotedEnd(text, 0) !== text.length && giveUp(), unquote(text)) : ((/^[|>&*!%@`,\]}#?:]/.test(text) || isItem(text) || /: | #/.test(text) || text.endsWith(":")) && giveUp(), plain(text));
  }
};
function isItem(text) {
  return text[0] === "-" && (text.length === 1 || text[1] === " ");
}
__name(isItem, "isItem");
function keyOf(text) {
  let key = text[0] === '"' || text[0] === "'" ? unquote(text) : plain(text.trimEnd());
  return (typeof key != "string" || key === "__proto__" || text[0] !== '"' && text[0] !== "'" && /^[[{&*!|>%@`?,\]}-]/.test(text)) && giveUp(), key;
}
__name(keyOf, "keyOf");
function unquote(text) {
  if (text[0] === "'") return text.slice(1, -1).replaceAll("''", "'");
  let inner = text.slice(1, -1);
  if (/[\u0000-\u001f\u007f]/.test(inner) && giveUp(), !inner.includes("\\")) return inner;
  /\\[^"\\/bfnrtu]|\\u(?![0-9a-fA-F]{4})/.test(inner) && giveUp();
  try {
    return JSON.parse(`"${inner}"`);
  } catch {
    return giveUp();
  }
}
__name(unquote, "unquote");
var CORE_NUMBERS = [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/];
function plain(text) {
  switch (text) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return !0;
    case "false":
    case "False":
    case "FALSE":
      return !1;
  }
  if (/^[-+.0-9]/.test(text)) {
    if (/^-?[0-9]{1,15}$/.test(text) || /^-?[0-9]{1,15}\.[0-9]{1,15}$/.test(text)) return Number(text);
    CORE_NUMBERS.some((re) => re.test(text)) && giveUp();
  }
  return text;
}
__name(plain, "plain");
var PLAIN_END = /[,[\]{}]|:(?=[ ,[\]{}]|$)| #/g, Flow = class {
  constructor(text) {
    this.text = text;
  }
  static {
    __name(this, "Flow");
  }
  i = 0;
  space() {
    for (; this.text[this.i] === " "; ) this.i++;
  }
  depth = 0;
  value() {
    this.space();
    let c = this.text[this.i];
    if (c !== "{" && c !== "[") return this.scalar();
    ++this.depth > MAX_DEPTH && giveUp();
    let value = c === "{" ? this.mapping() : this.sequence();
    return this.depth--, value;
  }
  scalar() {
    let start = this.i, c = this.text[start];
    if (c === '"' || c === "'")
      return this.i = quotedEnd(this.text, start), unquote(this.text.slice(start, this.i));
    (c === void 0 || /[|>&*!%@`,[\]{}#?:-]/.test(c)) && (c === "-" && /[0-9a-zA-Z]/.test(this.text[start + 1] ?? "") || giveUp()), PLAIN_END.lastIndex = start;
    let end = PLAIN_END.exec(this.text);
    return end?.[0] === " #" && giveUp(), this.i = end ? end.index : this.text.length, plain(this.text.slice(start, this.i).trimEnd());
  }
  mapping() {
    let out = {};
    if (this.i++, this.space(), this.text[this.i] === "}")
      return this.i++, out;
    for (; ; ) {
      this.space();
      let c = this.text[this.i];
      (c === "{" || c === "[") && giveUp();
      let start = this.i, key = this.scalar();
      (typeof key != "string" || key === "__proto__" || Object.hasOwn(out, key)) && giveUp(), this.text[start] !== '"' && this.text[start] !== "'" && /^[-]/.test(this.text[start]) && giveUp(), this.space(), this.text[this.i] !== ":" && giveUp(), this.i++, this.space();
      let next = this.text[this.i];
      if (out[key] = next === "," || next === "}" ? null : this.value(), this.space(), this.text[this.i] === ",")
        this.i++, this.space(), this.text[this.i] === "}" && giveUp();
      else {
        if (this.text[this.i] === "}")
          return this.i++, out;
        giveUp();
      }
    }
  }
  sequence() {
    let out = [];
    if (this.i++, this.space(), this.text[this.i] === "]")
      return this.i++, out;
    for (; ; )
      if (out.push(this.value()), this.space(), this.text[this.i] === ",")
        this.i++, this.space(), this.text[this.i] === "]" && giveUp();
      else {
        if (this.text[this.i] === "]")
          return this.i++, out;
        giveUp();
      }
  }
};

// src/manifest/yaml.ts
function explainIndentation(text, errors, lines) {
  let multiline = errors.filter((e) => e.code === "MULTILINE_IMPLICIT_KEY"), out = [];
  for (let e of errors) {
    let start = lines.linePos(e.pos[0]);
    if (!(e.code === "BLOCK_AS_IMPLICIT_KEY" && multiline.some((m) => m.pos[0] === e.pos[0]))) {
      if (e.code === "MULTILINE_IMPLICIT_KEY") {
        let wrong = lines.linePos(Math.max(e.pos[0], e.pos[1] - 1)), lineText = (text.split(`
`)[wrong.line - 1] ?? "").replace(/\r$/, ""), above = (text.split(`
`)[start.line - 1] ?? "").trim().split(":")[0], column = lineText.length - lineText.trimStart().length + 1;
        out.push({ line: wrong.line, column, message: `wrong indentation: this line is indented differently from "${above.slice(0, 40)}:" on line ${start.line}, so YAML reads both as one key; align it with the keys it belongs with` });
        continue;
      }
      out.push({ line: start.line, column: start.col, message: cleanYamlMessage(e.message) });
    }
  }
  return out;
}
__name(explainIndentation, "explainIndentation");
function parseYaml(text) {
  let data = fastYaml(text);
  if (data === void 0) return parseYamlFully(text);
  let full, fully = /* @__PURE__ */ __name(() => full ??= parseYamlFully(text), "fully");
  return {
    data,
    syntaxErrors: [],
    get doc() {
      return fully().doc;
    },
    get lineCounter() {
      return fully().lineCounter;
    }
  };
}
__name(parseYaml, "parseYaml");
function parseYamlFully(text) {
  let lineCounter = new LineCounter(), docs = parseAllDocuments(text, { lineCounter, prettyErrors: !1, uniqueKeys: !1, strict: !0, logLevel: "error" }), syntaxErrors = [], empty = /* @__PURE__ */ __name((d) => d.errors.length === 0 && (d.contents === null || isScalar(d.contents) && d.contents.value === null), "empty"), list = (Array.isArray(docs) ? docs : []).filter((d, i) => i === 0 || !empty(d));
  for (let doc2 of list) {
    syntaxErrors.push(...explainIndentation(text, doc2.errors, lineCounter));
    for (let w of doc2.warnings) if (w.code === "TAG_RESOLVE_FAILED") {
      let pos = lineCounter.linePos(w.pos[0]), tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? "tag";
      syntaxErrors.push({ line: pos.line, column: pos.col, message: `unknown YAML tag ${tag}: a manifest uses no tags (write the plain value)` });
    }
  }
  if (list.length > 1) {
    let start = list[1].contents?.range?.[0] ?? 0, pos = lineCounter.linePos(start);
    syntaxErrors.push({ line: pos.line, column: pos.col, message: "a manifest holds one load balancer: found a second YAML document (split it into its own file)" });
  }
  let doc = list[0], aliases = doc && syntaxErrors.length === 0 ? checkNodes(doc, lineCounter, syntaxErrors) : void 0;
  if (syntaxErrors.length > 0 || !doc) return { doc, lineCounter, data: void 0, syntaxErrors };
  try {
    return { doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), syntaxErrors };
  } catch (e) {
    let pos = lineCounter.linePos(aliases?.unresolved ?? aliases?.first ?? 0);
    return { doc, lineCounter, data: void 0, syntaxErrors: [{ line: pos.line, column: pos.col, message: cleanYamlMessage(e.message) }] };
  }
}
__name(parseYamlFully, "parseYamlFully");
var MAX_ALIASES = 1e3;
function checkNodes(doc, lineCounter, errors) {
  let at = /* @__PURE__ */ __name((node) => {
    let pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  }, "at"), anchors = /* @__PURE__ */ new Map(), found = {}, count = 0;
  return visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      if (found.first ??= node.range?.[0], ++count > MAX_ALIASES)
        return errors.push({ ...at(node), message: `more than ${MAX_ALIASES.toLocaleString("en-US")} aliases: a manifest needs few; write the values out` }), visit.BREAK;
      let target = anchors.get(node.source);
      target === void 0 ? found.unresolved ??= node.range?.[0] : path.includes(target) && errors.push({ ...at(node), message: `the alias *${node.source} is inside the value it refers to (&${node.source}), which makes that value endless: write the value out` });
      return;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor && anchors.set(node.anchor, node), !isMap(node)) return;
    let seen = /* @__PURE__ */ new Set();
    for (let pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) {
        errors.push({ ...at(pair.key), message: "a key must be a plain name, not a mapping or a list" });
        continue;
      }
      let name = String(pair.key?.value ?? "");
      seen.has(name) && errors.push({ ...at(pair.key), message: "Map keys must be unique" }), seen.add(name);
    }
  }), found;
}
__name(checkNodes, "checkNodes");
function cleanYamlMessage(message) {
  return message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}
__name(cleanYamlMessage, "cleanYamlMessage");
var pairIndex = /* @__PURE__ */ new WeakMap();
function pairsOf(map) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let p of map.items) isPair(p) && isScalar(p.key) && !index.has(String(p.key.value)) && index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}
__name(pairsOf, "pairsOf");
function locate(parsed, path, key = !1) {
  let node = parsed.doc?.contents, offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i], last = i === path.length - 1;
    if (isMap(node)) {
      let pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      let keyNode = pair.key;
      if (last && key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      let value = pair.value;
      offset = value?.range?.[0] ?? keyNode.range?.[0] ?? offset, node = value;
    } else if (isSeq(node) && typeof seg == "number") {
      let item = node.items[seg];
      if (!item) break;
      offset = item.range?.[0] ?? offset, node = item;
    } else break;
  }
  let pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
__name(locate, "locate");

// src/manifest/load.ts
var MANY_HASHES_CHARS = 32 * 1024;
function loadManifest(file, options = {}) {
  let dir = (0, import_node_path2.dirname)((0, import_node_path2.resolve)(file)), read = options.text !== void 0 ? { ok: !0, text: options.text } : linkEscape(file) ?? readRegularFile(file, MANIFEST_MAX_BYTES);
  if (!read.ok) return failed(file, dir, [{ severity: "error", file, line: 1, column: 1, path: [], message: `cannot read manifest: ${read.reason}` }]);
  let text = read.text;
  text.length >= MANY_HASHES_CHARS && expectManyHashes();
  let parsed = parseYaml(text), at = /* @__PURE__ */ __name((path, key = !1) => locate(parsed, path, key), "at"), long, values = /* @__PURE__ */ __name(() => long ??= [...stringsOf(parsed.data)].filter((v) => Array.from(v).length > EXCERPT_CHARS), "values"), diag = /* @__PURE__ */ __name((f) => ({
    severity: f.severity ?? "error",
    file,
    ...at(f.path, f.atKey ?? !1),
    path: f.path,
    message: excerptValues(f.message, values())
  }), "diag");
  if (parsed.syntaxErrors.length > 0)
    return failed(
      file,
      dir,
      parsed.syntaxErrors.map((e) => ({ severity: "error", file, line: e.line, column: e.column, path: [], message: excerpt(`YAML: ${e.message}`, 300) }))
    );
  if (parsed.data === null || parsed.data === void 0)
    return failed(file, dir, [{ severity: "error", file, line: 1, column: 1, path: [], message: "the manifest is empty" }]);
  let schemaFindings = checkSchema(parsed.data), shown = schemaFindings.slice(0, MAX_SCHEMA_FINDINGS), diagnostics = shown.map(diag);
  schemaFindings.length > shown.length && diagnostics.push({ severity: "error", file, line: 1, column: 1, path: [], message: `\u2026and ${schemaFindings.length - shown.length} more errors like these, not shown` });
  let broken = schemaFindings.filter((f) => !f.unknownKey).map((f) => formatPath(f.path)), sound = /* @__PURE__ */ __name((path) => {
    if (broken.length === 0) return !0;
    let p = formatPath(path), within = /* @__PURE__ */ __name((inner, outer) => inner === outer || inner.startsWith(outer + ".") || inner.startsWith(outer + "["), "within");
    return !broken.some((b) => b === "(root)" || p === "(root)" || within(b, p) || within(p, b));
  }, "sound"), data = parsed.data, topSound = typeof data == "object" && !Array.isArray(data) && !schemaFindings.some((f) => f.path.length === 0 && !f.unknownKey), { files, problems } = readNamedFiles(topSound ? data : void 0, dir, [...namedFileRoots(dir), ...options.roots ?? []]), compiled;
  topSound && (diagnostics.push(...checkRules(data, { files, sound }).map((f) => diag(explainUnreadable(f, problems)))), schemaFindings.length === 0 && (compiled = compile(data, { files: new Map([...files].filter((e) => e[1] !== null)), secrets: /* @__PURE__ */ new Map() }), diagnostics.push(...checkDerivedNames(compiled).map((f) => ({ ...diag(f), message: f.message })))));
  let sorted = sortDiagnostics(diagnostics), texts = new Map([...files].filter((e) => e[1] !== null && !secretPaths(data).has(e[0]))), digest = sha256Hex(JSON.stringify([text, [...texts].sort(([a], [b]) => a.localeCompare(b))])), ok = !hasErrors(sorted);
  return { file, dir, manifest: ok ? data : void 0, diagnostics: sorted, files: texts, digest, locate: /* @__PURE__ */ __name((p) => at(p), "locate"), text, ...ok && compiled ? { compiled } : {} };
}
__name(loadManifest, "loadManifest");
function linkEscape(file) {
  let workspace = workspaceDir();
  if (!isInside((0, import_node_path2.resolve)(file), workspace)) return;
  let within = resolveWithin(file, [workspace], "the workspace");
  return within.ok || within.reason !== "it resolves outside the workspace" ? void 0 : { ok: !1, reason: "it is a link that resolves outside the workspace (refused unread)" };
}
__name(linkEscape, "linkEscape");
var MAX_SCHEMA_FINDINGS = 5e3;
function stringsOf(data, out = /* @__PURE__ */ new Set()) {
  if (typeof data == "string") out.add(data);
  else if (Array.isArray(data)) for (let v of data) stringsOf(v, out);
  else if (data && typeof data == "object")
    for (let [k, v] of Object.entries(data))
      out.add(k), stringsOf(v, out);
  return out;
}
__name(stringsOf, "stringsOf");
function failed(file, dir, diagnostics) {
  return { file, dir, manifest: void 0, diagnostics, files: /* @__PURE__ */ new Map(), digest: "", locate: /* @__PURE__ */ __name(() => ({ line: 1, column: 1 }), "locate") };
}
__name(failed, "failed");
function secretPaths(m) {
  let out = /* @__PURE__ */ new Set();
  if (!m || typeof m != "object") return out;
  let certs = m.frontend?.https?.certificates;
  for (let c of Array.isArray(certs) ? certs : []) {
    let f = c?.selfManaged?.privateKey?.file;
    typeof f == "string" && out.add(f);
  }
  let backends = m.backends;
  if (backends && typeof backends == "object" && !Array.isArray(backends))
    for (let be of Object.values(backends)) {
      let f = be?.iap?.oauth2ClientSecret?.file;
      typeof f == "string" && out.add(f);
    }
  return out;
}
__name(secretPaths, "secretPaths");
function readNamedFiles(m, dir, roots) {
  let files = /* @__PURE__ */ new Map(), problems = /* @__PURE__ */ new Map();
  if (!m) return { files, problems };
  let certs = m.frontend?.https?.certificates;
  for (let c of Array.isArray(certs) ? certs : []) {
    let p = c?.selfManaged?.certificate;
    if (typeof p != "string" || files.has(p)) continue;
    let read = readNamedFile(dir, p, roots, PEM_MAX_BYTES);
    read.ok ? holdsPrivateKey(read.text) ? (problems.set(p, `"${p}" holds a private key: a certificate file must hold only the certificate chain; give the key as privateKey ({ env: NAME } or { file: PATH })`), files.set(p, null)) : files.set(p, read.text) : (read.reason !== NO_FILE && problems.set(p, `cannot read certificate file "${p}": ${read.reason}`), files.set(p, null));
  }
  for (let p of secretPaths(m)) {
    let check = checkNamedFile(dir, p, roots, PEM_MAX_BYTES);
    !check.ok && check.reason !== NO_FILE && problems.set(p, `cannot read secret file "${p}": ${check.reason}`), files.set(p, check.ok ? "" : null);
  }
  return { files, problems };
}
__name(readNamedFiles, "readNamedFiles");
function explainUnreadable(f, problems) {
  for (let [p, message] of problems)
    if (f.message === `cannot read certificate file "${p}"` || f.message === `cannot read secret file "${p}"`) return { ...f, message };
  return f;
}
__name(explainUnreadable, "explainUnreadable");
function checkDerivedNames(compiled) {
  let byPlace = /* @__PURE__ */ new Map();
  for (let r of compiled.resources) {
    if (r.name.length <= 63 && NAME_REGEX.test(r.name)) continue;
    let fromBackend = r.source[0] === "backends" && r.source.length >= 2, place = fromBackend ? ["backends", r.source[1]] : r.kind === "sslCertificate" || r.kind === "globalAddress" ? r.source : ["metadata", "name"], what = fromBackend ? "metadata.name and this backend key" : r.kind === "sslCertificate" ? "the certificate name prefix" : "metadata.name", key = formatPath(place), prev = byPlace.get(key);
    prev && prev.length >= r.name.length || byPlace.set(key, {
      length: r.name.length,
      finding: {
        path: place,
        atKey: fromBackend,
        message: r.name.length > 63 ? `the name of the ${KIND_INFO[r.kind].label} "${r.name}" would be ${r.name.length} characters; GCP allows ${63}: shorten ${what}` : `the name of the ${KIND_INFO[r.kind].label} "${r.name}" is not a valid GCP name`
      }
    });
  }
  return [...byPlace.values()].map((v) => v.finding);
}
__name(checkDerivedNames, "checkDerivedNames");

// src/cli/commands/validate.ts
function validateCommand(files, options, io) {
  let results = files.map((file) => {
    let loaded2 = loadManifest(file), resources = loaded2.compiled?.resources.length;
    return { file, diagnostics: loaded2.diagnostics, ok: !hasErrors(loaded2.diagnostics), name: loaded2.manifest?.metadata.name, project: loaded2.manifest?.metadata.project, resources, text: loaded2.text };
  });
  if (options.format === "json")
    io.stdout(JSON.stringify({ valid: results.every((r) => r.ok), files: results.map(({ text: _text, ...r }) => r) }, null, 2) + `
`);
  else {
    for (let r of results) {
      let show = /* @__PURE__ */ __name((d) => io.isTTY ? formatWithSource(d, r.text) : formatDiagnostic(d), "show");
      r.diagnostics.length && io.stderr(r.diagnostics.map(show).join(`
`) + `
`), r.ok && io.stdout(`${r.file}: OK (${r.name}: ${r.resources} resources${r.project ? "" : "; no metadata.project: plan, apply and destroy need --project"})
`);
    }
    let bad = results.filter((r) => !r.ok).length;
    if (bad > 0) {
      let errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length, 0);
      io.stderr(`${errors} error${errors === 1 ? "" : "s"} in ${bad} of ${results.length} file${results.length === 1 ? "" : "s"}
`);
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
__name(validateCommand, "validateCommand");

// src/cli/validate-fast.ts
function plainValidate(argv) {
  if (argv[0] !== "validate") return;
  let files = [], format, json2 = !1;
  for (let i = 1; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--json" && !json2) json2 = !0;
    else if (a === "--format" || a.startsWith("--format=")) {
      if (format !== void 0 || (format = a === "--format" ? argv[++i] : a.slice(9), format !== "text" && format !== "json")) return;
    } else {
      if (a.startsWith("-") || a === "") return;
      files.push(a);
    }
  }
  if (files.length !== 0 && !(json2 && format !== void 0 && format !== "json"))
    return { files, options: { format: json2 ? "json" : format ?? "text" } };
}
__name(plainValidate, "plainValidate");
function validateFast(argv, io) {
  let plain2 = plainValidate(argv);
  if (plain2)
    try {
      return validateCommand(plain2.files, plain2.options, io);
    } catch (e) {
      return io.stderr(internalError(e, io.env)), 1;
    }
}
__name(validateFast, "validateFast");

// src/cli/validate-main.ts
function writer(fd, stream) {
  let via = "fd";
  return (text) => {
    let bytes = Buffer.from(text, "utf8");
    for (; via === "fd" && bytes.length > 0; )
      try {
        bytes = bytes.subarray((0, import_node_fs2.writeSync)(fd, bytes));
      } catch (e) {
        via = e.code === "EPIPE" ? "nobody" : "stream";
      }
    via === "stream" && bytes.length > 0 && stream().write(bytes);
  };
}
__name(writer, "writer");
function output(fd, stream) {
  let write2 = process.platform === "win32" ? (text) => void stream().write(text) : writer(fd, stream);
  return (text) => write2(terminalText(text));
}
__name(output, "output");
function main(argv) {
  return validateFast(argv, {
    stdout: output(1, () => process.stdout),
    stderr: output(2, () => process.stderr),
    env: process.env,
    // Read when a finding is shown (with its source lines on a terminal): asking creates both streams.
    get isTTY() {
      return process.stdout.isTTY === !0 && process.stdin.isTTY === !0;
    }
  });
}
__name(main, "main");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  writer
});
