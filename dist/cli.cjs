#!/usr/bin/env node
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: !0 });
var __esm = (fn, res) => function() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// node_modules/@noble/hashes/_u64.js
function setU64FromNum(view, byteOffset, n, isLE) {
  let h = fromNumH(n), l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE), view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
var fromNumH, fromNumL, init_u64 = __esm({
  "node_modules/@noble/hashes/_u64.js"() {
    fromNumH = /* @__PURE__ */ __name((n) => n / 2 ** 32 | 0, "fromNumH"), fromNumL = /* @__PURE__ */ __name((n) => n >>> 0, "fromNumL");
    __name(setU64FromNum, "setU64FromNum");
  }
});

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function anumber(n, title = "") {
  if (typeof n != "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  length !== void 0 && anumber(length, "length");
  let bytes = isBytes(value), ofLen = length !== void 0 ? ` of length ${length}` : "", got = bytes ? `length=${value.length}` : `type=${typeof value}`, message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  throw bytes ? new RangeError(message) : new TypeError(message);
}
function aexists(instance, checkFinished = !0) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  let min = instance.outputLen;
  if (!(out.length >= min))
    throw new RangeError('"output" expected length >= ' + min);
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++)
    arrays[i].fill(0);
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
function bytesToHex(bytes) {
  if (abytes(bytes), hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++)
    hex += hexes[bytes[i]];
  return hex;
}
function checkOpts(defaults, opts, title = "opts") {
  return aopts(defaults, "defaults"), opts !== void 0 && aopts(opts, title), Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons != "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  let hashC = /* @__PURE__ */ __name((msg, opts) => hashCons(opts).update(msg).digest(), "hashC"), tmp = hashCons(void 0);
  return hashC.outputLen = tmp.outputLen, hashC.blockLen = tmp.blockLen, hashC.canXOF = tmp.canXOF, hashC.create = (opts) => hashCons(opts), Object.assign(hashC, info), Object.freeze(hashC);
}
var atitle, aobject, aopts, hasHexBuiltin, hexes, oidNist, init_utils = __esm({
  "node_modules/@noble/hashes/utils.js"() {
    __name(isBytes, "isBytes");
    atitle = /* @__PURE__ */ __name((title) => title ? `"${title}" ` : "", "atitle");
    __name(anumber, "anumber");
    __name(abytes, "abytes");
    aobject = /* @__PURE__ */ __name((value, label) => {
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
    __name(aexists, "aexists");
    __name(aoutput, "aoutput");
    __name(clean, "clean");
    __name(createView, "createView");
    __name(rotr, "rotr");
    hasHexBuiltin = // @ts-ignore
    typeof Uint8Array.from([]).toHex == "function" && typeof Uint8Array.fromHex == "function", hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
    __name(bytesToHex, "bytesToHex");
    __name(checkOpts, "checkOpts");
    __name(createHasher, "createHasher");
    oidNist = /* @__PURE__ */ __name((suffix) => ({
      // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
      // Larger suffix values would need base-128 OID encoding and a different length byte.
      oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
    }), "oidNist");
  }
});

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD, SHA256_IV, init_md = __esm({
  "node_modules/@noble/hashes/_md.js"() {
    init_u64();
    init_utils();
    __name(Chi, "Chi");
    __name(Maj, "Maj");
    HashMD = class {
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
  }
});

// node_modules/@noble/hashes/sha2.js
var SHA256_K, SHA256_W, SHA2_32B, _SHA256, sha256, init_sha2 = __esm({
  "node_modules/@noble/hashes/sha2.js"() {
    init_md();
    init_utils();
    SHA256_K = /* @__PURE__ */ Uint32Array.from([
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
    }, sha256 = /* @__PURE__ */ createHasher(
      () => new _SHA256(),
      /* @__PURE__ */ oidNist(1)
    );
  }
});

// src/util/builtin.ts
function builtin(id) {
  return typeof process.getBuiltinModule == "function" ? process.getBuiltinModule(id) : require(id);
}
var nodeCrypto, nodeV8, init_builtin = __esm({
  "src/util/builtin.ts"() {
    "use strict";
    __name(builtin, "builtin");
    nodeCrypto = /* @__PURE__ */ __name(() => builtin("node:crypto"), "nodeCrypto"), nodeV8 = /* @__PURE__ */ __name(() => builtin("node:v8"), "nodeV8");
  }
});

// src/model/hash.ts
function sha256HexJs(text) {
  return bytesToHex(sha256(utf8.encode(text)));
}
function sha256Hex(text) {
  return jsHashesLeft > 0 && text.length <= JS_MAX_CHARS ? (jsHashesLeft--, sha256HexJs(text)) : nodeCrypto().createHash("sha256").update(text, "utf8").digest("hex");
}
var JS_HASHES, JS_MAX_CHARS, jsHashesLeft, utf8, init_hash = __esm({
  "src/model/hash.ts"() {
    "use strict";
    init_sha2();
    init_utils();
    init_builtin();
    JS_HASHES = 256, JS_MAX_CHARS = 4096, jsHashesLeft = JS_HASHES, utf8 = new TextEncoder();
    __name(sha256HexJs, "sha256HexJs");
    __name(sha256Hex, "sha256Hex");
  }
});

// src/cli/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  BUNDLE_HASH: () => BUNDLE_HASH,
  UNUSED_CACHE_MS: () => UNUSED_CACHE_MS,
  loadCommonJs: () => loadCommonJs,
  setV8Flags: () => setV8Flags
});
function privateDir() {
  let uid = process.getuid?.(), base = process.env.XDG_CACHE_HOME || ((0, import_node_os.homedir)() ? (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache") : (0, import_node_path.join)((0, import_node_os.tmpdir)(), `lb-plan-${uid ?? "user"}`)), dir = (0, import_node_path.join)(base, "lb-plan", "code-cache");
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 });
    let st = (0, import_node_fs.statSync)(dir);
    return !st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 18) !== 0 ? void 0 : dir;
  } catch {
    return;
  }
}
function pruneCache(dir) {
  for (let name of (0, import_node_fs.readdirSync)(dir)) {
    let tmp = /\.bin\.\d+\.tmp$/.test(name);
    if (!(!tmp && !name.endsWith(".bin")))
      try {
        let file = (0, import_node_path.join)(dir, name);
        Date.now() - (0, import_node_fs.statSync)(file).mtimeMs > (tmp ? 36e5 : UNUSED_CACHE_MS) && (0, import_node_fs.unlinkSync)(file);
      } catch {
      }
  }
}
function touchUsed(file) {
  try {
    Date.now() - (0, import_node_fs.statSync)(file).mtimeMs > DAY_MS && (0, import_node_fs.utimesSync)(file, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
  } catch {
  }
}
function setV8Flags(flags) {
  v8Flags += ` ${flags}`, nodeV8().setFlagsFromString(flags);
}
function loadCommonJs(file) {
  let source = (0, import_node_fs.readFileSync)(file, "utf8"), dir = process.env.LB_PLAN_NO_CODE_CACHE ? void 0 : privateDir(), flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? "", v8Flags]), content = BUNDLE_HASH.exec(source.slice(0, 120))?.[1] ?? sha256Hex(source), cacheFile = dir && (0, import_node_path.join)(dir, `${sha256Hex(content + flags).slice(0, 32)}-${process.version}-${process.arch}.bin`), cachedData;
  try {
    cacheFile && (cachedData = (0, import_node_fs.readFileSync)(cacheFile));
  } catch {
  }
  let script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData ? { cachedData } : {} }), module2 = { exports: {} };
  if (script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file)), !cacheFile) return { exports: module2.exports, cache: "none" };
  if (cachedData && !script.cachedDataRejected)
    return touchUsed(cacheFile), { exports: module2.exports, cache: "used" };
  let loadedUnder = v8Flags;
  return process.once("exit", () => {
    if (v8Flags === loadedUnder)
      try {
        let tmp = `${cacheFile}.${process.pid}.tmp`;
        (0, import_node_fs.writeFileSync)(tmp, script.createCachedData(), { mode: 384 }), (0, import_node_fs.renameSync)(tmp, cacheFile), pruneCache(dir);
      } catch {
      }
  }), { exports: module2.exports, cache: "saving" };
}
var import_node_fs, import_node_module, import_node_os, import_node_path, import_node_vm, BUNDLE_HASH, DAY_MS, UNUSED_CACHE_MS, v8Flags, init_code_cache = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    import_node_fs = require("node:fs"), import_node_module = require("node:module"), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_vm = require("node:vm");
    init_hash();
    init_builtin();
    BUNDLE_HASH = /^\/\/ lb-plan bundle sha256:([0-9a-f]{64})\n/;
    __name(privateDir, "privateDir");
    DAY_MS = 24 * 3600 * 1e3, UNUSED_CACHE_MS = 30 * DAY_MS;
    __name(pruneCache, "pruneCache");
    __name(touchUsed, "touchUsed");
    v8Flags = "";
    __name(setV8Flags, "setV8Flags");
    __name(loadCommonJs, "loadCommonJs");
  }
});

// src/version.ts
var VERSION = "0.1.0";

// src/cli/bin.ts
function lowerHeapGrowth(setV8Flags2) {
  setV8Flags2("--heap-growing-percent=100");
}
__name(lowerHeapGrowth, "lowerHeapGrowth");
function main(args) {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
    process.stdout.write(`${VERSION}
`);
    return;
  }
  let { loadCommonJs: loadCommonJs2, setV8Flags: setV8Flags2 } = (init_code_cache(), __toCommonJS(code_cache_exports)), bundle = /* @__PURE__ */ __name((name) => `${__dirname}/${name}`, "bundle");
  if (args[0] === "validate") {
    let code = loadCommonJs2(bundle("validate.cjs")).exports.main(args);
    if (code !== void 0) {
      process.exitCode = code;
      return;
    }
  }
  (args[0] === "apply" || args[0] === "destroy") && lowerHeapGrowth(setV8Flags2), loadCommonJs2(bundle("cli-main.cjs")).exports.start();
}
__name(main, "main");
main(process.argv.slice(2));
