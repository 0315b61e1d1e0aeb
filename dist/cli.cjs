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

// <define:CLI_MAIN_BUILTINS>
var define_CLI_MAIN_BUILTINS_default, init_define_CLI_MAIN_BUILTINS = __esm({
  "<define:CLI_MAIN_BUILTINS>"() {
    define_CLI_MAIN_BUILTINS_default = ["assert", "buffer", "child_process", "crypto", "events", "fs", "http", "http2", "https", "net", "os", "path", "process", "querystring", "readline", "stream", "stream/web", "tls", "tty", "url", "util", "worker_threads", "zlib"];
  }
});

// src/util/builtin.ts
function builtin(id) {
  return typeof process.getBuiltinModule == "function" ? process.getBuiltinModule(id) : require(id);
}
var nodeCrypto, nodeV8, init_builtin = __esm({
  "src/util/builtin.ts"() {
    "use strict";
    init_define_CLI_MAIN_BUILTINS();
    __name(builtin, "builtin");
    nodeCrypto = /* @__PURE__ */ __name(() => builtin("node:crypto"), "nodeCrypto"), nodeV8 = /* @__PURE__ */ __name(() => builtin("node:v8"), "nodeV8");
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
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function bundleRequire(file) {
  let node = (0, import_node_module.createRequire)(file);
  return Object.assign(/* @__PURE__ */ __name((id) => /^\.\/[\w-]+\.cjs$/.test(id) ? loaded.get((0, import_node_path.join)((0, import_node_path.dirname)(file), id)) ?? loadCommonJs((0, import_node_path.join)((0, import_node_path.dirname)(file), id)).exports : node(id), "sibling"), { resolve: node.resolve, cache: node.cache, main: node.main, extensions: node.extensions });
}
function loadCommonJs(file) {
  let fd = (0, import_node_fs.openSync)(file, "r"), source, stamp;
  try {
    let st = (0, import_node_fs.fstatSync)(fd);
    source = (0, import_node_fs.readFileSync)(fd, "utf8"), stamp = `${st.size}:${st.mtimeMs}`;
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
  let dir = process.env.LB_PLAN_NO_CODE_CACHE ? void 0 : privateDir(), flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? "", v8Flags, stamp]), content = BUNDLE_HASH.exec(source.slice(0, 120))?.[1] ?? nodeCrypto().createHash("sha256").update(source).digest("hex"), cacheFile = dir && (0, import_node_path.join)(dir, `${content.slice(0, 32)}-${fnv1a(flags)}-${process.version}-${process.arch}.bin`), cachedData;
  try {
    cacheFile && (cachedData = (0, import_node_fs.readFileSync)(cacheFile));
  } catch {
  }
  let script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData ? { cachedData } : {} }), module2 = { exports: {} };
  if (script.runInThisContext()(module2.exports, bundleRequire(file), module2, file, (0, import_node_path.dirname)(file)), loaded.set(file, module2.exports), !cacheFile) return { exports: module2.exports, cache: "none" };
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
var import_node_fs, import_node_module, import_node_os, import_node_path, import_node_vm, BUNDLE_HASH, DAY_MS, UNUSED_CACHE_MS, v8Flags, loaded, init_code_cache = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    init_define_CLI_MAIN_BUILTINS();
    import_node_fs = require("node:fs"), import_node_module = require("node:module"), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_vm = require("node:vm");
    init_builtin();
    BUNDLE_HASH = /^\/\/ lb-plan bundle sha256:([0-9a-f]{64})\n/;
    __name(privateDir, "privateDir");
    DAY_MS = 24 * 3600 * 1e3, UNUSED_CACHE_MS = 30 * DAY_MS;
    __name(pruneCache, "pruneCache");
    __name(touchUsed, "touchUsed");
    v8Flags = "";
    __name(setV8Flags, "setV8Flags");
    __name(fnv1a, "fnv1a");
    loaded = /* @__PURE__ */ new Map();
    __name(bundleRequire, "bundleRequire");
    __name(loadCommonJs, "loadCommonJs");
  }
});

// src/cli/bin.ts
init_define_CLI_MAIN_BUILTINS();

// src/version.ts
init_define_CLI_MAIN_BUILTINS();
var VERSION = "0.1.0";

// src/cli/bin.ts
function lowerHeapGrowth(setV8Flags2) {
  setV8Flags2("--heap-growing-percent=100");
}
__name(lowerHeapGrowth, "lowerHeapGrowth");
var SHORT_RUNS = /* @__PURE__ */ new Set(["validate", "graph", "explain", "plan", "import"]), LARGE_INPUT_BYTES = 32 * 1024, COMPUTE_COMMANDS = /* @__PURE__ */ new Set(["plan", "import", "apply", "destroy"]);
function loadBuiltinsFirst(command) {
  if (command === "validate") {
    require("node:crypto");
    return;
  }
  for (let id of typeof define_CLI_MAIN_BUILTINS_default > "u" ? [] : define_CLI_MAIN_BUILTINS_default) require(id);
  COMPUTE_COMMANDS.has(command) && globalThis.Headers;
}
__name(loadBuiltinsFirst, "loadBuiltinsFirst");
function inputBytes(args) {
  let { statSync: statSync2 } = require("node:fs"), bytes = 0;
  for (let a of args)
    if (!a.startsWith("-"))
      try {
        let st = statSync2(a, { throwIfNoEntry: !1 });
        st?.isFile() && (bytes += st.size);
      } catch {
      }
  return bytes;
}
__name(inputBytes, "inputBytes");
function main(args) {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
    process.stdout.write(`${VERSION}
`);
    return;
  }
  let { loadCommonJs: loadCommonJs2, setV8Flags: setV8Flags2 } = (init_code_cache(), __toCommonJS(code_cache_exports)), bundle = /* @__PURE__ */ __name((name) => `${__dirname}/${name}`, "bundle"), command = args[0] ?? "", large = SHORT_RUNS.has(command) && inputBytes(args.slice(1)) >= LARGE_INPUT_BYTES, heap = command === "apply" || command === "destroy";
  if ((large || heap) && loadBuiltinsFirst(command), large && setV8Flags2("--no-opt"), args[0] === "validate") {
    let code = loadCommonJs2(bundle("validate.cjs")).exports.main(args);
    if (code !== void 0) {
      process.exitCode = code;
      return;
    }
  }
  heap && lowerHeapGrowth(setV8Flags2), loadCommonJs2(bundle("cli-main.cjs")).exports.start();
}
__name(main, "main");
main(process.argv.slice(2));
