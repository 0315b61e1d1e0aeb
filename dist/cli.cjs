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

// src/cli/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  BUNDLE_HASH: () => BUNDLE_HASH,
  loadCommonJs: () => loadCommonJs
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
function loadCommonJs(file) {
  let source = (0, import_node_fs.readFileSync)(file, "utf8"), dir = process.env.LB_PLAN_NO_CODE_CACHE ? void 0 : privateDir(), flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? ""]), content = BUNDLE_HASH.exec(source.slice(0, 120))?.[1] ?? (0, import_node_crypto.createHash)("sha256").update(source).digest("hex"), cacheFile = dir && (0, import_node_path.join)(dir, `${(0, import_node_crypto.createHash)("sha256").update(content).update(flags).digest("hex").slice(0, 32)}-${process.version}-${process.arch}.bin`), cachedData;
  try {
    cacheFile && (cachedData = (0, import_node_fs.readFileSync)(cacheFile));
  } catch {
  }
  let script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData ? { cachedData } : {} }), module2 = { exports: {} };
  return script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file)), cacheFile ? cachedData && !script.cachedDataRejected ? { exports: module2.exports, cache: "used" } : (process.once("exit", () => {
    try {
      let tmp = `${cacheFile}.${process.pid}.tmp`;
      (0, import_node_fs.writeFileSync)(tmp, script.createCachedData(), { mode: 384 }), (0, import_node_fs.renameSync)(tmp, cacheFile);
    } catch {
    }
  }), { exports: module2.exports, cache: "saving" }) : { exports: module2.exports, cache: "none" };
}
var import_node_crypto, import_node_fs, import_node_module, import_node_os, import_node_path, import_node_vm, BUNDLE_HASH, init_code_cache = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto"), import_node_fs = require("node:fs"), import_node_module = require("node:module"), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_vm = require("node:vm"), BUNDLE_HASH = /^\/\/ lb-plan bundle sha256:([0-9a-f]{64})\n/;
    __name(privateDir, "privateDir");
    __name(loadCommonJs, "loadCommonJs");
  }
});

// src/version.ts
var VERSION = "0.1.0";

// src/cli/bin.ts
function lowerHeapGrowth() {
  require("node:v8").setFlagsFromString("--heap-growing-percent=100");
}
__name(lowerHeapGrowth, "lowerHeapGrowth");
function main(args) {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
    process.stdout.write(`${VERSION}
`);
    return;
  }
  let { loadCommonJs: loadCommonJs2 } = (init_code_cache(), __toCommonJS(code_cache_exports)), bundle = /* @__PURE__ */ __name((name) => `${__dirname}/${name}`, "bundle");
  if (args[0] === "validate") {
    let code = loadCommonJs2(bundle("validate.cjs")).exports.main(args);
    if (code !== void 0) {
      process.exitCode = code;
      return;
    }
  }
  lowerHeapGrowth(), loadCommonJs2(bundle("cli-main.cjs")).exports.start();
}
__name(main, "main");
main(process.argv.slice(2));
