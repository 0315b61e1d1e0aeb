import { createRequire as __lbPlanCreateRequire } from 'node:module'; const require = __lbPlanCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: !0 }), __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
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
));

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.distance = exports.closest = void 0;
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
    exports.distance = distance2;
    var closest = /* @__PURE__ */ __name(function(str, arr) {
      for (var min_distance = 1 / 0, min_index = 0, i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        dist < min_distance && (min_distance = dist, min_index = i);
      }
      return arr[min_index];
    }, "closest");
    exports.closest = closest;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias"), DOC = Symbol.for("yaml.document"), MAP = Symbol.for("yaml.map"), PAIR = Symbol.for("yaml.pair"), SCALAR = Symbol.for("yaml.scalar"), SEQ = Symbol.for("yaml.seq"), NODE_TYPE = Symbol.for("yaml.node.type"), isAlias2 = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, "isAlias"), isDocument = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, "isDocument"), isMap2 = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, "isMap"), isPair2 = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, "isPair"), isScalar2 = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, "isScalar"), isSeq2 = /* @__PURE__ */ __name((node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ, "isSeq");
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    __name(isCollection, "isCollection");
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    __name(isNode, "isNode");
    var hasAnchor = /* @__PURE__ */ __name((node) => (isScalar2(node) || isCollection(node)) && !!node.anchor, "hasAnchor");
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = Symbol("break visit"), SKIP = Symbol("skip children"), REMOVE = Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    __name(visit2, "visit");
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      let ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    __name(visit_, "visit_");
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    __name(visitAsync, "visitAsync");
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      let ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    __name(visitAsync_, "visitAsync_");
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    __name(initVisitor, "initVisitor");
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    }
    __name(callVisitor, "callVisitor");
    function replaceNode(key, path, node) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    __name(replaceNode, "replaceNode");
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = /* @__PURE__ */ __name((tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), "escapeTagName"), Directives = class _Directives {
      static {
        __name(this, "Directives");
      }
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    __name(anchorIsValid, "anchorIsValid");
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    __name(anchorNames, "anchorNames");
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    __name(findNewAnchor, "findNewAnchor");
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: /* @__PURE__ */ __name((source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        }, "onAnchor"),
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: /* @__PURE__ */ __name(() => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        }, "setAnchors"),
        sourceObjects
      };
    }
    __name(createNodeAnchors, "createNodeAnchors");
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    __name(applyReviver, "applyReviver");
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    __name(toJS, "toJS");
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      static {
        __name(this, "NodeBase");
      }
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      static {
        __name(this, "Alias");
      }
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: /* @__PURE__ */ __name((_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }, "Node")
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    __name(getAliasCount, "getAliasCount");
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = /* @__PURE__ */ __name((value) => !value || typeof value != "function" && typeof value != "object", "isScalarValue"), Scalar = class extends Node.NodeBase {
      static {
        __name(this, "Scalar");
      }
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    __name(findTagObject, "findTagObject");
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    __name(createNode, "createNode");
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: /* @__PURE__ */ __name(() => {
          throw new Error("This should not happen, please report a bug.");
        }, "onAnchor"),
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    __name(collectionFromPath, "collectionFromPath");
    var isEmptyPath = /* @__PURE__ */ __name((path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, "isEmptyPath"), Collection = class extends Node.NodeBase {
      static {
        __name(this, "Collection");
      }
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = /* @__PURE__ */ __name((str) => str.replace(/^(?!$)(?: $)?/gm, "#"), "stringifyComment");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    __name(indentComment, "indentComment");
    var lineComment = /* @__PURE__ */ __name((str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment, "lineComment");
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    __name(foldFlowLines, "foldFlowLines");
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    __name(consumeMoreIndentedLines, "consumeMoreIndentedLines");
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = /* @__PURE__ */ __name((ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), "getFoldOptions"), containsDocumentMarker = /* @__PURE__ */ __name((str) => /^(%|---|\.\.\.)/m.test(str), "containsDocumentMarker");
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    __name(lineLengthOverLimit, "lineLengthOverLimit");
    function doubleQuotedString(value, ctx) {
      let json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i])
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n" && (str += json2.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str += json2.slice(start, i);
                let code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json2.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json2.slice(start, i) + `

`; json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json2[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json2.slice(start) : json2, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    __name(doubleQuotedString, "doubleQuotedString");
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    __name(singleQuotedString, "singleQuotedString");
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    __name(quotedString, "quotedString");
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    __name(blockString, "blockString");
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = /* @__PURE__ */ __name((tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), "test"), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    __name(plainString, "plainString");
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = /* @__PURE__ */ __name((_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, "_stringify"), res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    __name(stringifyString, "stringifyString");
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    __name(createStringifyContext, "createStringifyContext");
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    __name(getTagObject, "getTagObject");
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    __name(stringifyProps, "stringifyProps");
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: /* @__PURE__ */ __name((o) => tagObj = o, "onTagObj") });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    __name(stringify, "stringify");
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    __name(stringifyPair, "stringifyPair");
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    __name(debug, "debug");
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    __name(warn, "warn");
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: /* @__PURE__ */ __name((value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY, "identify"),
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: /* @__PURE__ */ __name(() => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }), "resolve"),
      stringify: /* @__PURE__ */ __name(() => MERGE_KEY, "stringify")
    }, isMergeKey = /* @__PURE__ */ __name((ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default), "isMergeKey");
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    __name(addMergeToJSMap, "addMergeToJSMap");
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    __name(mergeValue, "mergeValue");
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    __name(resolveAliasValue, "resolveAliasValue");
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    __name(addPairToJSMap, "addPairToJSMap");
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    __name(stringifyKey, "stringifyKey");
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    __name(createPair, "createPair");
    var Pair = class _Pair {
      static {
        __name(this, "Pair");
      }
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    __name(stringifyCollection, "stringifyCollection");
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    __name(stringifyBlockCollection, "stringifyBlockCollection");
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    __name(stringifyFlowCollection, "stringifyFlowCollection");
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    __name(addCommentBefore, "addCommentBefore");
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    __name(findPair, "findPair");
    var YAMLMap = class extends Collection.Collection {
      static {
        __name(this, "YAMLMap");
      }
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = /* @__PURE__ */ __name((key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        }, "add");
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        let map = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx), "createNode")
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static {
        __name(this, "YAMLSeq");
      }
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    __name(asItemIndex, "asItemIndex");
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx), "createNode")
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "string", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: /* @__PURE__ */ __name((str) => str, "resolve"),
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
      createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "resolve"),
      stringify: /* @__PURE__ */ __name(({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr, "stringify")
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "boolean", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: /* @__PURE__ */ __name((str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"), "resolve"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    __name(stringifyNumber, "stringifyNumber");
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str) => parseFloat(str), "resolve"),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = /* @__PURE__ */ __name((value) => typeof value == "bigint" || Number.isInteger(value), "intIdentify"), intResolve = /* @__PURE__ */ __name((str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix), "intResolve");
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intOct = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0o"), "stringify")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    __name(intIdentify, "intIdentify");
    var stringifyJSON = /* @__PURE__ */ __name(({ value }) => JSON.stringify(value), "stringifyJSON"), jsonScalars = [
      {
        identify: /* @__PURE__ */ __name((value) => typeof value == "string", "identify"),
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: /* @__PURE__ */ __name((str) => str, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
        createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: /* @__PURE__ */ __name(() => null, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value == "boolean", "identify"),
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: /* @__PURE__ */ __name((str) => str === "true", "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: /* @__PURE__ */ __name((str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10), "resolve"),
        stringify: /* @__PURE__ */ __name(({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value), "stringify")
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: /* @__PURE__ */ __name((str) => parseFloat(str), "resolve"),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Uint8Array, "identify"),
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    __name(resolvePairs, "resolvePairs");
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    __name(createPairs, "createPairs");
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      static {
        __name(this, "YAMLOMap");
      }
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: /* @__PURE__ */ __name((value) => value instanceof Map, "identify"),
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx), "createNode")
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    __name(boolStringify, "boolStringify");
    var trueTag = {
      identify: /* @__PURE__ */ __name((value) => value === !0, "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(!0), "resolve"),
      stringify: boolStringify
    }, falseTag = {
      identify: /* @__PURE__ */ __name((value) => value === !1, "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(!1), "resolve"),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str) => parseFloat(str.replace(/_/g, "")), "resolve"),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = /* @__PURE__ */ __name((value) => typeof value == "bigint" || Number.isInteger(value), "intIdentify");
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    __name(intResolve, "intResolve");
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 2, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 2, "0b"), "stringify")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 1, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0"), "stringify")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      static {
        __name(this, "YAMLSet");
      }
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: /* @__PURE__ */ __name((value) => value instanceof Set, "identify"),
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx), "createNode"),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = /* @__PURE__ */ __name((n) => asBigInt ? BigInt(n) : Number(n), "num"), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    __name(parseSexagesimal, "parseSexagesimal");
    function stringifySexagesimal(node) {
      let { value } = node, num = /* @__PURE__ */ __name((n) => n, "num");
      if (typeof value == "bigint")
        num = /* @__PURE__ */ __name((n) => BigInt(n), "num");
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    __name(stringifySexagesimal, "stringifySexagesimal");
    var intTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "bigint" || Number.isInteger(value), "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt), "resolve"),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value == "number", "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str) => parseSexagesimal(str, !1), "resolve"),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Date, "identify"),
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: /* @__PURE__ */ __name(({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? "", "stringify")
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    __name(getTags, "getTags");
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = /* @__PURE__ */ __name((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, "sortMapEntriesByKey"), Schema = class _Schema {
      static {
        __name(this, "Schema");
      }
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    __name(stringifyDocument, "stringifyDocument");
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      static {
        __name(this, "Document");
      }
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = /* @__PURE__ */ __name((v) => typeof v == "number" || v instanceof String || v instanceof Number, "keyToStr"), asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    __name(assertCollection, "assertCollection");
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      static {
        __name(this, "YAMLError");
      }
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      static {
        __name(this, "YAMLParseError");
      }
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      static {
        __name(this, "YAMLWarning");
      }
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = /* @__PURE__ */ __name((src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    }, "prettifyError");
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    __name(resolveProps, "resolveProps");
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    __name(containsNewline, "containsNewline");
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    __name(flowIndentCheck, "flowIndentCheck");
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    __name(mapIncludes, "mapIncludes");
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep: sep2, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    __name(resolveBlockMap, "resolveBlockMap");
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    __name(resolveBlockSeq, "resolveBlockSeq");
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep2 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep2 + cb : comment = cb, sep2 = "";
              break;
            }
            case "newline":
              comment && (sep2 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    __name(resolveEnd, "resolveEnd");
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = /* @__PURE__ */ __name((token) => token && (token.type === "block-map" || token.type === "block-seq"), "isBlock");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep: sep2, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (let st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    __name(resolveFlowCollection, "resolveFlowCollection");
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    __name(resolveCollection, "resolveCollection");
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    __name(composeCollection, "composeCollection");
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep2 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep2 === " " ? sep2 = `
` : !prevMoreIndented && sep2 === `
` && (sep2 = `

`), value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`, prevMoreIndented = !0) : content === "" ? sep2 === `
` ? value += `
` : sep2 = `
` : (value += sep2 + content, sep2 = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    __name(resolveBlockScalar, "resolveBlockScalar");
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict2 && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    __name(parseBlockScalarHeader, "parseBlockScalarHeader");
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    __name(splitLines, "splitLines");
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = /* @__PURE__ */ __name((rel, code, msg) => onError(offset + rel, code, msg), "_onError");
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    __name(resolveFlowScalar, "resolveFlowScalar");
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    __name(plainValue, "plainValue");
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    __name(singleQuotedValue, "singleQuotedValue");
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep2 = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep2 === `
` ? res += sep2 : sep2 = `
` : (res += sep2 + lm, sep2 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep2 + (match?.[1] ?? "");
    }
    __name(unfoldLines, "unfoldLines");
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    __name(doubleQuotedValue, "doubleQuotedValue");
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    __name(foldNewline, "foldNewline");
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    __name(parseCharCode, "parseCharCode");
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    __name(composeScalar, "composeScalar");
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    __name(findScalarTagByName, "findScalarTagByName");
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    __name(findScalarTagByTest, "findScalarTagByTest");
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    __name(emptyScalarPosition, "emptyScalarPosition");
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    __name(composeNode, "composeNode");
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    __name(composeEmptyNode, "composeEmptyNode");
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    __name(composeAlias, "composeAlias");
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    __name(composeDoc, "composeDoc");
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    __name(getErrorPos, "getErrorPos");
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    __name(parsePrelude, "parsePrelude");
    var Composer = class {
      static {
        __name(this, "Composer");
      }
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = !0, onError) {
      if (token) {
        let _onError = /* @__PURE__ */ __name((pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        }, "_onError");
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    __name(resolveAsScalar, "resolveAsScalar");
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    __name(createScalarToken, "createScalarToken");
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    __name(setScalarValue, "setScalarValue");
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    __name(setBlockScalarValue, "setBlockScalarValue");
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    __name(addEndtoBlockProps, "addEndtoBlockProps");
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    __name(setFlowScalarValue, "setFlowScalarValue");
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = /* @__PURE__ */ __name((cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst), "stringify");
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    __name(stringifyToken, "stringifyToken");
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep2)
        for (let st of sep2)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    __name(stringifyItem, "stringifyItem");
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit"), SKIP = Symbol("skip children"), REMOVE = Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    __name(visit2, "visit");
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (let [field, index] of path) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      let parent = visit2.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
    }
    __name(_visit, "_visit");
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = /* @__PURE__ */ __name((token) => !!token && "items" in token, "isCollection"), isScalar2 = /* @__PURE__ */ __name((token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar"), "isScalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    __name(prettyToken, "prettyToken");
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    __name(tokenType, "tokenType");
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    __name(isEmpty, "isEmpty");
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = /* @__PURE__ */ __name((ch) => !ch || invalidAnchorChars.has(ch), "isNotAnchorChar"), Lexer = class {
      static {
        __name(this, "Lexer");
      }
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      static {
        __name(this, "LineCounter");
      }
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    __name(includesToken, "includesToken");
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    __name(findNonEmptyIndex, "findNonEmptyIndex");
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    __name(isFlowToken, "isFlowToken");
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    __name(getPrevProps, "getPrevProps");
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    __name(getFirstKeyStartProps, "getFirstKeyStartProps");
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    __name(arrayPushArray, "arrayPushArray");
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    __name(fixFlowSeqItems, "fixFlowSeqItems");
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep2;
          scalar.end ? (sep2 = scalar.end, sep2.push(this.sourceToken), delete scalar.end) : sep2 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep2 = it.sep;
                    sep2.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep: sep2 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          // fallthrough
          case "space":
          case "comment":
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    __name(parseOptions, "parseOptions");
    function parseAllDocuments2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    __name(parseAllDocuments2, "parseAllDocuments");
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    __name(parseDocument, "parseDocument");
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    __name(parse, "parse");
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    __name(stringify, "stringify");
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/manifest/load.ts
import { dirname, resolve as resolve2 } from "node:path";

// src/model/kinds.ts
var KINDS = [
  "globalAddress",
  "sslCertificate",
  "securityPolicy",
  "regionNetworkEndpointGroup",
  "backendService",
  "urlMap",
  "targetHttpProxy",
  "targetHttpsProxy",
  "globalForwardingRule"
], KIND_INFO = {
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
  return typeof process.getBuiltinModule == "function" ? process.getBuiltinModule(id) : __require(id);
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

// src/manifest/files.ts
import { accessSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MANIFEST_MAX_BYTES = 1024 * 1024, PEM_MAX_BYTES = 64 * 1024;
function workspaceDir(env = process.env) {
  return resolve(env.GITHUB_WORKSPACE || process.cwd());
}
__name(workspaceDir, "workspaceDir");
function namedFileRoots(manifestDir, env = process.env) {
  return [resolve(manifestDir), workspaceDir(env)];
}
__name(namedFileRoots, "namedFileRoots");
function isInside(real, root) {
  let rel = relative(root, real);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
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
    real = realpathSync(path);
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
  return roots.flatMap((r) => {
    try {
      return [realpathSync(r)];
    } catch {
      return [];
    }
  }).some((r) => isInside(real, r)) ? { ok: !0, real } : { ok: !1, reason: `it resolves outside ${where}` };
}
__name(resolveWithin, "resolveWithin");
function readRegularFile(path, maxBytes) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
  try {
    let st = fstatSync(fd);
    if (!st.isFile()) return { ok: !1, reason: "not a regular file" };
    if (st.size > maxBytes) return { ok: !1, reason: tooLarge(maxBytes, st.size) };
    let chunks = [], total = 0;
    for (; ; ) {
      let chunk = Buffer.alloc(Math.min(65536, maxBytes + 1 - total)), n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      if (chunks.push(chunk.subarray(0, n)), total += n, total > maxBytes) return { ok: !1, reason: tooLarge(maxBytes) };
    }
    return { ok: !0, text: Buffer.concat(chunks).toString("utf8") };
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  } finally {
    closeSync(fd);
  }
}
__name(readRegularFile, "readRegularFile");
function checkRegularFile(path, maxBytes) {
  try {
    let st = statSync(path);
    return st.isFile() ? st.size > maxBytes ? { ok: !1, reason: tooLarge(maxBytes, st.size) } : (accessSync(path, constants.R_OK), { ok: !0 }) : { ok: !1, reason: "not a regular file" };
  } catch (e) {
    return { ok: !1, reason: errnoReason(e) };
  }
}
__name(checkRegularFile, "checkRegularFile");
var NAMED_WHERE = "the manifest's folder and the workspace";
function readNamedFile(dir, path, roots, maxBytes) {
  let where = resolveWithin(resolve(dir, path), roots, NAMED_WHERE);
  return where.ok ? readRegularFile(where.real, maxBytes) : where;
}
__name(readNamedFile, "readNamedFile");
function checkNamedFile(dir, path, roots, maxBytes) {
  let where = resolveWithin(resolve(dir, path), roots, NAMED_WHERE);
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

// src/manifest/yaml.ts
var import_yaml = __toESM(require_dist(), 1);

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
  let lineCounter = new import_yaml.LineCounter(), docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter, prettyErrors: !1, uniqueKeys: !1, strict: !0, logLevel: "error" }), syntaxErrors = [], empty = /* @__PURE__ */ __name((d) => d.errors.length === 0 && (d.contents === null || (0, import_yaml.isScalar)(d.contents) && d.contents.value === null), "empty"), list = (Array.isArray(docs) ? docs : []).filter((d, i) => i === 0 || !empty(d));
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
  return (0, import_yaml.visit)(doc, (_key, node, path) => {
    if ((0, import_yaml.isAlias)(node)) {
      if (found.first ??= node.range?.[0], ++count > MAX_ALIASES)
        return errors.push({ ...at(node), message: `more than ${MAX_ALIASES.toLocaleString("en-US")} aliases: a manifest needs few; write the values out` }), import_yaml.visit.BREAK;
      let target = anchors.get(node.source);
      target === void 0 ? found.unresolved ??= node.range?.[0] : path.includes(target) && errors.push({ ...at(node), message: `the alias *${node.source} is inside the value it refers to (&${node.source}), which makes that value endless: write the value out` });
      return;
    }
    if (((0, import_yaml.isScalar)(node) || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && node.anchor && anchors.set(node.anchor, node), !(0, import_yaml.isMap)(node)) return;
    let seen = /* @__PURE__ */ new Set();
    for (let pair of node.items) {
      if (pair.key !== null && !(0, import_yaml.isScalar)(pair.key)) {
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
    for (let p of map.items) (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && !index.has(String(p.key.value)) && index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}
__name(pairsOf, "pairsOf");
function locate(parsed, path, key = !1) {
  let node = parsed.doc?.contents, offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i], last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      let pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      let keyNode = pair.key;
      if (last && key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      let value = pair.value;
      offset = value?.range?.[0] ?? keyNode.range?.[0] ?? offset, node = value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg == "number") {
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
  let dir = dirname(resolve2(file)), read = options.text !== void 0 ? { ok: !0, text: options.text } : linkEscape(file) ?? readRegularFile(file, MANIFEST_MAX_BYTES);
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
  if (!isInside(resolve2(file), workspace)) return;
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

// node_modules/@sinclair/typebox/build/esm/type/guard/value.mjs
var value_exports = {};
__export(value_exports, {
  HasPropertyKey: () => HasPropertyKey,
  IsArray: () => IsArray,
  IsAsyncIterator: () => IsAsyncIterator,
  IsBigInt: () => IsBigInt,
  IsBoolean: () => IsBoolean,
  IsDate: () => IsDate,
  IsFunction: () => IsFunction,
  IsIterator: () => IsIterator,
  IsNull: () => IsNull,
  IsNumber: () => IsNumber,
  IsObject: () => IsObject,
  IsRegExp: () => IsRegExp,
  IsString: () => IsString,
  IsSymbol: () => IsSymbol,
  IsUint8Array: () => IsUint8Array,
  IsUndefined: () => IsUndefined
});
function HasPropertyKey(value, key) {
  return key in value;
}
__name(HasPropertyKey, "HasPropertyKey");
function IsAsyncIterator(value) {
  return IsObject(value) && !IsArray(value) && !IsUint8Array(value) && Symbol.asyncIterator in value;
}
__name(IsAsyncIterator, "IsAsyncIterator");
function IsArray(value) {
  return Array.isArray(value);
}
__name(IsArray, "IsArray");
function IsBigInt(value) {
  return typeof value == "bigint";
}
__name(IsBigInt, "IsBigInt");
function IsBoolean(value) {
  return typeof value == "boolean";
}
__name(IsBoolean, "IsBoolean");
function IsDate(value) {
  return value instanceof globalThis.Date;
}
__name(IsDate, "IsDate");
function IsFunction(value) {
  return typeof value == "function";
}
__name(IsFunction, "IsFunction");
function IsIterator(value) {
  return IsObject(value) && !IsArray(value) && !IsUint8Array(value) && Symbol.iterator in value;
}
__name(IsIterator, "IsIterator");
function IsNull(value) {
  return value === null;
}
__name(IsNull, "IsNull");
function IsNumber(value) {
  return typeof value == "number";
}
__name(IsNumber, "IsNumber");
function IsObject(value) {
  return typeof value == "object" && value !== null;
}
__name(IsObject, "IsObject");
function IsRegExp(value) {
  return value instanceof globalThis.RegExp;
}
__name(IsRegExp, "IsRegExp");
function IsString(value) {
  return typeof value == "string";
}
__name(IsString, "IsString");
function IsSymbol(value) {
  return typeof value == "symbol";
}
__name(IsSymbol, "IsSymbol");
function IsUint8Array(value) {
  return value instanceof globalThis.Uint8Array;
}
__name(IsUint8Array, "IsUint8Array");
function IsUndefined(value) {
  return value === void 0;
}
__name(IsUndefined, "IsUndefined");

// node_modules/@sinclair/typebox/build/esm/type/clone/value.mjs
function ArrayType(value) {
  return value.map((value2) => Visit(value2));
}
__name(ArrayType, "ArrayType");
function DateType(value) {
  return new Date(value.getTime());
}
__name(DateType, "DateType");
function Uint8ArrayType(value) {
  return new Uint8Array(value);
}
__name(Uint8ArrayType, "Uint8ArrayType");
function RegExpType(value) {
  return new RegExp(value.source, value.flags);
}
__name(RegExpType, "RegExpType");
function ObjectType(value) {
  let result = {};
  for (let key of Object.getOwnPropertyNames(value))
    result[key] = Visit(value[key]);
  for (let key of Object.getOwnPropertySymbols(value))
    result[key] = Visit(value[key]);
  return result;
}
__name(ObjectType, "ObjectType");
function Visit(value) {
  return IsArray(value) ? ArrayType(value) : IsDate(value) ? DateType(value) : IsUint8Array(value) ? Uint8ArrayType(value) : IsRegExp(value) ? RegExpType(value) : IsObject(value) ? ObjectType(value) : value;
}
__name(Visit, "Visit");
function Clone(value) {
  return Visit(value);
}
__name(Clone, "Clone");

// node_modules/@sinclair/typebox/build/esm/type/clone/type.mjs
function CloneType(schema, options) {
  return options === void 0 ? Clone(schema) : Clone({ ...options, ...schema });
}
__name(CloneType, "CloneType");

// node_modules/@sinclair/typebox/build/esm/value/guard/guard.mjs
function IsObject2(value) {
  return value !== null && typeof value == "object";
}
__name(IsObject2, "IsObject");
function IsArray2(value) {
  return globalThis.Array.isArray(value) && !globalThis.ArrayBuffer.isView(value);
}
__name(IsArray2, "IsArray");
function IsUndefined2(value) {
  return value === void 0;
}
__name(IsUndefined2, "IsUndefined");
function IsNumber2(value) {
  return typeof value == "number";
}
__name(IsNumber2, "IsNumber");

// node_modules/@sinclair/typebox/build/esm/system/policy.mjs
var TypeSystemPolicy;
(function(TypeSystemPolicy2) {
  TypeSystemPolicy2.InstanceMode = "default", TypeSystemPolicy2.ExactOptionalPropertyTypes = !1, TypeSystemPolicy2.AllowArrayObject = !1, TypeSystemPolicy2.AllowNaN = !1, TypeSystemPolicy2.AllowNullVoid = !1;
  function IsExactOptionalProperty(value, key) {
    return TypeSystemPolicy2.ExactOptionalPropertyTypes ? key in value : value[key] !== void 0;
  }
  __name(IsExactOptionalProperty, "IsExactOptionalProperty"), TypeSystemPolicy2.IsExactOptionalProperty = IsExactOptionalProperty;
  function IsObjectLike(value) {
    let isObject = IsObject2(value);
    return TypeSystemPolicy2.AllowArrayObject ? isObject : isObject && !IsArray2(value);
  }
  __name(IsObjectLike, "IsObjectLike"), TypeSystemPolicy2.IsObjectLike = IsObjectLike;
  function IsRecordLike(value) {
    return IsObjectLike(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
  }
  __name(IsRecordLike, "IsRecordLike"), TypeSystemPolicy2.IsRecordLike = IsRecordLike;
  function IsNumberLike(value) {
    return TypeSystemPolicy2.AllowNaN ? IsNumber2(value) : Number.isFinite(value);
  }
  __name(IsNumberLike, "IsNumberLike"), TypeSystemPolicy2.IsNumberLike = IsNumberLike;
  function IsVoidLike(value) {
    let isUndefined = IsUndefined2(value);
    return TypeSystemPolicy2.AllowNullVoid ? isUndefined || value === null : isUndefined;
  }
  __name(IsVoidLike, "IsVoidLike"), TypeSystemPolicy2.IsVoidLike = IsVoidLike;
})(TypeSystemPolicy || (TypeSystemPolicy = {}));

// node_modules/@sinclair/typebox/build/esm/type/create/immutable.mjs
function ImmutableArray(value) {
  return globalThis.Object.freeze(value).map((value2) => Immutable(value2));
}
__name(ImmutableArray, "ImmutableArray");
function ImmutableObject(value) {
  let result = {};
  for (let key of Object.getOwnPropertyNames(value))
    result[key] = Immutable(value[key]);
  for (let key of Object.getOwnPropertySymbols(value))
    result[key] = Immutable(value[key]);
  return globalThis.Object.freeze(result);
}
__name(ImmutableObject, "ImmutableObject");
function Immutable(value) {
  return IsArray(value) ? ImmutableArray(value) : IsDate(value) ? value : IsUint8Array(value) ? value : IsRegExp(value) ? value : IsObject(value) ? ImmutableObject(value) : value;
}
__name(Immutable, "Immutable");

// node_modules/@sinclair/typebox/build/esm/type/create/type.mjs
function CreateType(schema, options) {
  let result = options !== void 0 ? { ...options, ...schema } : schema;
  switch (TypeSystemPolicy.InstanceMode) {
    case "freeze":
      return Immutable(result);
    case "clone":
      return Clone(result);
    default:
      return result;
  }
}
__name(CreateType, "CreateType");

// node_modules/@sinclair/typebox/build/esm/type/error/error.mjs
var TypeBoxError = class extends Error {
  static {
    __name(this, "TypeBoxError");
  }
  constructor(message) {
    super(message);
  }
};

// node_modules/@sinclair/typebox/build/esm/type/symbols/symbols.mjs
var TransformKind = Symbol.for("TypeBox.Transform"), ReadonlyKind = Symbol.for("TypeBox.Readonly"), OptionalKind = Symbol.for("TypeBox.Optional"), Hint = Symbol.for("TypeBox.Hint"), Kind = Symbol.for("TypeBox.Kind");

// node_modules/@sinclair/typebox/build/esm/type/guard/kind.mjs
function IsReadonly(value) {
  return IsObject(value) && value[ReadonlyKind] === "Readonly";
}
__name(IsReadonly, "IsReadonly");
function IsOptional(value) {
  return IsObject(value) && value[OptionalKind] === "Optional";
}
__name(IsOptional, "IsOptional");
function IsAny(value) {
  return IsKindOf(value, "Any");
}
__name(IsAny, "IsAny");
function IsArgument(value) {
  return IsKindOf(value, "Argument");
}
__name(IsArgument, "IsArgument");
function IsArray3(value) {
  return IsKindOf(value, "Array");
}
__name(IsArray3, "IsArray");
function IsAsyncIterator2(value) {
  return IsKindOf(value, "AsyncIterator");
}
__name(IsAsyncIterator2, "IsAsyncIterator");
function IsBigInt2(value) {
  return IsKindOf(value, "BigInt");
}
__name(IsBigInt2, "IsBigInt");
function IsBoolean2(value) {
  return IsKindOf(value, "Boolean");
}
__name(IsBoolean2, "IsBoolean");
function IsComputed(value) {
  return IsKindOf(value, "Computed");
}
__name(IsComputed, "IsComputed");
function IsConstructor(value) {
  return IsKindOf(value, "Constructor");
}
__name(IsConstructor, "IsConstructor");
function IsDate2(value) {
  return IsKindOf(value, "Date");
}
__name(IsDate2, "IsDate");
function IsFunction2(value) {
  return IsKindOf(value, "Function");
}
__name(IsFunction2, "IsFunction");
function IsInteger(value) {
  return IsKindOf(value, "Integer");
}
__name(IsInteger, "IsInteger");
function IsIntersect(value) {
  return IsKindOf(value, "Intersect");
}
__name(IsIntersect, "IsIntersect");
function IsIterator2(value) {
  return IsKindOf(value, "Iterator");
}
__name(IsIterator2, "IsIterator");
function IsKindOf(value, kind) {
  return IsObject(value) && Kind in value && value[Kind] === kind;
}
__name(IsKindOf, "IsKindOf");
function IsLiteralValue(value) {
  return IsBoolean(value) || IsNumber(value) || IsString(value);
}
__name(IsLiteralValue, "IsLiteralValue");
function IsLiteral(value) {
  return IsKindOf(value, "Literal");
}
__name(IsLiteral, "IsLiteral");
function IsMappedKey(value) {
  return IsKindOf(value, "MappedKey");
}
__name(IsMappedKey, "IsMappedKey");
function IsMappedResult(value) {
  return IsKindOf(value, "MappedResult");
}
__name(IsMappedResult, "IsMappedResult");
function IsNever(value) {
  return IsKindOf(value, "Never");
}
__name(IsNever, "IsNever");
function IsNot(value) {
  return IsKindOf(value, "Not");
}
__name(IsNot, "IsNot");
function IsNull2(value) {
  return IsKindOf(value, "Null");
}
__name(IsNull2, "IsNull");
function IsNumber3(value) {
  return IsKindOf(value, "Number");
}
__name(IsNumber3, "IsNumber");
function IsObject3(value) {
  return IsKindOf(value, "Object");
}
__name(IsObject3, "IsObject");
function IsPromise(value) {
  return IsKindOf(value, "Promise");
}
__name(IsPromise, "IsPromise");
function IsRecord(value) {
  return IsKindOf(value, "Record");
}
__name(IsRecord, "IsRecord");
function IsRef(value) {
  return IsKindOf(value, "Ref");
}
__name(IsRef, "IsRef");
function IsRegExp2(value) {
  return IsKindOf(value, "RegExp");
}
__name(IsRegExp2, "IsRegExp");
function IsString2(value) {
  return IsKindOf(value, "String");
}
__name(IsString2, "IsString");
function IsSymbol2(value) {
  return IsKindOf(value, "Symbol");
}
__name(IsSymbol2, "IsSymbol");
function IsTemplateLiteral(value) {
  return IsKindOf(value, "TemplateLiteral");
}
__name(IsTemplateLiteral, "IsTemplateLiteral");
function IsThis(value) {
  return IsKindOf(value, "This");
}
__name(IsThis, "IsThis");
function IsTransform(value) {
  return IsObject(value) && TransformKind in value;
}
__name(IsTransform, "IsTransform");
function IsTuple(value) {
  return IsKindOf(value, "Tuple");
}
__name(IsTuple, "IsTuple");
function IsUndefined3(value) {
  return IsKindOf(value, "Undefined");
}
__name(IsUndefined3, "IsUndefined");
function IsUnion(value) {
  return IsKindOf(value, "Union");
}
__name(IsUnion, "IsUnion");
function IsUint8Array2(value) {
  return IsKindOf(value, "Uint8Array");
}
__name(IsUint8Array2, "IsUint8Array");
function IsUnknown(value) {
  return IsKindOf(value, "Unknown");
}
__name(IsUnknown, "IsUnknown");
function IsUnsafe(value) {
  return IsKindOf(value, "Unsafe");
}
__name(IsUnsafe, "IsUnsafe");
function IsVoid(value) {
  return IsKindOf(value, "Void");
}
__name(IsVoid, "IsVoid");
function IsKind(value) {
  return IsObject(value) && Kind in value && IsString(value[Kind]);
}
__name(IsKind, "IsKind");
function IsSchema(value) {
  return IsAny(value) || IsArgument(value) || IsArray3(value) || IsBoolean2(value) || IsBigInt2(value) || IsAsyncIterator2(value) || IsComputed(value) || IsConstructor(value) || IsDate2(value) || IsFunction2(value) || IsInteger(value) || IsIntersect(value) || IsIterator2(value) || IsLiteral(value) || IsMappedKey(value) || IsMappedResult(value) || IsNever(value) || IsNot(value) || IsNull2(value) || IsNumber3(value) || IsObject3(value) || IsPromise(value) || IsRecord(value) || IsRef(value) || IsRegExp2(value) || IsString2(value) || IsSymbol2(value) || IsTemplateLiteral(value) || IsThis(value) || IsTuple(value) || IsUndefined3(value) || IsUnion(value) || IsUint8Array2(value) || IsUnknown(value) || IsUnsafe(value) || IsVoid(value) || IsKind(value);
}
__name(IsSchema, "IsSchema");

// node_modules/@sinclair/typebox/build/esm/type/guard/type.mjs
var type_exports = {};
__export(type_exports, {
  IsAny: () => IsAny2,
  IsArgument: () => IsArgument2,
  IsArray: () => IsArray4,
  IsAsyncIterator: () => IsAsyncIterator3,
  IsBigInt: () => IsBigInt3,
  IsBoolean: () => IsBoolean3,
  IsComputed: () => IsComputed2,
  IsConstructor: () => IsConstructor2,
  IsDate: () => IsDate3,
  IsFunction: () => IsFunction3,
  IsImport: () => IsImport,
  IsInteger: () => IsInteger2,
  IsIntersect: () => IsIntersect2,
  IsIterator: () => IsIterator3,
  IsKind: () => IsKind2,
  IsKindOf: () => IsKindOf2,
  IsLiteral: () => IsLiteral2,
  IsLiteralBoolean: () => IsLiteralBoolean,
  IsLiteralNumber: () => IsLiteralNumber,
  IsLiteralString: () => IsLiteralString,
  IsLiteralValue: () => IsLiteralValue2,
  IsMappedKey: () => IsMappedKey2,
  IsMappedResult: () => IsMappedResult2,
  IsNever: () => IsNever2,
  IsNot: () => IsNot2,
  IsNull: () => IsNull3,
  IsNumber: () => IsNumber4,
  IsObject: () => IsObject4,
  IsOptional: () => IsOptional2,
  IsPromise: () => IsPromise2,
  IsProperties: () => IsProperties,
  IsReadonly: () => IsReadonly2,
  IsRecord: () => IsRecord2,
  IsRecursive: () => IsRecursive,
  IsRef: () => IsRef2,
  IsRegExp: () => IsRegExp3,
  IsSchema: () => IsSchema2,
  IsString: () => IsString3,
  IsSymbol: () => IsSymbol3,
  IsTemplateLiteral: () => IsTemplateLiteral2,
  IsThis: () => IsThis2,
  IsTransform: () => IsTransform2,
  IsTuple: () => IsTuple2,
  IsUint8Array: () => IsUint8Array3,
  IsUndefined: () => IsUndefined4,
  IsUnion: () => IsUnion2,
  IsUnionLiteral: () => IsUnionLiteral,
  IsUnknown: () => IsUnknown2,
  IsUnsafe: () => IsUnsafe2,
  IsVoid: () => IsVoid2,
  TypeGuardUnknownTypeError: () => TypeGuardUnknownTypeError
});
var TypeGuardUnknownTypeError = class extends TypeBoxError {
  static {
    __name(this, "TypeGuardUnknownTypeError");
  }
}, KnownTypes = [
  "Argument",
  "Any",
  "Array",
  "AsyncIterator",
  "BigInt",
  "Boolean",
  "Computed",
  "Constructor",
  "Date",
  "Enum",
  "Function",
  "Integer",
  "Intersect",
  "Iterator",
  "Literal",
  "MappedKey",
  "MappedResult",
  "Not",
  "Null",
  "Number",
  "Object",
  "Promise",
  "Record",
  "Ref",
  "RegExp",
  "String",
  "Symbol",
  "TemplateLiteral",
  "This",
  "Tuple",
  "Undefined",
  "Union",
  "Uint8Array",
  "Unknown",
  "Void"
];
function IsPattern(value) {
  try {
    return new RegExp(value), !0;
  } catch {
    return !1;
  }
}
__name(IsPattern, "IsPattern");
function IsControlCharacterFree(value) {
  if (!IsString(value))
    return !1;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 7 && code <= 13 || code === 27 || code === 127)
      return !1;
  }
  return !0;
}
__name(IsControlCharacterFree, "IsControlCharacterFree");
function IsAdditionalProperties(value) {
  return IsOptionalBoolean(value) || IsSchema2(value);
}
__name(IsAdditionalProperties, "IsAdditionalProperties");
function IsOptionalBigInt(value) {
  return IsUndefined(value) || IsBigInt(value);
}
__name(IsOptionalBigInt, "IsOptionalBigInt");
function IsOptionalNumber(value) {
  return IsUndefined(value) || IsNumber(value);
}
__name(IsOptionalNumber, "IsOptionalNumber");
function IsOptionalBoolean(value) {
  return IsUndefined(value) || IsBoolean(value);
}
__name(IsOptionalBoolean, "IsOptionalBoolean");
function IsOptionalString(value) {
  return IsUndefined(value) || IsString(value);
}
__name(IsOptionalString, "IsOptionalString");
function IsOptionalPattern(value) {
  return IsUndefined(value) || IsString(value) && IsControlCharacterFree(value) && IsPattern(value);
}
__name(IsOptionalPattern, "IsOptionalPattern");
function IsOptionalFormat(value) {
  return IsUndefined(value) || IsString(value) && IsControlCharacterFree(value);
}
__name(IsOptionalFormat, "IsOptionalFormat");
function IsOptionalSchema(value) {
  return IsUndefined(value) || IsSchema2(value);
}
__name(IsOptionalSchema, "IsOptionalSchema");
function IsReadonly2(value) {
  return IsObject(value) && value[ReadonlyKind] === "Readonly";
}
__name(IsReadonly2, "IsReadonly");
function IsOptional2(value) {
  return IsObject(value) && value[OptionalKind] === "Optional";
}
__name(IsOptional2, "IsOptional");
function IsAny2(value) {
  return IsKindOf2(value, "Any") && IsOptionalString(value.$id);
}
__name(IsAny2, "IsAny");
function IsArgument2(value) {
  return IsKindOf2(value, "Argument") && IsNumber(value.index);
}
__name(IsArgument2, "IsArgument");
function IsArray4(value) {
  return IsKindOf2(value, "Array") && value.type === "array" && IsOptionalString(value.$id) && IsSchema2(value.items) && IsOptionalNumber(value.minItems) && IsOptionalNumber(value.maxItems) && IsOptionalBoolean(value.uniqueItems) && IsOptionalSchema(value.contains) && IsOptionalNumber(value.minContains) && IsOptionalNumber(value.maxContains);
}
__name(IsArray4, "IsArray");
function IsAsyncIterator3(value) {
  return IsKindOf2(value, "AsyncIterator") && value.type === "AsyncIterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
__name(IsAsyncIterator3, "IsAsyncIterator");
function IsBigInt3(value) {
  return IsKindOf2(value, "BigInt") && value.type === "bigint" && IsOptionalString(value.$id) && IsOptionalBigInt(value.exclusiveMaximum) && IsOptionalBigInt(value.exclusiveMinimum) && IsOptionalBigInt(value.maximum) && IsOptionalBigInt(value.minimum) && IsOptionalBigInt(value.multipleOf);
}
__name(IsBigInt3, "IsBigInt");
function IsBoolean3(value) {
  return IsKindOf2(value, "Boolean") && value.type === "boolean" && IsOptionalString(value.$id);
}
__name(IsBoolean3, "IsBoolean");
function IsComputed2(value) {
  return IsKindOf2(value, "Computed") && IsString(value.target) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema));
}
__name(IsComputed2, "IsComputed");
function IsConstructor2(value) {
  return IsKindOf2(value, "Constructor") && value.type === "Constructor" && IsOptionalString(value.$id) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
__name(IsConstructor2, "IsConstructor");
function IsDate3(value) {
  return IsKindOf2(value, "Date") && value.type === "Date" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximumTimestamp) && IsOptionalNumber(value.exclusiveMinimumTimestamp) && IsOptionalNumber(value.maximumTimestamp) && IsOptionalNumber(value.minimumTimestamp) && IsOptionalNumber(value.multipleOfTimestamp);
}
__name(IsDate3, "IsDate");
function IsFunction3(value) {
  return IsKindOf2(value, "Function") && value.type === "Function" && IsOptionalString(value.$id) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
__name(IsFunction3, "IsFunction");
function IsImport(value) {
  return IsKindOf2(value, "Import") && HasPropertyKey(value, "$defs") && IsObject(value.$defs) && IsProperties(value.$defs) && HasPropertyKey(value, "$ref") && IsString(value.$ref) && value.$ref in value.$defs;
}
__name(IsImport, "IsImport");
function IsInteger2(value) {
  return IsKindOf2(value, "Integer") && value.type === "integer" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
__name(IsInteger2, "IsInteger");
function IsProperties(value) {
  return IsObject(value) && Object.entries(value).every(([key, schema]) => IsControlCharacterFree(key) && IsSchema2(schema));
}
__name(IsProperties, "IsProperties");
function IsIntersect2(value) {
  return IsKindOf2(value, "Intersect") && !(IsString(value.type) && value.type !== "object") && IsArray(value.allOf) && value.allOf.every((schema) => IsSchema2(schema) && !IsTransform2(schema)) && IsOptionalString(value.type) && (IsOptionalBoolean(value.unevaluatedProperties) || IsOptionalSchema(value.unevaluatedProperties)) && IsOptionalString(value.$id);
}
__name(IsIntersect2, "IsIntersect");
function IsIterator3(value) {
  return IsKindOf2(value, "Iterator") && value.type === "Iterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
__name(IsIterator3, "IsIterator");
function IsKindOf2(value, kind) {
  return IsObject(value) && Kind in value && value[Kind] === kind;
}
__name(IsKindOf2, "IsKindOf");
function IsLiteralString(value) {
  return IsLiteral2(value) && IsString(value.const);
}
__name(IsLiteralString, "IsLiteralString");
function IsLiteralNumber(value) {
  return IsLiteral2(value) && IsNumber(value.const);
}
__name(IsLiteralNumber, "IsLiteralNumber");
function IsLiteralBoolean(value) {
  return IsLiteral2(value) && IsBoolean(value.const);
}
__name(IsLiteralBoolean, "IsLiteralBoolean");
function IsLiteral2(value) {
  return IsKindOf2(value, "Literal") && IsOptionalString(value.$id) && IsLiteralValue2(value.const);
}
__name(IsLiteral2, "IsLiteral");
function IsLiteralValue2(value) {
  return IsBoolean(value) || IsNumber(value) || IsString(value);
}
__name(IsLiteralValue2, "IsLiteralValue");
function IsMappedKey2(value) {
  return IsKindOf2(value, "MappedKey") && IsArray(value.keys) && value.keys.every((key) => IsNumber(key) || IsString(key));
}
__name(IsMappedKey2, "IsMappedKey");
function IsMappedResult2(value) {
  return IsKindOf2(value, "MappedResult") && IsProperties(value.properties);
}
__name(IsMappedResult2, "IsMappedResult");
function IsNever2(value) {
  return IsKindOf2(value, "Never") && IsObject(value.not) && Object.getOwnPropertyNames(value.not).length === 0;
}
__name(IsNever2, "IsNever");
function IsNot2(value) {
  return IsKindOf2(value, "Not") && IsSchema2(value.not);
}
__name(IsNot2, "IsNot");
function IsNull3(value) {
  return IsKindOf2(value, "Null") && value.type === "null" && IsOptionalString(value.$id);
}
__name(IsNull3, "IsNull");
function IsNumber4(value) {
  return IsKindOf2(value, "Number") && value.type === "number" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
__name(IsNumber4, "IsNumber");
function IsObject4(value) {
  return IsKindOf2(value, "Object") && value.type === "object" && IsOptionalString(value.$id) && IsProperties(value.properties) && IsAdditionalProperties(value.additionalProperties) && IsOptionalNumber(value.minProperties) && IsOptionalNumber(value.maxProperties);
}
__name(IsObject4, "IsObject");
function IsPromise2(value) {
  return IsKindOf2(value, "Promise") && value.type === "Promise" && IsOptionalString(value.$id) && IsSchema2(value.item);
}
__name(IsPromise2, "IsPromise");
function IsRecord2(value) {
  return IsKindOf2(value, "Record") && value.type === "object" && IsOptionalString(value.$id) && IsAdditionalProperties(value.additionalProperties) && IsObject(value.patternProperties) && ((schema) => {
    let keys = Object.getOwnPropertyNames(schema.patternProperties);
    return keys.length === 1 && IsPattern(keys[0]) && IsObject(schema.patternProperties) && IsSchema2(schema.patternProperties[keys[0]]);
  })(value);
}
__name(IsRecord2, "IsRecord");
function IsRecursive(value) {
  return IsObject(value) && Hint in value && value[Hint] === "Recursive";
}
__name(IsRecursive, "IsRecursive");
function IsRef2(value) {
  return IsKindOf2(value, "Ref") && IsOptionalString(value.$id) && IsString(value.$ref);
}
__name(IsRef2, "IsRef");
function IsRegExp3(value) {
  return IsKindOf2(value, "RegExp") && IsOptionalString(value.$id) && IsString(value.source) && IsString(value.flags) && IsOptionalNumber(value.maxLength) && IsOptionalNumber(value.minLength);
}
__name(IsRegExp3, "IsRegExp");
function IsString3(value) {
  return IsKindOf2(value, "String") && value.type === "string" && IsOptionalString(value.$id) && IsOptionalNumber(value.minLength) && IsOptionalNumber(value.maxLength) && IsOptionalPattern(value.pattern) && IsOptionalFormat(value.format);
}
__name(IsString3, "IsString");
function IsSymbol3(value) {
  return IsKindOf2(value, "Symbol") && value.type === "symbol" && IsOptionalString(value.$id);
}
__name(IsSymbol3, "IsSymbol");
function IsTemplateLiteral2(value) {
  return IsKindOf2(value, "TemplateLiteral") && value.type === "string" && IsString(value.pattern) && value.pattern[0] === "^" && value.pattern[value.pattern.length - 1] === "$";
}
__name(IsTemplateLiteral2, "IsTemplateLiteral");
function IsThis2(value) {
  return IsKindOf2(value, "This") && IsOptionalString(value.$id) && IsString(value.$ref);
}
__name(IsThis2, "IsThis");
function IsTransform2(value) {
  return IsObject(value) && TransformKind in value;
}
__name(IsTransform2, "IsTransform");
function IsTuple2(value) {
  return IsKindOf2(value, "Tuple") && value.type === "array" && IsOptionalString(value.$id) && IsNumber(value.minItems) && IsNumber(value.maxItems) && value.minItems === value.maxItems && // empty
  (IsUndefined(value.items) && IsUndefined(value.additionalItems) && value.minItems === 0 || IsArray(value.items) && value.items.every((schema) => IsSchema2(schema)));
}
__name(IsTuple2, "IsTuple");
function IsUndefined4(value) {
  return IsKindOf2(value, "Undefined") && value.type === "undefined" && IsOptionalString(value.$id);
}
__name(IsUndefined4, "IsUndefined");
function IsUnionLiteral(value) {
  return IsUnion2(value) && value.anyOf.every((schema) => IsLiteralString(schema) || IsLiteralNumber(schema));
}
__name(IsUnionLiteral, "IsUnionLiteral");
function IsUnion2(value) {
  return IsKindOf2(value, "Union") && IsOptionalString(value.$id) && IsObject(value) && IsArray(value.anyOf) && value.anyOf.every((schema) => IsSchema2(schema));
}
__name(IsUnion2, "IsUnion");
function IsUint8Array3(value) {
  return IsKindOf2(value, "Uint8Array") && value.type === "Uint8Array" && IsOptionalString(value.$id) && IsOptionalNumber(value.minByteLength) && IsOptionalNumber(value.maxByteLength);
}
__name(IsUint8Array3, "IsUint8Array");
function IsUnknown2(value) {
  return IsKindOf2(value, "Unknown") && IsOptionalString(value.$id);
}
__name(IsUnknown2, "IsUnknown");
function IsUnsafe2(value) {
  return IsKindOf2(value, "Unsafe");
}
__name(IsUnsafe2, "IsUnsafe");
function IsVoid2(value) {
  return IsKindOf2(value, "Void") && value.type === "void" && IsOptionalString(value.$id);
}
__name(IsVoid2, "IsVoid");
function IsKind2(value) {
  return IsObject(value) && Kind in value && IsString(value[Kind]) && !KnownTypes.includes(value[Kind]);
}
__name(IsKind2, "IsKind");
function IsSchema2(value) {
  return IsObject(value) && (IsAny2(value) || IsArgument2(value) || IsArray4(value) || IsBoolean3(value) || IsBigInt3(value) || IsAsyncIterator3(value) || IsComputed2(value) || IsConstructor2(value) || IsDate3(value) || IsFunction3(value) || IsInteger2(value) || IsIntersect2(value) || IsIterator3(value) || IsLiteral2(value) || IsMappedKey2(value) || IsMappedResult2(value) || IsNever2(value) || IsNot2(value) || IsNull3(value) || IsNumber4(value) || IsObject4(value) || IsPromise2(value) || IsRecord2(value) || IsRef2(value) || IsRegExp3(value) || IsString3(value) || IsSymbol3(value) || IsTemplateLiteral2(value) || IsThis2(value) || IsTuple2(value) || IsUndefined4(value) || IsUnion2(value) || IsUint8Array3(value) || IsUnknown2(value) || IsUnsafe2(value) || IsVoid2(value) || IsKind2(value));
}
__name(IsSchema2, "IsSchema");

// node_modules/@sinclair/typebox/build/esm/type/patterns/patterns.mjs
var PatternBoolean = "(true|false)", PatternNumber = "(0|[1-9][0-9]*)", PatternString = "(.*)", PatternNever = "(?!.*)", PatternBooleanExact = `^${PatternBoolean}$`, PatternNumberExact = `^${PatternNumber}$`, PatternStringExact = `^${PatternString}$`, PatternNeverExact = `^${PatternNever}$`;

// node_modules/@sinclair/typebox/build/esm/type/sets/set.mjs
function SetIncludes(T, S) {
  return T.includes(S);
}
__name(SetIncludes, "SetIncludes");
function SetDistinct(T) {
  return [...new Set(T)];
}
__name(SetDistinct, "SetDistinct");
function SetIntersect(T, S) {
  return T.filter((L) => S.includes(L));
}
__name(SetIntersect, "SetIntersect");
function SetIntersectManyResolve(T, Init) {
  return T.reduce((Acc, L) => SetIntersect(Acc, L), Init);
}
__name(SetIntersectManyResolve, "SetIntersectManyResolve");
function SetIntersectMany(T) {
  return T.length === 1 ? T[0] : T.length > 1 ? SetIntersectManyResolve(T.slice(1), T[0]) : [];
}
__name(SetIntersectMany, "SetIntersectMany");
function SetUnionMany(T) {
  let Acc = [];
  for (let L of T)
    Acc.push(...L);
  return Acc;
}
__name(SetUnionMany, "SetUnionMany");

// node_modules/@sinclair/typebox/build/esm/type/any/any.mjs
function Any(options) {
  return CreateType({ [Kind]: "Any" }, options);
}
__name(Any, "Any");

// node_modules/@sinclair/typebox/build/esm/type/array/array.mjs
function Array2(items, options) {
  return CreateType({ [Kind]: "Array", type: "array", items }, options);
}
__name(Array2, "Array");

// node_modules/@sinclair/typebox/build/esm/type/argument/argument.mjs
function Argument(index) {
  return CreateType({ [Kind]: "Argument", index });
}
__name(Argument, "Argument");

// node_modules/@sinclair/typebox/build/esm/type/async-iterator/async-iterator.mjs
function AsyncIterator(items, options) {
  return CreateType({ [Kind]: "AsyncIterator", type: "AsyncIterator", items }, options);
}
__name(AsyncIterator, "AsyncIterator");

// node_modules/@sinclair/typebox/build/esm/type/computed/computed.mjs
function Computed(target, parameters, options) {
  return CreateType({ [Kind]: "Computed", target, parameters }, options);
}
__name(Computed, "Computed");

// node_modules/@sinclair/typebox/build/esm/type/discard/discard.mjs
function DiscardKey(value, key) {
  let { [key]: _, ...rest } = value;
  return rest;
}
__name(DiscardKey, "DiscardKey");
function Discard(value, keys) {
  return keys.reduce((acc, key) => DiscardKey(acc, key), value);
}
__name(Discard, "Discard");

// node_modules/@sinclair/typebox/build/esm/type/never/never.mjs
function Never(options) {
  return CreateType({ [Kind]: "Never", not: {} }, options);
}
__name(Never, "Never");

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped-result.mjs
function MappedResult(properties) {
  return CreateType({
    [Kind]: "MappedResult",
    properties
  });
}
__name(MappedResult, "MappedResult");

// node_modules/@sinclair/typebox/build/esm/type/constructor/constructor.mjs
function Constructor(parameters, returns, options) {
  return CreateType({ [Kind]: "Constructor", type: "Constructor", parameters, returns }, options);
}
__name(Constructor, "Constructor");

// node_modules/@sinclair/typebox/build/esm/type/function/function.mjs
function Function(parameters, returns, options) {
  return CreateType({ [Kind]: "Function", type: "Function", parameters, returns }, options);
}
__name(Function, "Function");

// node_modules/@sinclair/typebox/build/esm/type/union/union-create.mjs
function UnionCreate(T, options) {
  return CreateType({ [Kind]: "Union", anyOf: T }, options);
}
__name(UnionCreate, "UnionCreate");

// node_modules/@sinclair/typebox/build/esm/type/union/union-evaluated.mjs
function IsUnionOptional(types) {
  return types.some((type) => IsOptional(type));
}
__name(IsUnionOptional, "IsUnionOptional");
function RemoveOptionalFromRest(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType(left) : left);
}
__name(RemoveOptionalFromRest, "RemoveOptionalFromRest");
function RemoveOptionalFromType(T) {
  return Discard(T, [OptionalKind]);
}
__name(RemoveOptionalFromType, "RemoveOptionalFromType");
function ResolveUnion(types, options) {
  return IsUnionOptional(types) ? Optional(UnionCreate(RemoveOptionalFromRest(types), options)) : UnionCreate(RemoveOptionalFromRest(types), options);
}
__name(ResolveUnion, "ResolveUnion");
function UnionEvaluated(T, options) {
  return T.length === 1 ? CreateType(T[0], options) : T.length === 0 ? Never(options) : ResolveUnion(T, options);
}
__name(UnionEvaluated, "UnionEvaluated");

// node_modules/@sinclair/typebox/build/esm/type/union/union.mjs
function Union(types, options) {
  return types.length === 0 ? Never(options) : types.length === 1 ? CreateType(types[0], options) : UnionCreate(types, options);
}
__name(Union, "Union");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/parse.mjs
var TemplateLiteralParserError = class extends TypeBoxError {
  static {
    __name(this, "TemplateLiteralParserError");
  }
};
function Unescape(pattern) {
  return pattern.replace(/\\\$/g, "$").replace(/\\\*/g, "*").replace(/\\\^/g, "^").replace(/\\\|/g, "|").replace(/\\\(/g, "(").replace(/\\\)/g, ")");
}
__name(Unescape, "Unescape");
function IsNonEscaped(pattern, index, char) {
  return pattern[index] === char && pattern.charCodeAt(index - 1) !== 92;
}
__name(IsNonEscaped, "IsNonEscaped");
function IsOpenParen(pattern, index) {
  return IsNonEscaped(pattern, index, "(");
}
__name(IsOpenParen, "IsOpenParen");
function IsCloseParen(pattern, index) {
  return IsNonEscaped(pattern, index, ")");
}
__name(IsCloseParen, "IsCloseParen");
function IsSeparator(pattern, index) {
  return IsNonEscaped(pattern, index, "|");
}
__name(IsSeparator, "IsSeparator");
function IsGroup(pattern) {
  if (!(IsOpenParen(pattern, 0) && IsCloseParen(pattern, pattern.length - 1)))
    return !1;
  let count = 0;
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), count === 0 && index !== pattern.length - 1)
      return !1;
  return !0;
}
__name(IsGroup, "IsGroup");
function InGroup(pattern) {
  return pattern.slice(1, pattern.length - 1);
}
__name(InGroup, "InGroup");
function IsPrecedenceOr(pattern) {
  let count = 0;
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), IsSeparator(pattern, index) && count === 0)
      return !0;
  return !1;
}
__name(IsPrecedenceOr, "IsPrecedenceOr");
function IsPrecedenceAnd(pattern) {
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index))
      return !0;
  return !1;
}
__name(IsPrecedenceAnd, "IsPrecedenceAnd");
function Or(pattern) {
  let [count, start] = [0, 0], expressions = [];
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index) && (count += 1), IsCloseParen(pattern, index) && (count -= 1), IsSeparator(pattern, index) && count === 0) {
      let range2 = pattern.slice(start, index);
      range2.length > 0 && expressions.push(TemplateLiteralParse(range2)), start = index + 1;
    }
  let range = pattern.slice(start);
  return range.length > 0 && expressions.push(TemplateLiteralParse(range)), expressions.length === 0 ? { type: "const", const: "" } : expressions.length === 1 ? expressions[0] : { type: "or", expr: expressions };
}
__name(Or, "Or");
function And(pattern) {
  function Group(value, index) {
    if (!IsOpenParen(value, index))
      throw new TemplateLiteralParserError("TemplateLiteralParser: Index must point to open parens");
    let count = 0;
    for (let scan = index; scan < value.length; scan++)
      if (IsOpenParen(value, scan) && (count += 1), IsCloseParen(value, scan) && (count -= 1), count === 0)
        return [index, scan];
    throw new TemplateLiteralParserError("TemplateLiteralParser: Unclosed group parens in expression");
  }
  __name(Group, "Group");
  function Range(pattern3, index) {
    for (let scan = index; scan < pattern3.length; scan++)
      if (IsOpenParen(pattern3, scan))
        return [index, scan];
    return [index, pattern3.length];
  }
  __name(Range, "Range");
  let expressions = [];
  for (let index = 0; index < pattern.length; index++)
    if (IsOpenParen(pattern, index)) {
      let [start, end] = Group(pattern, index), range = pattern.slice(start, end + 1);
      expressions.push(TemplateLiteralParse(range)), index = end;
    } else {
      let [start, end] = Range(pattern, index), range = pattern.slice(start, end);
      range.length > 0 && expressions.push(TemplateLiteralParse(range)), index = end - 1;
    }
  return expressions.length === 0 ? { type: "const", const: "" } : expressions.length === 1 ? expressions[0] : { type: "and", expr: expressions };
}
__name(And, "And");
function TemplateLiteralParse(pattern) {
  return IsGroup(pattern) ? TemplateLiteralParse(InGroup(pattern)) : IsPrecedenceOr(pattern) ? Or(pattern) : IsPrecedenceAnd(pattern) ? And(pattern) : { type: "const", const: Unescape(pattern) };
}
__name(TemplateLiteralParse, "TemplateLiteralParse");
function TemplateLiteralParseExact(pattern) {
  return TemplateLiteralParse(pattern.slice(1, pattern.length - 1));
}
__name(TemplateLiteralParseExact, "TemplateLiteralParseExact");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/finite.mjs
var TemplateLiteralFiniteError = class extends TypeBoxError {
  static {
    __name(this, "TemplateLiteralFiniteError");
  }
};
function IsNumberExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "0" && expression.expr[1].type === "const" && expression.expr[1].const === "[1-9][0-9]*";
}
__name(IsNumberExpression, "IsNumberExpression");
function IsBooleanExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "true" && expression.expr[1].type === "const" && expression.expr[1].const === "false";
}
__name(IsBooleanExpression, "IsBooleanExpression");
function IsStringExpression(expression) {
  return expression.type === "const" && expression.const === ".*";
}
__name(IsStringExpression, "IsStringExpression");
function IsTemplateLiteralExpressionFinite(expression) {
  return IsNumberExpression(expression) || IsStringExpression(expression) ? !1 : IsBooleanExpression(expression) ? !0 : expression.type === "and" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "or" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "const" ? !0 : (() => {
    throw new TemplateLiteralFiniteError("Unknown expression type");
  })();
}
__name(IsTemplateLiteralExpressionFinite, "IsTemplateLiteralExpressionFinite");
function IsTemplateLiteralFinite(schema) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression);
}
__name(IsTemplateLiteralFinite, "IsTemplateLiteralFinite");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/generate.mjs
var TemplateLiteralGenerateError = class extends TypeBoxError {
  static {
    __name(this, "TemplateLiteralGenerateError");
  }
};
function* GenerateReduce(buffer) {
  if (buffer.length === 1)
    return yield* buffer[0];
  for (let left of buffer[0])
    for (let right of GenerateReduce(buffer.slice(1)))
      yield `${left}${right}`;
}
__name(GenerateReduce, "GenerateReduce");
function* GenerateAnd(expression) {
  return yield* GenerateReduce(expression.expr.map((expr) => [...TemplateLiteralExpressionGenerate(expr)]));
}
__name(GenerateAnd, "GenerateAnd");
function* GenerateOr(expression) {
  for (let expr of expression.expr)
    yield* TemplateLiteralExpressionGenerate(expr);
}
__name(GenerateOr, "GenerateOr");
function* GenerateConst(expression) {
  return yield expression.const;
}
__name(GenerateConst, "GenerateConst");
function* TemplateLiteralExpressionGenerate(expression) {
  return expression.type === "and" ? yield* GenerateAnd(expression) : expression.type === "or" ? yield* GenerateOr(expression) : expression.type === "const" ? yield* GenerateConst(expression) : (() => {
    throw new TemplateLiteralGenerateError("Unknown expression");
  })();
}
__name(TemplateLiteralExpressionGenerate, "TemplateLiteralExpressionGenerate");
function TemplateLiteralGenerate(schema) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression) ? [...TemplateLiteralExpressionGenerate(expression)] : [];
}
__name(TemplateLiteralGenerate, "TemplateLiteralGenerate");

// node_modules/@sinclair/typebox/build/esm/type/literal/literal.mjs
function Literal(value, options) {
  return CreateType({
    [Kind]: "Literal",
    const: value,
    type: typeof value
  }, options);
}
__name(Literal, "Literal");

// node_modules/@sinclair/typebox/build/esm/type/boolean/boolean.mjs
function Boolean2(options) {
  return CreateType({ [Kind]: "Boolean", type: "boolean" }, options);
}
__name(Boolean2, "Boolean");

// node_modules/@sinclair/typebox/build/esm/type/bigint/bigint.mjs
function BigInt2(options) {
  return CreateType({ [Kind]: "BigInt", type: "bigint" }, options);
}
__name(BigInt2, "BigInt");

// node_modules/@sinclair/typebox/build/esm/type/number/number.mjs
function Number2(options) {
  return CreateType({ [Kind]: "Number", type: "number" }, options);
}
__name(Number2, "Number");

// node_modules/@sinclair/typebox/build/esm/type/string/string.mjs
function String2(options) {
  return CreateType({ [Kind]: "String", type: "string" }, options);
}
__name(String2, "String");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/syntax.mjs
function* FromUnion(syntax) {
  let trim = syntax.trim().replace(/"|'/g, "");
  return trim === "boolean" ? yield Boolean2() : trim === "number" ? yield Number2() : trim === "bigint" ? yield BigInt2() : trim === "string" ? yield String2() : yield (() => {
    let literals = trim.split("|").map((literal) => Literal(literal.trim()));
    return literals.length === 0 ? Never() : literals.length === 1 ? literals[0] : UnionEvaluated(literals);
  })();
}
__name(FromUnion, "FromUnion");
function* FromTerminal(syntax) {
  if (syntax[1] !== "{") {
    let L = Literal("$"), R = FromSyntax(syntax.slice(1));
    return yield* [L, ...R];
  }
  for (let i = 2; i < syntax.length; i++)
    if (syntax[i] === "}") {
      let L = FromUnion(syntax.slice(2, i)), R = FromSyntax(syntax.slice(i + 1));
      return yield* [...L, ...R];
    }
  yield Literal(syntax);
}
__name(FromTerminal, "FromTerminal");
function* FromSyntax(syntax) {
  for (let i = 0; i < syntax.length; i++)
    if (syntax[i] === "$") {
      let L = Literal(syntax.slice(0, i)), R = FromTerminal(syntax.slice(i));
      return yield* [L, ...R];
    }
  yield Literal(syntax);
}
__name(FromSyntax, "FromSyntax");
function TemplateLiteralSyntax(syntax) {
  return [...FromSyntax(syntax)];
}
__name(TemplateLiteralSyntax, "TemplateLiteralSyntax");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/pattern.mjs
var TemplateLiteralPatternError = class extends TypeBoxError {
  static {
    __name(this, "TemplateLiteralPatternError");
  }
};
function Escape(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
__name(Escape, "Escape");
function Visit2(schema, acc) {
  return IsTemplateLiteral(schema) ? schema.pattern.slice(1, schema.pattern.length - 1) : IsUnion(schema) ? `(${schema.anyOf.map((schema2) => Visit2(schema2, acc)).join("|")})` : IsNumber3(schema) ? `${acc}${PatternNumber}` : IsInteger(schema) ? `${acc}${PatternNumber}` : IsBigInt2(schema) ? `${acc}${PatternNumber}` : IsString2(schema) ? `${acc}${PatternString}` : IsLiteral(schema) ? `${acc}${Escape(schema.const.toString())}` : IsBoolean2(schema) ? `${acc}${PatternBoolean}` : (() => {
    throw new TemplateLiteralPatternError(`Unexpected Kind '${schema[Kind]}'`);
  })();
}
__name(Visit2, "Visit");
function TemplateLiteralPattern(kinds) {
  return `^${kinds.map((schema) => Visit2(schema, "")).join("")}$`;
}
__name(TemplateLiteralPattern, "TemplateLiteralPattern");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/union.mjs
function TemplateLiteralToUnion(schema) {
  let L = TemplateLiteralGenerate(schema).map((S) => Literal(S));
  return UnionEvaluated(L);
}
__name(TemplateLiteralToUnion, "TemplateLiteralToUnion");

// node_modules/@sinclair/typebox/build/esm/type/template-literal/template-literal.mjs
function TemplateLiteral(unresolved, options) {
  let pattern = IsString(unresolved) ? TemplateLiteralPattern(TemplateLiteralSyntax(unresolved)) : TemplateLiteralPattern(unresolved);
  return CreateType({ [Kind]: "TemplateLiteral", type: "string", pattern }, options);
}
__name(TemplateLiteral, "TemplateLiteral");

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-property-keys.mjs
function FromTemplateLiteral(templateLiteral) {
  return TemplateLiteralGenerate(templateLiteral).map((key) => key.toString());
}
__name(FromTemplateLiteral, "FromTemplateLiteral");
function FromUnion2(types) {
  let result = [];
  for (let type of types)
    result.push(...IndexPropertyKeys(type));
  return result;
}
__name(FromUnion2, "FromUnion");
function FromLiteral(literalValue) {
  return [literalValue.toString()];
}
__name(FromLiteral, "FromLiteral");
function IndexPropertyKeys(type) {
  return [...new Set(IsTemplateLiteral(type) ? FromTemplateLiteral(type) : IsUnion(type) ? FromUnion2(type.anyOf) : IsLiteral(type) ? FromLiteral(type.const) : IsNumber3(type) ? ["[number]"] : IsInteger(type) ? ["[number]"] : [])];
}
__name(IndexPropertyKeys, "IndexPropertyKeys");

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-result.mjs
function FromProperties(type, properties, options) {
  let result = {};
  for (let K2 of Object.getOwnPropertyNames(properties))
    result[K2] = Index(type, IndexPropertyKeys(properties[K2]), options);
  return result;
}
__name(FromProperties, "FromProperties");
function FromMappedResult(type, mappedResult, options) {
  return FromProperties(type, mappedResult.properties, options);
}
__name(FromMappedResult, "FromMappedResult");
function IndexFromMappedResult(type, mappedResult, options) {
  let properties = FromMappedResult(type, mappedResult, options);
  return MappedResult(properties);
}
__name(IndexFromMappedResult, "IndexFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed.mjs
function FromRest(types, key) {
  return types.map((type) => IndexFromPropertyKey(type, key));
}
__name(FromRest, "FromRest");
function FromIntersectRest(types) {
  return types.filter((type) => !IsNever(type));
}
__name(FromIntersectRest, "FromIntersectRest");
function FromIntersect(types, key) {
  return IntersectEvaluated(FromIntersectRest(FromRest(types, key)));
}
__name(FromIntersect, "FromIntersect");
function FromUnionRest(types) {
  return types.some((L) => IsNever(L)) ? [] : types;
}
__name(FromUnionRest, "FromUnionRest");
function FromUnion3(types, key) {
  return UnionEvaluated(FromUnionRest(FromRest(types, key)));
}
__name(FromUnion3, "FromUnion");
function FromTuple(types, key) {
  return key in types ? types[key] : key === "[number]" ? UnionEvaluated(types) : Never();
}
__name(FromTuple, "FromTuple");
function FromArray(type, key) {
  return key === "[number]" ? type : Never();
}
__name(FromArray, "FromArray");
function FromProperty(properties, propertyKey) {
  return propertyKey in properties ? properties[propertyKey] : Never();
}
__name(FromProperty, "FromProperty");
function IndexFromPropertyKey(type, propertyKey) {
  return IsIntersect(type) ? FromIntersect(type.allOf, propertyKey) : IsUnion(type) ? FromUnion3(type.anyOf, propertyKey) : IsTuple(type) ? FromTuple(type.items ?? [], propertyKey) : IsArray3(type) ? FromArray(type.items, propertyKey) : IsObject3(type) ? FromProperty(type.properties, propertyKey) : Never();
}
__name(IndexFromPropertyKey, "IndexFromPropertyKey");
function IndexFromPropertyKeys(type, propertyKeys) {
  return propertyKeys.map((propertyKey) => IndexFromPropertyKey(type, propertyKey));
}
__name(IndexFromPropertyKeys, "IndexFromPropertyKeys");
function FromSchema(type, propertyKeys) {
  return UnionEvaluated(IndexFromPropertyKeys(type, propertyKeys));
}
__name(FromSchema, "FromSchema");
function Index(type, key, options) {
  if (IsRef(type) || IsRef(key)) {
    let error = "Index types using Ref parameters require both Type and Key to be of TSchema";
    if (!IsSchema(type) || !IsSchema(key))
      throw new TypeBoxError(error);
    return Computed("Index", [type, key]);
  }
  return IsMappedResult(key) ? IndexFromMappedResult(type, key, options) : IsMappedKey(key) ? IndexFromMappedKey(type, key, options) : CreateType(IsSchema(key) ? FromSchema(type, IndexPropertyKeys(key)) : FromSchema(type, key), options);
}
__name(Index, "Index");

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-key.mjs
function MappedIndexPropertyKey(type, key, options) {
  return { [key]: Index(type, [key], Clone(options)) };
}
__name(MappedIndexPropertyKey, "MappedIndexPropertyKey");
function MappedIndexPropertyKeys(type, propertyKeys, options) {
  return propertyKeys.reduce((result, left) => ({ ...result, ...MappedIndexPropertyKey(type, left, options) }), {});
}
__name(MappedIndexPropertyKeys, "MappedIndexPropertyKeys");
function MappedIndexProperties(type, mappedKey, options) {
  return MappedIndexPropertyKeys(type, mappedKey.keys, options);
}
__name(MappedIndexProperties, "MappedIndexProperties");
function IndexFromMappedKey(type, mappedKey, options) {
  let properties = MappedIndexProperties(type, mappedKey, options);
  return MappedResult(properties);
}
__name(IndexFromMappedKey, "IndexFromMappedKey");

// node_modules/@sinclair/typebox/build/esm/type/iterator/iterator.mjs
function Iterator(items, options) {
  return CreateType({ [Kind]: "Iterator", type: "Iterator", items }, options);
}
__name(Iterator, "Iterator");

// node_modules/@sinclair/typebox/build/esm/type/object/object.mjs
function RequiredArray(properties) {
  return globalThis.Object.keys(properties).filter((key) => !IsOptional(properties[key]));
}
__name(RequiredArray, "RequiredArray");
function _Object_(properties, options) {
  let required = RequiredArray(properties), schema = required.length > 0 ? { [Kind]: "Object", type: "object", required, properties } : { [Kind]: "Object", type: "object", properties };
  return CreateType(schema, options);
}
__name(_Object_, "_Object_");
var Object2 = _Object_;

// node_modules/@sinclair/typebox/build/esm/type/promise/promise.mjs
function Promise2(item, options) {
  return CreateType({ [Kind]: "Promise", type: "Promise", item }, options);
}
__name(Promise2, "Promise");

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly.mjs
function RemoveReadonly(schema) {
  return CreateType(Discard(schema, [ReadonlyKind]));
}
__name(RemoveReadonly, "RemoveReadonly");
function AddReadonly(schema) {
  return CreateType({ ...schema, [ReadonlyKind]: "Readonly" });
}
__name(AddReadonly, "AddReadonly");
function ReadonlyWithFlag(schema, F) {
  return F === !1 ? RemoveReadonly(schema) : AddReadonly(schema);
}
__name(ReadonlyWithFlag, "ReadonlyWithFlag");
function Readonly(schema, enable) {
  let F = enable ?? !0;
  return IsMappedResult(schema) ? ReadonlyFromMappedResult(schema, F) : ReadonlyWithFlag(schema, F);
}
__name(Readonly, "Readonly");

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly-from-mapped-result.mjs
function FromProperties2(K, F) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Readonly(K[K2], F);
  return Acc;
}
__name(FromProperties2, "FromProperties");
function FromMappedResult2(R, F) {
  return FromProperties2(R.properties, F);
}
__name(FromMappedResult2, "FromMappedResult");
function ReadonlyFromMappedResult(R, F) {
  let P = FromMappedResult2(R, F);
  return MappedResult(P);
}
__name(ReadonlyFromMappedResult, "ReadonlyFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/tuple/tuple.mjs
function Tuple(types, options) {
  return CreateType(types.length > 0 ? { [Kind]: "Tuple", type: "array", items: types, additionalItems: !1, minItems: types.length, maxItems: types.length } : { [Kind]: "Tuple", type: "array", minItems: types.length, maxItems: types.length }, options);
}
__name(Tuple, "Tuple");

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped.mjs
function FromMappedResult3(K, P) {
  return K in P ? FromSchemaType(K, P[K]) : MappedResult(P);
}
__name(FromMappedResult3, "FromMappedResult");
function MappedKeyToKnownMappedResultProperties(K) {
  return { [K]: Literal(K) };
}
__name(MappedKeyToKnownMappedResultProperties, "MappedKeyToKnownMappedResultProperties");
function MappedKeyToUnknownMappedResultProperties(P) {
  let Acc = {};
  for (let L of P)
    Acc[L] = Literal(L);
  return Acc;
}
__name(MappedKeyToUnknownMappedResultProperties, "MappedKeyToUnknownMappedResultProperties");
function MappedKeyToMappedResultProperties(K, P) {
  return SetIncludes(P, K) ? MappedKeyToKnownMappedResultProperties(K) : MappedKeyToUnknownMappedResultProperties(P);
}
__name(MappedKeyToMappedResultProperties, "MappedKeyToMappedResultProperties");
function FromMappedKey(K, P) {
  let R = MappedKeyToMappedResultProperties(K, P);
  return FromMappedResult3(K, R);
}
__name(FromMappedKey, "FromMappedKey");
function FromRest2(K, T) {
  return T.map((L) => FromSchemaType(K, L));
}
__name(FromRest2, "FromRest");
function FromProperties3(K, T) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(T))
    Acc[K2] = FromSchemaType(K, T[K2]);
  return Acc;
}
__name(FromProperties3, "FromProperties");
function FromSchemaType(K, T) {
  let options = { ...T };
  return (
    // unevaluated modifier types
    IsOptional(T) ? Optional(FromSchemaType(K, Discard(T, [OptionalKind]))) : IsReadonly(T) ? Readonly(FromSchemaType(K, Discard(T, [ReadonlyKind]))) : (
      // unevaluated mapped types
      IsMappedResult(T) ? FromMappedResult3(K, T.properties) : IsMappedKey(T) ? FromMappedKey(K, T.keys) : (
        // unevaluated types
        IsConstructor(T) ? Constructor(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsFunction2(T) ? Function(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsAsyncIterator2(T) ? AsyncIterator(FromSchemaType(K, T.items), options) : IsIterator2(T) ? Iterator(FromSchemaType(K, T.items), options) : IsIntersect(T) ? Intersect(FromRest2(K, T.allOf), options) : IsUnion(T) ? Union(FromRest2(K, T.anyOf), options) : IsTuple(T) ? Tuple(FromRest2(K, T.items ?? []), options) : IsObject3(T) ? Object2(FromProperties3(K, T.properties), options) : IsArray3(T) ? Array2(FromSchemaType(K, T.items), options) : IsPromise(T) ? Promise2(FromSchemaType(K, T.item), options) : T
      )
    )
  );
}
__name(FromSchemaType, "FromSchemaType");
function MappedFunctionReturnType(K, T) {
  let Acc = {};
  for (let L of K)
    Acc[L] = FromSchemaType(L, T);
  return Acc;
}
__name(MappedFunctionReturnType, "MappedFunctionReturnType");
function Mapped(key, map, options) {
  let K = IsSchema(key) ? IndexPropertyKeys(key) : key, RT = map({ [Kind]: "MappedKey", keys: K }), R = MappedFunctionReturnType(K, RT);
  return Object2(R, options);
}
__name(Mapped, "Mapped");

// node_modules/@sinclair/typebox/build/esm/type/optional/optional.mjs
function RemoveOptional(schema) {
  return CreateType(Discard(schema, [OptionalKind]));
}
__name(RemoveOptional, "RemoveOptional");
function AddOptional(schema) {
  return CreateType({ ...schema, [OptionalKind]: "Optional" });
}
__name(AddOptional, "AddOptional");
function OptionalWithFlag(schema, F) {
  return F === !1 ? RemoveOptional(schema) : AddOptional(schema);
}
__name(OptionalWithFlag, "OptionalWithFlag");
function Optional(schema, enable) {
  let F = enable ?? !0;
  return IsMappedResult(schema) ? OptionalFromMappedResult(schema, F) : OptionalWithFlag(schema, F);
}
__name(Optional, "Optional");

// node_modules/@sinclair/typebox/build/esm/type/optional/optional-from-mapped-result.mjs
function FromProperties4(P, F) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Optional(P[K2], F);
  return Acc;
}
__name(FromProperties4, "FromProperties");
function FromMappedResult4(R, F) {
  return FromProperties4(R.properties, F);
}
__name(FromMappedResult4, "FromMappedResult");
function OptionalFromMappedResult(R, F) {
  let P = FromMappedResult4(R, F);
  return MappedResult(P);
}
__name(OptionalFromMappedResult, "OptionalFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-create.mjs
function IntersectCreate(T, options = {}) {
  let allObjects = T.every((schema) => IsObject3(schema)), clonedUnevaluatedProperties = IsSchema(options.unevaluatedProperties) ? { unevaluatedProperties: options.unevaluatedProperties } : {};
  return CreateType(options.unevaluatedProperties === !1 || IsSchema(options.unevaluatedProperties) || allObjects ? { ...clonedUnevaluatedProperties, [Kind]: "Intersect", type: "object", allOf: T } : { ...clonedUnevaluatedProperties, [Kind]: "Intersect", allOf: T }, options);
}
__name(IntersectCreate, "IntersectCreate");

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-evaluated.mjs
function IsIntersectOptional(types) {
  return types.every((left) => IsOptional(left));
}
__name(IsIntersectOptional, "IsIntersectOptional");
function RemoveOptionalFromType2(type) {
  return Discard(type, [OptionalKind]);
}
__name(RemoveOptionalFromType2, "RemoveOptionalFromType");
function RemoveOptionalFromRest2(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType2(left) : left);
}
__name(RemoveOptionalFromRest2, "RemoveOptionalFromRest");
function ResolveIntersect(types, options) {
  return IsIntersectOptional(types) ? Optional(IntersectCreate(RemoveOptionalFromRest2(types), options)) : IntersectCreate(RemoveOptionalFromRest2(types), options);
}
__name(ResolveIntersect, "ResolveIntersect");
function IntersectEvaluated(types, options = {}) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return ResolveIntersect(types, options);
}
__name(IntersectEvaluated, "IntersectEvaluated");

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect.mjs
function Intersect(types, options) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return IntersectCreate(types, options);
}
__name(Intersect, "Intersect");

// node_modules/@sinclair/typebox/build/esm/type/ref/ref.mjs
function Ref(...args) {
  let [$ref, options] = typeof args[0] == "string" ? [args[0], args[1]] : [args[0].$id, args[1]];
  if (typeof $ref != "string")
    throw new TypeBoxError("Ref: $ref must be a string");
  return CreateType({ [Kind]: "Ref", $ref }, options);
}
__name(Ref, "Ref");

// node_modules/@sinclair/typebox/build/esm/type/awaited/awaited.mjs
function FromComputed(target, parameters) {
  return Computed("Awaited", [Computed(target, parameters)]);
}
__name(FromComputed, "FromComputed");
function FromRef($ref) {
  return Computed("Awaited", [Ref($ref)]);
}
__name(FromRef, "FromRef");
function FromIntersect2(types) {
  return Intersect(FromRest3(types));
}
__name(FromIntersect2, "FromIntersect");
function FromUnion4(types) {
  return Union(FromRest3(types));
}
__name(FromUnion4, "FromUnion");
function FromPromise(type) {
  return Awaited(type);
}
__name(FromPromise, "FromPromise");
function FromRest3(types) {
  return types.map((type) => Awaited(type));
}
__name(FromRest3, "FromRest");
function Awaited(type, options) {
  return CreateType(IsComputed(type) ? FromComputed(type.target, type.parameters) : IsIntersect(type) ? FromIntersect2(type.allOf) : IsUnion(type) ? FromUnion4(type.anyOf) : IsPromise(type) ? FromPromise(type.item) : IsRef(type) ? FromRef(type.$ref) : type, options);
}
__name(Awaited, "Awaited");

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-keys.mjs
function FromRest4(types) {
  let result = [];
  for (let L of types)
    result.push(KeyOfPropertyKeys(L));
  return result;
}
__name(FromRest4, "FromRest");
function FromIntersect3(types) {
  let propertyKeysArray = FromRest4(types);
  return SetUnionMany(propertyKeysArray);
}
__name(FromIntersect3, "FromIntersect");
function FromUnion5(types) {
  let propertyKeysArray = FromRest4(types);
  return SetIntersectMany(propertyKeysArray);
}
__name(FromUnion5, "FromUnion");
function FromTuple2(types) {
  return types.map((_, indexer) => indexer.toString());
}
__name(FromTuple2, "FromTuple");
function FromArray2(_) {
  return ["[number]"];
}
__name(FromArray2, "FromArray");
function FromProperties5(T) {
  return globalThis.Object.getOwnPropertyNames(T);
}
__name(FromProperties5, "FromProperties");
function FromPatternProperties(patternProperties) {
  return includePatternProperties ? globalThis.Object.getOwnPropertyNames(patternProperties).map((key) => key[0] === "^" && key[key.length - 1] === "$" ? key.slice(1, key.length - 1) : key) : [];
}
__name(FromPatternProperties, "FromPatternProperties");
function KeyOfPropertyKeys(type) {
  return IsIntersect(type) ? FromIntersect3(type.allOf) : IsUnion(type) ? FromUnion5(type.anyOf) : IsTuple(type) ? FromTuple2(type.items ?? []) : IsArray3(type) ? FromArray2(type.items) : IsObject3(type) ? FromProperties5(type.properties) : IsRecord(type) ? FromPatternProperties(type.patternProperties) : [];
}
__name(KeyOfPropertyKeys, "KeyOfPropertyKeys");
var includePatternProperties = !1;

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof.mjs
function FromComputed2(target, parameters) {
  return Computed("KeyOf", [Computed(target, parameters)]);
}
__name(FromComputed2, "FromComputed");
function FromRef2($ref) {
  return Computed("KeyOf", [Ref($ref)]);
}
__name(FromRef2, "FromRef");
function KeyOfFromType(type, options) {
  let propertyKeys = KeyOfPropertyKeys(type), propertyKeyTypes = KeyOfPropertyKeysToRest(propertyKeys), result = UnionEvaluated(propertyKeyTypes);
  return CreateType(result, options);
}
__name(KeyOfFromType, "KeyOfFromType");
function KeyOfPropertyKeysToRest(propertyKeys) {
  return propertyKeys.map((L) => L === "[number]" ? Number2() : Literal(L));
}
__name(KeyOfPropertyKeysToRest, "KeyOfPropertyKeysToRest");
function KeyOf(type, options) {
  return IsComputed(type) ? FromComputed2(type.target, type.parameters) : IsRef(type) ? FromRef2(type.$ref) : IsMappedResult(type) ? KeyOfFromMappedResult(type, options) : KeyOfFromType(type, options);
}
__name(KeyOf, "KeyOf");

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-from-mapped-result.mjs
function FromProperties6(properties, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = KeyOf(properties[K2], Clone(options));
  return result;
}
__name(FromProperties6, "FromProperties");
function FromMappedResult5(mappedResult, options) {
  return FromProperties6(mappedResult.properties, options);
}
__name(FromMappedResult5, "FromMappedResult");
function KeyOfFromMappedResult(mappedResult, options) {
  let properties = FromMappedResult5(mappedResult, options);
  return MappedResult(properties);
}
__name(KeyOfFromMappedResult, "KeyOfFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/composite/composite.mjs
function CompositeKeys(T) {
  let Acc = [];
  for (let L of T)
    Acc.push(...KeyOfPropertyKeys(L));
  return SetDistinct(Acc);
}
__name(CompositeKeys, "CompositeKeys");
function FilterNever(T) {
  return T.filter((L) => !IsNever(L));
}
__name(FilterNever, "FilterNever");
function CompositeProperty(T, K) {
  let Acc = [];
  for (let L of T)
    Acc.push(...IndexFromPropertyKeys(L, [K]));
  return FilterNever(Acc);
}
__name(CompositeProperty, "CompositeProperty");
function CompositeProperties(T, K) {
  let Acc = {};
  for (let L of K)
    Acc[L] = IntersectEvaluated(CompositeProperty(T, L));
  return Acc;
}
__name(CompositeProperties, "CompositeProperties");
function Composite(T, options) {
  let K = CompositeKeys(T), P = CompositeProperties(T, K);
  return Object2(P, options);
}
__name(Composite, "Composite");

// node_modules/@sinclair/typebox/build/esm/type/date/date.mjs
function Date2(options) {
  return CreateType({ [Kind]: "Date", type: "Date" }, options);
}
__name(Date2, "Date");

// node_modules/@sinclair/typebox/build/esm/type/null/null.mjs
function Null(options) {
  return CreateType({ [Kind]: "Null", type: "null" }, options);
}
__name(Null, "Null");

// node_modules/@sinclair/typebox/build/esm/type/symbol/symbol.mjs
function Symbol2(options) {
  return CreateType({ [Kind]: "Symbol", type: "symbol" }, options);
}
__name(Symbol2, "Symbol");

// node_modules/@sinclair/typebox/build/esm/type/undefined/undefined.mjs
function Undefined(options) {
  return CreateType({ [Kind]: "Undefined", type: "undefined" }, options);
}
__name(Undefined, "Undefined");

// node_modules/@sinclair/typebox/build/esm/type/uint8array/uint8array.mjs
function Uint8Array2(options) {
  return CreateType({ [Kind]: "Uint8Array", type: "Uint8Array" }, options);
}
__name(Uint8Array2, "Uint8Array");

// node_modules/@sinclair/typebox/build/esm/type/unknown/unknown.mjs
function Unknown(options) {
  return CreateType({ [Kind]: "Unknown" }, options);
}
__name(Unknown, "Unknown");

// node_modules/@sinclair/typebox/build/esm/type/const/const.mjs
function FromArray3(T) {
  return T.map((L) => FromValue(L, !1));
}
__name(FromArray3, "FromArray");
function FromProperties7(value) {
  let Acc = {};
  for (let K of globalThis.Object.getOwnPropertyNames(value))
    Acc[K] = Readonly(FromValue(value[K], !1));
  return Acc;
}
__name(FromProperties7, "FromProperties");
function ConditionalReadonly(T, root) {
  return root === !0 ? T : Readonly(T);
}
__name(ConditionalReadonly, "ConditionalReadonly");
function FromValue(value, root) {
  return IsAsyncIterator(value) ? ConditionalReadonly(Any(), root) : IsIterator(value) ? ConditionalReadonly(Any(), root) : IsArray(value) ? Readonly(Tuple(FromArray3(value))) : IsUint8Array(value) ? Uint8Array2() : IsDate(value) ? Date2() : IsObject(value) ? ConditionalReadonly(Object2(FromProperties7(value)), root) : IsFunction(value) ? ConditionalReadonly(Function([], Unknown()), root) : IsUndefined(value) ? Undefined() : IsNull(value) ? Null() : IsSymbol(value) ? Symbol2() : IsBigInt(value) ? BigInt2() : IsNumber(value) ? Literal(value) : IsBoolean(value) ? Literal(value) : IsString(value) ? Literal(value) : Object2({});
}
__name(FromValue, "FromValue");
function Const(T, options) {
  return CreateType(FromValue(T, !0), options);
}
__name(Const, "Const");

// node_modules/@sinclair/typebox/build/esm/type/constructor-parameters/constructor-parameters.mjs
function ConstructorParameters(schema, options) {
  return IsConstructor(schema) ? Tuple(schema.parameters, options) : Never(options);
}
__name(ConstructorParameters, "ConstructorParameters");

// node_modules/@sinclair/typebox/build/esm/type/enum/enum.mjs
function Enum(item, options) {
  if (IsUndefined(item))
    throw new Error("Enum undefined or empty");
  let values1 = globalThis.Object.getOwnPropertyNames(item).filter((key) => isNaN(key)).map((key) => item[key]), anyOf = [...new Set(values1)].map((value) => Literal(value));
  return Union(anyOf, { ...options, [Hint]: "Enum" });
}
__name(Enum, "Enum");

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-check.mjs
var ExtendsResolverError = class extends TypeBoxError {
  static {
    __name(this, "ExtendsResolverError");
  }
}, ExtendsResult;
(function(ExtendsResult2) {
  ExtendsResult2[ExtendsResult2.Union = 0] = "Union", ExtendsResult2[ExtendsResult2.True = 1] = "True", ExtendsResult2[ExtendsResult2.False = 2] = "False";
})(ExtendsResult || (ExtendsResult = {}));
function IntoBooleanResult(result) {
  return result === ExtendsResult.False ? result : ExtendsResult.True;
}
__name(IntoBooleanResult, "IntoBooleanResult");
function Throw(message) {
  throw new ExtendsResolverError(message);
}
__name(Throw, "Throw");
function IsStructuralRight(right) {
  return type_exports.IsNever(right) || type_exports.IsIntersect(right) || type_exports.IsUnion(right) || type_exports.IsUnknown(right) || type_exports.IsAny(right);
}
__name(IsStructuralRight, "IsStructuralRight");
function StructuralRight(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : Throw("StructuralRight");
}
__name(StructuralRight, "StructuralRight");
function FromAnyRight(left, right) {
  return ExtendsResult.True;
}
__name(FromAnyRight, "FromAnyRight");
function FromAny(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) && right.anyOf.some((schema) => type_exports.IsAny(schema) || type_exports.IsUnknown(schema)) ? ExtendsResult.True : type_exports.IsUnion(right) ? ExtendsResult.Union : type_exports.IsUnknown(right) || type_exports.IsAny(right) ? ExtendsResult.True : ExtendsResult.Union;
}
__name(FromAny, "FromAny");
function FromArrayRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromArrayRight, "FromArrayRight");
function FromArray4(left, right) {
  return type_exports.IsObject(right) && IsObjectArrayLike(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsArray(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
__name(FromArray4, "FromArray");
function FromAsyncIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsAsyncIterator(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
__name(FromAsyncIterator, "FromAsyncIterator");
function FromBigInt(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBigInt(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromBigInt, "FromBigInt");
function FromBooleanRight(left, right) {
  return type_exports.IsLiteralBoolean(left) || type_exports.IsBoolean(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromBooleanRight, "FromBooleanRight");
function FromBoolean(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBoolean(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromBoolean, "FromBoolean");
function FromConstructor(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsConstructor(right) ? left.parameters.length > right.parameters.length ? ExtendsResult.False : left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? IntoBooleanResult(Visit3(left.returns, right.returns)) : ExtendsResult.False : ExtendsResult.False;
}
__name(FromConstructor, "FromConstructor");
function FromDate(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsDate(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromDate, "FromDate");
function FromFunction(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsFunction(right) ? left.parameters.length > right.parameters.length ? ExtendsResult.False : left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? IntoBooleanResult(Visit3(left.returns, right.returns)) : ExtendsResult.False : ExtendsResult.False;
}
__name(FromFunction, "FromFunction");
function FromIntegerRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsNumber(left.const) || type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromIntegerRight, "FromIntegerRight");
function FromInteger(left, right) {
  return type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : ExtendsResult.False;
}
__name(FromInteger, "FromInteger");
function FromIntersectRight(left, right) {
  return right.allOf.every((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromIntersectRight, "FromIntersectRight");
function FromIntersect4(left, right) {
  return left.allOf.some((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromIntersect4, "FromIntersect");
function FromIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsIterator(right) ? IntoBooleanResult(Visit3(left.items, right.items)) : ExtendsResult.False;
}
__name(FromIterator, "FromIterator");
function FromLiteral2(left, right) {
  return type_exports.IsLiteral(right) && right.const === left.const ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : ExtendsResult.False;
}
__name(FromLiteral2, "FromLiteral");
function FromNeverRight(left, right) {
  return ExtendsResult.False;
}
__name(FromNeverRight, "FromNeverRight");
function FromNever(left, right) {
  return ExtendsResult.True;
}
__name(FromNever, "FromNever");
function UnwrapTNot(schema) {
  let [current, depth] = [schema, 0];
  for (; type_exports.IsNot(current); )
    current = current.not, depth += 1;
  return depth % 2 === 0 ? current : Unknown();
}
__name(UnwrapTNot, "UnwrapTNot");
function FromNot(left, right) {
  return type_exports.IsNot(left) ? Visit3(UnwrapTNot(left), right) : type_exports.IsNot(right) ? Visit3(left, UnwrapTNot(right)) : Throw("Invalid fallthrough for Not");
}
__name(FromNot, "FromNot");
function FromNull(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsNull(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromNull, "FromNull");
function FromNumberRight(left, right) {
  return type_exports.IsLiteralNumber(left) || type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromNumberRight, "FromNumberRight");
function FromNumber(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromNumber, "FromNumber");
function IsObjectPropertyCount(schema, count) {
  return Object.getOwnPropertyNames(schema.properties).length === count;
}
__name(IsObjectPropertyCount, "IsObjectPropertyCount");
function IsObjectStringLike(schema) {
  return IsObjectArrayLike(schema);
}
__name(IsObjectStringLike, "IsObjectStringLike");
function IsObjectSymbolLike(schema) {
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "description" in schema.properties && type_exports.IsUnion(schema.properties.description) && schema.properties.description.anyOf.length === 2 && (type_exports.IsString(schema.properties.description.anyOf[0]) && type_exports.IsUndefined(schema.properties.description.anyOf[1]) || type_exports.IsString(schema.properties.description.anyOf[1]) && type_exports.IsUndefined(schema.properties.description.anyOf[0]));
}
__name(IsObjectSymbolLike, "IsObjectSymbolLike");
function IsObjectNumberLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
__name(IsObjectNumberLike, "IsObjectNumberLike");
function IsObjectBooleanLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
__name(IsObjectBooleanLike, "IsObjectBooleanLike");
function IsObjectBigIntLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
__name(IsObjectBigIntLike, "IsObjectBigIntLike");
function IsObjectDateLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
__name(IsObjectDateLike, "IsObjectDateLike");
function IsObjectUint8ArrayLike(schema) {
  return IsObjectArrayLike(schema);
}
__name(IsObjectUint8ArrayLike, "IsObjectUint8ArrayLike");
function IsObjectFunctionLike(schema) {
  let length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties.length, length)) === ExtendsResult.True;
}
__name(IsObjectFunctionLike, "IsObjectFunctionLike");
function IsObjectConstructorLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
__name(IsObjectConstructorLike, "IsObjectConstructorLike");
function IsObjectArrayLike(schema) {
  let length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties.length, length)) === ExtendsResult.True;
}
__name(IsObjectArrayLike, "IsObjectArrayLike");
function IsObjectPromiseLike(schema) {
  let then = Function([Any()], Any());
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "then" in schema.properties && IntoBooleanResult(Visit3(schema.properties.then, then)) === ExtendsResult.True;
}
__name(IsObjectPromiseLike, "IsObjectPromiseLike");
function Property(left, right) {
  return Visit3(left, right) === ExtendsResult.False || type_exports.IsOptional(left) && !type_exports.IsOptional(right) ? ExtendsResult.False : ExtendsResult.True;
}
__name(Property, "Property");
function FromObjectRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) || type_exports.IsLiteralString(left) && IsObjectStringLike(right) || type_exports.IsLiteralNumber(left) && IsObjectNumberLike(right) || type_exports.IsLiteralBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsBigInt(left) && IsObjectBigIntLike(right) || type_exports.IsString(left) && IsObjectStringLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsNumber(left) && IsObjectNumberLike(right) || type_exports.IsInteger(left) && IsObjectNumberLike(right) || type_exports.IsBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsUint8Array(left) && IsObjectUint8ArrayLike(right) || type_exports.IsDate(left) && IsObjectDateLike(right) || type_exports.IsConstructor(left) && IsObjectConstructorLike(right) || type_exports.IsFunction(left) && IsObjectFunctionLike(right) ? ExtendsResult.True : type_exports.IsRecord(left) && type_exports.IsString(RecordKey(left)) ? right[Hint] === "Record" ? ExtendsResult.True : ExtendsResult.False : type_exports.IsRecord(left) && type_exports.IsNumber(RecordKey(left)) ? IsObjectPropertyCount(right, 0) ? ExtendsResult.True : ExtendsResult.False : ExtendsResult.False;
}
__name(FromObjectRight, "FromObjectRight");
function FromObject(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsObject(right) ? (() => {
    for (let key of Object.getOwnPropertyNames(right.properties)) {
      if (!(key in left.properties) && !type_exports.IsOptional(right.properties[key]))
        return ExtendsResult.False;
      if (type_exports.IsOptional(right.properties[key]))
        return ExtendsResult.True;
      if (Property(left.properties[key], right.properties[key]) === ExtendsResult.False)
        return ExtendsResult.False;
    }
    return ExtendsResult.True;
  })() : ExtendsResult.False;
}
__name(FromObject, "FromObject");
function FromPromise2(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectPromiseLike(right) ? ExtendsResult.True : type_exports.IsPromise(right) ? IntoBooleanResult(Visit3(left.item, right.item)) : ExtendsResult.False;
}
__name(FromPromise2, "FromPromise");
function RecordKey(schema) {
  return PatternNumberExact in schema.patternProperties ? Number2() : PatternStringExact in schema.patternProperties ? String2() : Throw("Unknown record key pattern");
}
__name(RecordKey, "RecordKey");
function RecordValue(schema) {
  return PatternNumberExact in schema.patternProperties ? schema.patternProperties[PatternNumberExact] : PatternStringExact in schema.patternProperties ? schema.patternProperties[PatternStringExact] : Throw("Unable to get record value schema");
}
__name(RecordValue, "RecordValue");
function FromRecordRight(left, right) {
  let [Key, Value] = [RecordKey(right), RecordValue(right)];
  return type_exports.IsLiteralString(left) && type_exports.IsNumber(Key) && IntoBooleanResult(Visit3(left, Value)) === ExtendsResult.True ? ExtendsResult.True : type_exports.IsUint8Array(left) && type_exports.IsNumber(Key) || type_exports.IsString(left) && type_exports.IsNumber(Key) || type_exports.IsArray(left) && type_exports.IsNumber(Key) ? Visit3(left, Value) : type_exports.IsObject(left) ? (() => {
    for (let key of Object.getOwnPropertyNames(left.properties))
      if (Property(Value, left.properties[key]) === ExtendsResult.False)
        return ExtendsResult.False;
    return ExtendsResult.True;
  })() : ExtendsResult.False;
}
__name(FromRecordRight, "FromRecordRight");
function FromRecord(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? Visit3(RecordValue(left), RecordValue(right)) : ExtendsResult.False;
}
__name(FromRecord, "FromRecord");
function FromRegExp(left, right) {
  let L = type_exports.IsRegExp(left) ? String2() : left, R = type_exports.IsRegExp(right) ? String2() : right;
  return Visit3(L, R);
}
__name(FromRegExp, "FromRegExp");
function FromStringRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsString(left.const) || type_exports.IsString(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromStringRight, "FromStringRight");
function FromString(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromString, "FromString");
function FromSymbol(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsSymbol(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromSymbol, "FromSymbol");
function FromTemplateLiteral2(left, right) {
  return type_exports.IsTemplateLiteral(left) ? Visit3(TemplateLiteralToUnion(left), right) : type_exports.IsTemplateLiteral(right) ? Visit3(left, TemplateLiteralToUnion(right)) : Throw("Invalid fallthrough for TemplateLiteral");
}
__name(FromTemplateLiteral2, "FromTemplateLiteral");
function IsArrayOfTuple(left, right) {
  return type_exports.IsArray(right) && left.items !== void 0 && left.items.every((schema) => Visit3(schema, right.items) === ExtendsResult.True);
}
__name(IsArrayOfTuple, "IsArrayOfTuple");
function FromTupleRight(left, right) {
  return type_exports.IsNever(left) ? ExtendsResult.True : type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : ExtendsResult.False;
}
__name(FromTupleRight, "FromTupleRight");
function FromTuple3(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectArrayLike(right) || type_exports.IsArray(right) && IsArrayOfTuple(left, right) ? ExtendsResult.True : type_exports.IsTuple(right) ? value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) || !value_exports.IsUndefined(left.items) && value_exports.IsUndefined(right.items) ? ExtendsResult.False : value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) || left.items.every((schema, index) => Visit3(schema, right.items[index]) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False : ExtendsResult.False;
}
__name(FromTuple3, "FromTuple");
function FromUint8Array(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsUint8Array(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromUint8Array, "FromUint8Array");
function FromUndefined(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsVoid(right) ? FromVoidRight(left, right) : type_exports.IsUndefined(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromUndefined, "FromUndefined");
function FromUnionRight(left, right) {
  return right.anyOf.some((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromUnionRight, "FromUnionRight");
function FromUnion6(left, right) {
  return left.anyOf.every((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromUnion6, "FromUnion");
function FromUnknownRight(left, right) {
  return ExtendsResult.True;
}
__name(FromUnknownRight, "FromUnknownRight");
function FromUnknown(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : type_exports.IsArray(right) ? FromArrayRight(left, right) : type_exports.IsTuple(right) ? FromTupleRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsUnknown(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromUnknown, "FromUnknown");
function FromVoidRight(left, right) {
  return type_exports.IsUndefined(left) || type_exports.IsUndefined(left) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromVoidRight, "FromVoidRight");
function FromVoid(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsVoid(right) ? ExtendsResult.True : ExtendsResult.False;
}
__name(FromVoid, "FromVoid");
function Visit3(left, right) {
  return (
    // resolvable
    type_exports.IsTemplateLiteral(left) || type_exports.IsTemplateLiteral(right) ? FromTemplateLiteral2(left, right) : type_exports.IsRegExp(left) || type_exports.IsRegExp(right) ? FromRegExp(left, right) : type_exports.IsNot(left) || type_exports.IsNot(right) ? FromNot(left, right) : (
      // standard
      type_exports.IsAny(left) ? FromAny(left, right) : type_exports.IsArray(left) ? FromArray4(left, right) : type_exports.IsBigInt(left) ? FromBigInt(left, right) : type_exports.IsBoolean(left) ? FromBoolean(left, right) : type_exports.IsAsyncIterator(left) ? FromAsyncIterator(left, right) : type_exports.IsConstructor(left) ? FromConstructor(left, right) : type_exports.IsDate(left) ? FromDate(left, right) : type_exports.IsFunction(left) ? FromFunction(left, right) : type_exports.IsInteger(left) ? FromInteger(left, right) : type_exports.IsIntersect(left) ? FromIntersect4(left, right) : type_exports.IsIterator(left) ? FromIterator(left, right) : type_exports.IsLiteral(left) ? FromLiteral2(left, right) : type_exports.IsNever(left) ? FromNever(left, right) : type_exports.IsNull(left) ? FromNull(left, right) : type_exports.IsNumber(left) ? FromNumber(left, right) : type_exports.IsObject(left) ? FromObject(left, right) : type_exports.IsRecord(left) ? FromRecord(left, right) : type_exports.IsString(left) ? FromString(left, right) : type_exports.IsSymbol(left) ? FromSymbol(left, right) : type_exports.IsTuple(left) ? FromTuple3(left, right) : type_exports.IsPromise(left) ? FromPromise2(left, right) : type_exports.IsUint8Array(left) ? FromUint8Array(left, right) : type_exports.IsUndefined(left) ? FromUndefined(left, right) : type_exports.IsUnion(left) ? FromUnion6(left, right) : type_exports.IsUnknown(left) ? FromUnknown(left, right) : type_exports.IsVoid(left) ? FromVoid(left, right) : Throw(`Unknown left type operand '${left[Kind]}'`)
    )
  );
}
__name(Visit3, "Visit");
function ExtendsCheck(left, right) {
  return Visit3(left, right);
}
__name(ExtendsCheck, "ExtendsCheck");

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-result.mjs
function FromProperties8(P, Right, True, False, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extends(P[K2], Right, True, False, Clone(options));
  return Acc;
}
__name(FromProperties8, "FromProperties");
function FromMappedResult6(Left, Right, True, False, options) {
  return FromProperties8(Left.properties, Right, True, False, options);
}
__name(FromMappedResult6, "FromMappedResult");
function ExtendsFromMappedResult(Left, Right, True, False, options) {
  let P = FromMappedResult6(Left, Right, True, False, options);
  return MappedResult(P);
}
__name(ExtendsFromMappedResult, "ExtendsFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/extends/extends.mjs
function ExtendsResolve(left, right, trueType, falseType) {
  let R = ExtendsCheck(left, right);
  return R === ExtendsResult.Union ? Union([trueType, falseType]) : R === ExtendsResult.True ? trueType : falseType;
}
__name(ExtendsResolve, "ExtendsResolve");
function Extends(L, R, T, F, options) {
  return IsMappedResult(L) ? ExtendsFromMappedResult(L, R, T, F, options) : IsMappedKey(L) ? CreateType(ExtendsFromMappedKey(L, R, T, F, options)) : CreateType(ExtendsResolve(L, R, T, F), options);
}
__name(Extends, "Extends");

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-key.mjs
function FromPropertyKey(K, U, L, R, options) {
  return {
    [K]: Extends(Literal(K), U, L, R, Clone(options))
  };
}
__name(FromPropertyKey, "FromPropertyKey");
function FromPropertyKeys(K, U, L, R, options) {
  return K.reduce((Acc, LK) => ({ ...Acc, ...FromPropertyKey(LK, U, L, R, options) }), {});
}
__name(FromPropertyKeys, "FromPropertyKeys");
function FromMappedKey2(K, U, L, R, options) {
  return FromPropertyKeys(K.keys, U, L, R, options);
}
__name(FromMappedKey2, "FromMappedKey");
function ExtendsFromMappedKey(T, U, L, R, options) {
  let P = FromMappedKey2(T, U, L, R, options);
  return MappedResult(P);
}
__name(ExtendsFromMappedKey, "ExtendsFromMappedKey");

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-template-literal.mjs
function ExcludeFromTemplateLiteral(L, R) {
  return Exclude(TemplateLiteralToUnion(L), R);
}
__name(ExcludeFromTemplateLiteral, "ExcludeFromTemplateLiteral");

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude.mjs
function ExcludeRest(L, R) {
  let excluded = L.filter((inner) => ExtendsCheck(inner, R) === ExtendsResult.False);
  return excluded.length === 1 ? excluded[0] : Union(excluded);
}
__name(ExcludeRest, "ExcludeRest");
function Exclude(L, R, options = {}) {
  return IsTemplateLiteral(L) ? CreateType(ExcludeFromTemplateLiteral(L, R), options) : IsMappedResult(L) ? CreateType(ExcludeFromMappedResult(L, R), options) : CreateType(IsUnion(L) ? ExcludeRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? Never() : L, options);
}
__name(Exclude, "Exclude");

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-mapped-result.mjs
function FromProperties9(P, U) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Exclude(P[K2], U);
  return Acc;
}
__name(FromProperties9, "FromProperties");
function FromMappedResult7(R, T) {
  return FromProperties9(R.properties, T);
}
__name(FromMappedResult7, "FromMappedResult");
function ExcludeFromMappedResult(R, T) {
  let P = FromMappedResult7(R, T);
  return MappedResult(P);
}
__name(ExcludeFromMappedResult, "ExcludeFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-template-literal.mjs
function ExtractFromTemplateLiteral(L, R) {
  return Extract(TemplateLiteralToUnion(L), R);
}
__name(ExtractFromTemplateLiteral, "ExtractFromTemplateLiteral");

// node_modules/@sinclair/typebox/build/esm/type/extract/extract.mjs
function ExtractRest(L, R) {
  let extracted = L.filter((inner) => ExtendsCheck(inner, R) !== ExtendsResult.False);
  return extracted.length === 1 ? extracted[0] : Union(extracted);
}
__name(ExtractRest, "ExtractRest");
function Extract(L, R, options) {
  return IsTemplateLiteral(L) ? CreateType(ExtractFromTemplateLiteral(L, R), options) : IsMappedResult(L) ? CreateType(ExtractFromMappedResult(L, R), options) : CreateType(IsUnion(L) ? ExtractRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? L : Never(), options);
}
__name(Extract, "Extract");

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-mapped-result.mjs
function FromProperties10(P, T) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extract(P[K2], T);
  return Acc;
}
__name(FromProperties10, "FromProperties");
function FromMappedResult8(R, T) {
  return FromProperties10(R.properties, T);
}
__name(FromMappedResult8, "FromMappedResult");
function ExtractFromMappedResult(R, T) {
  let P = FromMappedResult8(R, T);
  return MappedResult(P);
}
__name(ExtractFromMappedResult, "ExtractFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/instance-type/instance-type.mjs
function InstanceType(schema, options) {
  return IsConstructor(schema) ? CreateType(schema.returns, options) : Never(options);
}
__name(InstanceType, "InstanceType");

// node_modules/@sinclair/typebox/build/esm/type/readonly-optional/readonly-optional.mjs
function ReadonlyOptional(schema) {
  return Readonly(Optional(schema));
}
__name(ReadonlyOptional, "ReadonlyOptional");

// node_modules/@sinclair/typebox/build/esm/type/record/record.mjs
function RecordCreateFromPattern(pattern, T, options) {
  return CreateType({ [Kind]: "Record", type: "object", patternProperties: { [pattern]: T } }, options);
}
__name(RecordCreateFromPattern, "RecordCreateFromPattern");
function RecordCreateFromKeys(K, T, options) {
  let result = {};
  for (let K2 of K)
    result[K2] = T;
  return Object2(result, { ...options, [Hint]: "Record" });
}
__name(RecordCreateFromKeys, "RecordCreateFromKeys");
function FromTemplateLiteralKey(K, T, options) {
  return IsTemplateLiteralFinite(K) ? RecordCreateFromKeys(IndexPropertyKeys(K), T, options) : RecordCreateFromPattern(K.pattern, T, options);
}
__name(FromTemplateLiteralKey, "FromTemplateLiteralKey");
function FromUnionKey(key, type, options) {
  return RecordCreateFromKeys(IndexPropertyKeys(Union(key)), type, options);
}
__name(FromUnionKey, "FromUnionKey");
function FromLiteralKey(key, type, options) {
  return RecordCreateFromKeys([key.toString()], type, options);
}
__name(FromLiteralKey, "FromLiteralKey");
function FromRegExpKey(key, type, options) {
  return RecordCreateFromPattern(key.source, type, options);
}
__name(FromRegExpKey, "FromRegExpKey");
function FromStringKey(key, type, options) {
  let pattern = IsUndefined(key.pattern) ? PatternStringExact : key.pattern;
  return RecordCreateFromPattern(pattern, type, options);
}
__name(FromStringKey, "FromStringKey");
function FromAnyKey(_, type, options) {
  return RecordCreateFromPattern(PatternStringExact, type, options);
}
__name(FromAnyKey, "FromAnyKey");
function FromNeverKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNeverExact, type, options);
}
__name(FromNeverKey, "FromNeverKey");
function FromBooleanKey(_key, type, options) {
  return Object2({ true: type, false: type }, options);
}
__name(FromBooleanKey, "FromBooleanKey");
function FromIntegerKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
__name(FromIntegerKey, "FromIntegerKey");
function FromNumberKey(_, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
__name(FromNumberKey, "FromNumberKey");
function Record(key, type, options = {}) {
  return IsUnion(key) ? FromUnionKey(key.anyOf, type, options) : IsTemplateLiteral(key) ? FromTemplateLiteralKey(key, type, options) : IsLiteral(key) ? FromLiteralKey(key.const, type, options) : IsBoolean2(key) ? FromBooleanKey(key, type, options) : IsInteger(key) ? FromIntegerKey(key, type, options) : IsNumber3(key) ? FromNumberKey(key, type, options) : IsRegExp2(key) ? FromRegExpKey(key, type, options) : IsString2(key) ? FromStringKey(key, type, options) : IsAny(key) ? FromAnyKey(key, type, options) : IsNever(key) ? FromNeverKey(key, type, options) : Never(options);
}
__name(Record, "Record");
function RecordPattern(record) {
  return globalThis.Object.getOwnPropertyNames(record.patternProperties)[0];
}
__name(RecordPattern, "RecordPattern");
function RecordKey2(type) {
  let pattern = RecordPattern(type);
  return pattern === PatternStringExact ? String2() : pattern === PatternNumberExact ? Number2() : String2({ pattern });
}
__name(RecordKey2, "RecordKey");
function RecordValue2(type) {
  return type.patternProperties[RecordPattern(type)];
}
__name(RecordValue2, "RecordValue");

// node_modules/@sinclair/typebox/build/esm/type/instantiate/instantiate.mjs
function FromConstructor2(args, type) {
  return type.parameters = FromTypes(args, type.parameters), type.returns = FromType(args, type.returns), type;
}
__name(FromConstructor2, "FromConstructor");
function FromFunction2(args, type) {
  return type.parameters = FromTypes(args, type.parameters), type.returns = FromType(args, type.returns), type;
}
__name(FromFunction2, "FromFunction");
function FromIntersect5(args, type) {
  return type.allOf = FromTypes(args, type.allOf), type;
}
__name(FromIntersect5, "FromIntersect");
function FromUnion7(args, type) {
  return type.anyOf = FromTypes(args, type.anyOf), type;
}
__name(FromUnion7, "FromUnion");
function FromTuple4(args, type) {
  return IsUndefined(type.items) || (type.items = FromTypes(args, type.items)), type;
}
__name(FromTuple4, "FromTuple");
function FromArray5(args, type) {
  return type.items = FromType(args, type.items), type;
}
__name(FromArray5, "FromArray");
function FromAsyncIterator2(args, type) {
  return type.items = FromType(args, type.items), type;
}
__name(FromAsyncIterator2, "FromAsyncIterator");
function FromIterator2(args, type) {
  return type.items = FromType(args, type.items), type;
}
__name(FromIterator2, "FromIterator");
function FromPromise3(args, type) {
  return type.item = FromType(args, type.item), type;
}
__name(FromPromise3, "FromPromise");
function FromObject2(args, type) {
  let mappedProperties = FromProperties11(args, type.properties);
  return { ...type, ...Object2(mappedProperties) };
}
__name(FromObject2, "FromObject");
function FromRecord2(args, type) {
  let mappedKey = FromType(args, RecordKey2(type)), mappedValue = FromType(args, RecordValue2(type)), result = Record(mappedKey, mappedValue);
  return { ...type, ...result };
}
__name(FromRecord2, "FromRecord");
function FromArgument(args, argument) {
  return argument.index in args ? args[argument.index] : Unknown();
}
__name(FromArgument, "FromArgument");
function FromProperty2(args, type) {
  let isReadonly = IsReadonly(type), isOptional = IsOptional(type), mapped = FromType(args, type);
  return isReadonly && isOptional ? ReadonlyOptional(mapped) : isReadonly && !isOptional ? Readonly(mapped) : !isReadonly && isOptional ? Optional(mapped) : mapped;
}
__name(FromProperty2, "FromProperty");
function FromProperties11(args, properties) {
  return globalThis.Object.getOwnPropertyNames(properties).reduce((result, key) => ({ ...result, [key]: FromProperty2(args, properties[key]) }), {});
}
__name(FromProperties11, "FromProperties");
function FromTypes(args, types) {
  return types.map((type) => FromType(args, type));
}
__name(FromTypes, "FromTypes");
function FromType(args, type) {
  return IsConstructor(type) ? FromConstructor2(args, type) : IsFunction2(type) ? FromFunction2(args, type) : IsIntersect(type) ? FromIntersect5(args, type) : IsUnion(type) ? FromUnion7(args, type) : IsTuple(type) ? FromTuple4(args, type) : IsArray3(type) ? FromArray5(args, type) : IsAsyncIterator2(type) ? FromAsyncIterator2(args, type) : IsIterator2(type) ? FromIterator2(args, type) : IsPromise(type) ? FromPromise3(args, type) : IsObject3(type) ? FromObject2(args, type) : IsRecord(type) ? FromRecord2(args, type) : IsArgument(type) ? FromArgument(args, type) : type;
}
__name(FromType, "FromType");
function Instantiate(type, args) {
  return FromType(args, CloneType(type));
}
__name(Instantiate, "Instantiate");

// node_modules/@sinclair/typebox/build/esm/type/integer/integer.mjs
function Integer(options) {
  return CreateType({ [Kind]: "Integer", type: "integer" }, options);
}
__name(Integer, "Integer");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic-from-mapped-key.mjs
function MappedIntrinsicPropertyKey(K, M, options) {
  return {
    [K]: Intrinsic(Literal(K), M, Clone(options))
  };
}
__name(MappedIntrinsicPropertyKey, "MappedIntrinsicPropertyKey");
function MappedIntrinsicPropertyKeys(K, M, options) {
  return K.reduce((Acc, L) => ({ ...Acc, ...MappedIntrinsicPropertyKey(L, M, options) }), {});
}
__name(MappedIntrinsicPropertyKeys, "MappedIntrinsicPropertyKeys");
function MappedIntrinsicProperties(T, M, options) {
  return MappedIntrinsicPropertyKeys(T.keys, M, options);
}
__name(MappedIntrinsicProperties, "MappedIntrinsicProperties");
function IntrinsicFromMappedKey(T, M, options) {
  let P = MappedIntrinsicProperties(T, M, options);
  return MappedResult(P);
}
__name(IntrinsicFromMappedKey, "IntrinsicFromMappedKey");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic.mjs
function ApplyUncapitalize(value) {
  let [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toLowerCase(), rest].join("");
}
__name(ApplyUncapitalize, "ApplyUncapitalize");
function ApplyCapitalize(value) {
  let [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toUpperCase(), rest].join("");
}
__name(ApplyCapitalize, "ApplyCapitalize");
function ApplyUppercase(value) {
  return value.toUpperCase();
}
__name(ApplyUppercase, "ApplyUppercase");
function ApplyLowercase(value) {
  return value.toLowerCase();
}
__name(ApplyLowercase, "ApplyLowercase");
function FromTemplateLiteral3(schema, mode, options) {
  let expression = TemplateLiteralParseExact(schema.pattern);
  if (!IsTemplateLiteralExpressionFinite(expression))
    return { ...schema, pattern: FromLiteralValue(schema.pattern, mode) };
  let literals = [...TemplateLiteralExpressionGenerate(expression)].map((value) => Literal(value)), mapped = FromRest5(literals, mode), union = Union(mapped);
  return TemplateLiteral([union], options);
}
__name(FromTemplateLiteral3, "FromTemplateLiteral");
function FromLiteralValue(value, mode) {
  return typeof value == "string" ? mode === "Uncapitalize" ? ApplyUncapitalize(value) : mode === "Capitalize" ? ApplyCapitalize(value) : mode === "Uppercase" ? ApplyUppercase(value) : mode === "Lowercase" ? ApplyLowercase(value) : value : value.toString();
}
__name(FromLiteralValue, "FromLiteralValue");
function FromRest5(T, M) {
  return T.map((L) => Intrinsic(L, M));
}
__name(FromRest5, "FromRest");
function Intrinsic(schema, mode, options = {}) {
  return (
    // Intrinsic-Mapped-Inference
    IsMappedKey(schema) ? IntrinsicFromMappedKey(schema, mode, options) : (
      // Standard-Inference
      IsTemplateLiteral(schema) ? FromTemplateLiteral3(schema, mode, options) : IsUnion(schema) ? Union(FromRest5(schema.anyOf, mode), options) : IsLiteral(schema) ? Literal(FromLiteralValue(schema.const, mode), options) : (
        // Default Type
        CreateType(schema, options)
      )
    )
  );
}
__name(Intrinsic, "Intrinsic");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/capitalize.mjs
function Capitalize(T, options = {}) {
  return Intrinsic(T, "Capitalize", options);
}
__name(Capitalize, "Capitalize");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/lowercase.mjs
function Lowercase(T, options = {}) {
  return Intrinsic(T, "Lowercase", options);
}
__name(Lowercase, "Lowercase");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uncapitalize.mjs
function Uncapitalize(T, options = {}) {
  return Intrinsic(T, "Uncapitalize", options);
}
__name(Uncapitalize, "Uncapitalize");

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uppercase.mjs
function Uppercase(T, options = {}) {
  return Intrinsic(T, "Uppercase", options);
}
__name(Uppercase, "Uppercase");

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-result.mjs
function FromProperties12(properties, propertyKeys, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Omit(properties[K2], propertyKeys, Clone(options));
  return result;
}
__name(FromProperties12, "FromProperties");
function FromMappedResult9(mappedResult, propertyKeys, options) {
  return FromProperties12(mappedResult.properties, propertyKeys, options);
}
__name(FromMappedResult9, "FromMappedResult");
function OmitFromMappedResult(mappedResult, propertyKeys, options) {
  let properties = FromMappedResult9(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}
__name(OmitFromMappedResult, "OmitFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/omit/omit.mjs
function FromIntersect6(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
__name(FromIntersect6, "FromIntersect");
function FromUnion8(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
__name(FromUnion8, "FromUnion");
function FromProperty3(properties, key) {
  let { [key]: _, ...R } = properties;
  return R;
}
__name(FromProperty3, "FromProperty");
function FromProperties13(properties, propertyKeys) {
  return propertyKeys.reduce((T, K2) => FromProperty3(T, K2), properties);
}
__name(FromProperties13, "FromProperties");
function FromObject3(type, propertyKeys, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties13(properties, propertyKeys);
  return Object2(mappedProperties, options);
}
__name(FromObject3, "FromObject");
function UnionFromPropertyKeys(propertyKeys) {
  let result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
__name(UnionFromPropertyKeys, "UnionFromPropertyKeys");
function OmitResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect6(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion8(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject3(type, propertyKeys, type.properties) : Object2({});
}
__name(OmitResolve, "OmitResolve");
function Omit(type, key, options) {
  let typeKey = IsArray(key) ? UnionFromPropertyKeys(key) : key, propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key, isTypeRef = IsRef(type), isKeyRef = IsRef(key);
  return IsMappedResult(type) ? OmitFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? OmitFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Omit", [type, typeKey], options) : CreateType({ ...OmitResolve(type, propertyKeys), ...options });
}
__name(Omit, "Omit");

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-key.mjs
function FromPropertyKey2(type, key, options) {
  return { [key]: Omit(type, [key], Clone(options)) };
}
__name(FromPropertyKey2, "FromPropertyKey");
function FromPropertyKeys2(type, propertyKeys, options) {
  return propertyKeys.reduce((Acc, LK) => ({ ...Acc, ...FromPropertyKey2(type, LK, options) }), {});
}
__name(FromPropertyKeys2, "FromPropertyKeys");
function FromMappedKey3(type, mappedKey, options) {
  return FromPropertyKeys2(type, mappedKey.keys, options);
}
__name(FromMappedKey3, "FromMappedKey");
function OmitFromMappedKey(type, mappedKey, options) {
  let properties = FromMappedKey3(type, mappedKey, options);
  return MappedResult(properties);
}
__name(OmitFromMappedKey, "OmitFromMappedKey");

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-result.mjs
function FromProperties14(properties, propertyKeys, options) {
  let result = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Pick(properties[K2], propertyKeys, Clone(options));
  return result;
}
__name(FromProperties14, "FromProperties");
function FromMappedResult10(mappedResult, propertyKeys, options) {
  return FromProperties14(mappedResult.properties, propertyKeys, options);
}
__name(FromMappedResult10, "FromMappedResult");
function PickFromMappedResult(mappedResult, propertyKeys, options) {
  let properties = FromMappedResult10(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}
__name(PickFromMappedResult, "PickFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/pick/pick.mjs
function FromIntersect7(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
__name(FromIntersect7, "FromIntersect");
function FromUnion9(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
__name(FromUnion9, "FromUnion");
function FromProperties15(properties, propertyKeys) {
  let result = {};
  for (let K2 of propertyKeys)
    K2 in properties && (result[K2] = properties[K2]);
  return result;
}
__name(FromProperties15, "FromProperties");
function FromObject4(Type2, keys, properties) {
  let options = Discard(Type2, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties15(properties, keys);
  return Object2(mappedProperties, options);
}
__name(FromObject4, "FromObject");
function UnionFromPropertyKeys2(propertyKeys) {
  let result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
__name(UnionFromPropertyKeys2, "UnionFromPropertyKeys");
function PickResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect7(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion9(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject4(type, propertyKeys, type.properties) : Object2({});
}
__name(PickResolve, "PickResolve");
function Pick(type, key, options) {
  let typeKey = IsArray(key) ? UnionFromPropertyKeys2(key) : key, propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key, isTypeRef = IsRef(type), isKeyRef = IsRef(key);
  return IsMappedResult(type) ? PickFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? PickFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Pick", [type, typeKey], options) : CreateType({ ...PickResolve(type, propertyKeys), ...options });
}
__name(Pick, "Pick");

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-key.mjs
function FromPropertyKey3(type, key, options) {
  return {
    [key]: Pick(type, [key], Clone(options))
  };
}
__name(FromPropertyKey3, "FromPropertyKey");
function FromPropertyKeys3(type, propertyKeys, options) {
  return propertyKeys.reduce((result, leftKey) => ({ ...result, ...FromPropertyKey3(type, leftKey, options) }), {});
}
__name(FromPropertyKeys3, "FromPropertyKeys");
function FromMappedKey4(type, mappedKey, options) {
  return FromPropertyKeys3(type, mappedKey.keys, options);
}
__name(FromMappedKey4, "FromMappedKey");
function PickFromMappedKey(type, mappedKey, options) {
  let properties = FromMappedKey4(type, mappedKey, options);
  return MappedResult(properties);
}
__name(PickFromMappedKey, "PickFromMappedKey");

// node_modules/@sinclair/typebox/build/esm/type/partial/partial.mjs
function FromComputed3(target, parameters) {
  return Computed("Partial", [Computed(target, parameters)]);
}
__name(FromComputed3, "FromComputed");
function FromRef3($ref) {
  return Computed("Partial", [Ref($ref)]);
}
__name(FromRef3, "FromRef");
function FromProperties16(properties) {
  let partialProperties = {};
  for (let K of globalThis.Object.getOwnPropertyNames(properties))
    partialProperties[K] = Optional(properties[K]);
  return partialProperties;
}
__name(FromProperties16, "FromProperties");
function FromObject5(type, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties16(properties);
  return Object2(mappedProperties, options);
}
__name(FromObject5, "FromObject");
function FromRest6(types) {
  return types.map((type) => PartialResolve(type));
}
__name(FromRest6, "FromRest");
function PartialResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed3(type.target, type.parameters) : IsRef(type) ? FromRef3(type.$ref) : IsIntersect(type) ? Intersect(FromRest6(type.allOf)) : IsUnion(type) ? Union(FromRest6(type.anyOf)) : IsObject3(type) ? FromObject5(type, type.properties) : (
      // Intrinsic
      IsBigInt2(type) || IsBoolean2(type) || IsInteger(type) || IsLiteral(type) || IsNull2(type) || IsNumber3(type) || IsString2(type) || IsSymbol2(type) || IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
__name(PartialResolve, "PartialResolve");
function Partial(type, options) {
  return IsMappedResult(type) ? PartialFromMappedResult(type, options) : CreateType({ ...PartialResolve(type), ...options });
}
__name(Partial, "Partial");

// node_modules/@sinclair/typebox/build/esm/type/partial/partial-from-mapped-result.mjs
function FromProperties17(K, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Partial(K[K2], Clone(options));
  return Acc;
}
__name(FromProperties17, "FromProperties");
function FromMappedResult11(R, options) {
  return FromProperties17(R.properties, options);
}
__name(FromMappedResult11, "FromMappedResult");
function PartialFromMappedResult(R, options) {
  let P = FromMappedResult11(R, options);
  return MappedResult(P);
}
__name(PartialFromMappedResult, "PartialFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/required/required.mjs
function FromComputed4(target, parameters) {
  return Computed("Required", [Computed(target, parameters)]);
}
__name(FromComputed4, "FromComputed");
function FromRef4($ref) {
  return Computed("Required", [Ref($ref)]);
}
__name(FromRef4, "FromRef");
function FromProperties18(properties) {
  let requiredProperties = {};
  for (let K of globalThis.Object.getOwnPropertyNames(properties))
    requiredProperties[K] = Discard(properties[K], [OptionalKind]);
  return requiredProperties;
}
__name(FromProperties18, "FromProperties");
function FromObject6(type, properties) {
  let options = Discard(type, [TransformKind, "$id", "required", "properties"]), mappedProperties = FromProperties18(properties);
  return Object2(mappedProperties, options);
}
__name(FromObject6, "FromObject");
function FromRest7(types) {
  return types.map((type) => RequiredResolve(type));
}
__name(FromRest7, "FromRest");
function RequiredResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed4(type.target, type.parameters) : IsRef(type) ? FromRef4(type.$ref) : IsIntersect(type) ? Intersect(FromRest7(type.allOf)) : IsUnion(type) ? Union(FromRest7(type.anyOf)) : IsObject3(type) ? FromObject6(type, type.properties) : (
      // Intrinsic
      IsBigInt2(type) || IsBoolean2(type) || IsInteger(type) || IsLiteral(type) || IsNull2(type) || IsNumber3(type) || IsString2(type) || IsSymbol2(type) || IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
__name(RequiredResolve, "RequiredResolve");
function Required(type, options) {
  return IsMappedResult(type) ? RequiredFromMappedResult(type, options) : CreateType({ ...RequiredResolve(type), ...options });
}
__name(Required, "Required");

// node_modules/@sinclair/typebox/build/esm/type/required/required-from-mapped-result.mjs
function FromProperties19(P, options) {
  let Acc = {};
  for (let K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Required(P[K2], options);
  return Acc;
}
__name(FromProperties19, "FromProperties");
function FromMappedResult12(R, options) {
  return FromProperties19(R.properties, options);
}
__name(FromMappedResult12, "FromMappedResult");
function RequiredFromMappedResult(R, options) {
  let P = FromMappedResult12(R, options);
  return MappedResult(P);
}
__name(RequiredFromMappedResult, "RequiredFromMappedResult");

// node_modules/@sinclair/typebox/build/esm/type/module/compute.mjs
function DereferenceParameters(moduleProperties, types) {
  return types.map((type) => IsRef(type) ? Dereference(moduleProperties, type.$ref) : FromType2(moduleProperties, type));
}
__name(DereferenceParameters, "DereferenceParameters");
function Dereference(moduleProperties, ref) {
  return ref in moduleProperties ? IsRef(moduleProperties[ref]) ? Dereference(moduleProperties, moduleProperties[ref].$ref) : FromType2(moduleProperties, moduleProperties[ref]) : Never();
}
__name(Dereference, "Dereference");
function FromAwaited(parameters) {
  return Awaited(parameters[0]);
}
__name(FromAwaited, "FromAwaited");
function FromIndex(parameters) {
  return Index(parameters[0], parameters[1]);
}
__name(FromIndex, "FromIndex");
function FromKeyOf(parameters) {
  return KeyOf(parameters[0]);
}
__name(FromKeyOf, "FromKeyOf");
function FromPartial(parameters) {
  return Partial(parameters[0]);
}
__name(FromPartial, "FromPartial");
function FromOmit(parameters) {
  return Omit(parameters[0], parameters[1]);
}
__name(FromOmit, "FromOmit");
function FromPick(parameters) {
  return Pick(parameters[0], parameters[1]);
}
__name(FromPick, "FromPick");
function FromRequired(parameters) {
  return Required(parameters[0]);
}
__name(FromRequired, "FromRequired");
function FromComputed5(moduleProperties, target, parameters) {
  let dereferenced = DereferenceParameters(moduleProperties, parameters);
  return target === "Awaited" ? FromAwaited(dereferenced) : target === "Index" ? FromIndex(dereferenced) : target === "KeyOf" ? FromKeyOf(dereferenced) : target === "Partial" ? FromPartial(dereferenced) : target === "Omit" ? FromOmit(dereferenced) : target === "Pick" ? FromPick(dereferenced) : target === "Required" ? FromRequired(dereferenced) : Never();
}
__name(FromComputed5, "FromComputed");
function FromArray6(moduleProperties, type) {
  return Array2(FromType2(moduleProperties, type));
}
__name(FromArray6, "FromArray");
function FromAsyncIterator3(moduleProperties, type) {
  return AsyncIterator(FromType2(moduleProperties, type));
}
__name(FromAsyncIterator3, "FromAsyncIterator");
function FromConstructor3(moduleProperties, parameters, instanceType) {
  return Constructor(FromTypes2(moduleProperties, parameters), FromType2(moduleProperties, instanceType));
}
__name(FromConstructor3, "FromConstructor");
function FromFunction3(moduleProperties, parameters, returnType) {
  return Function(FromTypes2(moduleProperties, parameters), FromType2(moduleProperties, returnType));
}
__name(FromFunction3, "FromFunction");
function FromIntersect8(moduleProperties, types) {
  return Intersect(FromTypes2(moduleProperties, types));
}
__name(FromIntersect8, "FromIntersect");
function FromIterator3(moduleProperties, type) {
  return Iterator(FromType2(moduleProperties, type));
}
__name(FromIterator3, "FromIterator");
function FromObject7(moduleProperties, properties) {
  return Object2(globalThis.Object.keys(properties).reduce((result, key) => ({ ...result, [key]: FromType2(moduleProperties, properties[key]) }), {}));
}
__name(FromObject7, "FromObject");
function FromRecord3(moduleProperties, type) {
  let [value, pattern] = [FromType2(moduleProperties, RecordValue2(type)), RecordPattern(type)], result = CloneType(type);
  return result.patternProperties[pattern] = value, result;
}
__name(FromRecord3, "FromRecord");
function FromTransform(moduleProperties, transform) {
  return IsRef(transform) ? { ...Dereference(moduleProperties, transform.$ref), [TransformKind]: transform[TransformKind] } : transform;
}
__name(FromTransform, "FromTransform");
function FromTuple5(moduleProperties, types) {
  return Tuple(FromTypes2(moduleProperties, types));
}
__name(FromTuple5, "FromTuple");
function FromUnion10(moduleProperties, types) {
  return Union(FromTypes2(moduleProperties, types));
}
__name(FromUnion10, "FromUnion");
function FromTypes2(moduleProperties, types) {
  return types.map((type) => FromType2(moduleProperties, type));
}
__name(FromTypes2, "FromTypes");
function FromType2(moduleProperties, type) {
  return (
    // Modifiers
    IsOptional(type) ? CreateType(FromType2(moduleProperties, Discard(type, [OptionalKind])), type) : IsReadonly(type) ? CreateType(FromType2(moduleProperties, Discard(type, [ReadonlyKind])), type) : (
      // Transform
      IsTransform(type) ? CreateType(FromTransform(moduleProperties, type), type) : (
        // Types
        IsArray3(type) ? CreateType(FromArray6(moduleProperties, type.items), type) : IsAsyncIterator2(type) ? CreateType(FromAsyncIterator3(moduleProperties, type.items), type) : IsComputed(type) ? CreateType(FromComputed5(moduleProperties, type.target, type.parameters)) : IsConstructor(type) ? CreateType(FromConstructor3(moduleProperties, type.parameters, type.returns), type) : IsFunction2(type) ? CreateType(FromFunction3(moduleProperties, type.parameters, type.returns), type) : IsIntersect(type) ? CreateType(FromIntersect8(moduleProperties, type.allOf), type) : IsIterator2(type) ? CreateType(FromIterator3(moduleProperties, type.items), type) : IsObject3(type) ? CreateType(FromObject7(moduleProperties, type.properties), type) : IsRecord(type) ? CreateType(FromRecord3(moduleProperties, type)) : IsTuple(type) ? CreateType(FromTuple5(moduleProperties, type.items || []), type) : IsUnion(type) ? CreateType(FromUnion10(moduleProperties, type.anyOf), type) : type
      )
    )
  );
}
__name(FromType2, "FromType");
function ComputeType(moduleProperties, key) {
  return key in moduleProperties ? FromType2(moduleProperties, moduleProperties[key]) : Never();
}
__name(ComputeType, "ComputeType");
function ComputeModuleProperties(moduleProperties) {
  return globalThis.Object.getOwnPropertyNames(moduleProperties).reduce((result, key) => ({ ...result, [key]: ComputeType(moduleProperties, key) }), {});
}
__name(ComputeModuleProperties, "ComputeModuleProperties");

// node_modules/@sinclair/typebox/build/esm/type/module/module.mjs
var TModule = class {
  static {
    __name(this, "TModule");
  }
  constructor($defs) {
    let computed = ComputeModuleProperties($defs), identified = this.WithIdentifiers(computed);
    this.$defs = identified;
  }
  /** `[Json]` Imports a Type by Key. */
  Import(key, options) {
    let $defs = { ...this.$defs, [key]: CreateType(this.$defs[key], options) };
    return CreateType({ [Kind]: "Import", $defs, $ref: key });
  }
  // prettier-ignore
  WithIdentifiers($defs) {
    return globalThis.Object.getOwnPropertyNames($defs).reduce((result, key) => ({ ...result, [key]: { ...$defs[key], $id: key } }), {});
  }
};
function Module(properties) {
  return new TModule(properties);
}
__name(Module, "Module");

// node_modules/@sinclair/typebox/build/esm/type/not/not.mjs
function Not(type, options) {
  return CreateType({ [Kind]: "Not", not: type }, options);
}
__name(Not, "Not");

// node_modules/@sinclair/typebox/build/esm/type/parameters/parameters.mjs
function Parameters(schema, options) {
  return IsFunction2(schema) ? Tuple(schema.parameters, options) : Never();
}
__name(Parameters, "Parameters");

// node_modules/@sinclair/typebox/build/esm/type/recursive/recursive.mjs
var Ordinal = 0;
function Recursive(callback, options = {}) {
  IsUndefined(options.$id) && (options.$id = `T${Ordinal++}`);
  let thisType = CloneType(callback({ [Kind]: "This", $ref: `${options.$id}` }));
  return thisType.$id = options.$id, CreateType({ [Hint]: "Recursive", ...thisType }, options);
}
__name(Recursive, "Recursive");

// node_modules/@sinclair/typebox/build/esm/type/regexp/regexp.mjs
function RegExp2(unresolved, options) {
  let expr = IsString(unresolved) ? new globalThis.RegExp(unresolved) : unresolved;
  return CreateType({ [Kind]: "RegExp", type: "RegExp", source: expr.source, flags: expr.flags }, options);
}
__name(RegExp2, "RegExp");

// node_modules/@sinclair/typebox/build/esm/type/rest/rest.mjs
function RestResolve(T) {
  return IsIntersect(T) ? T.allOf : IsUnion(T) ? T.anyOf : IsTuple(T) ? T.items ?? [] : [];
}
__name(RestResolve, "RestResolve");
function Rest(T) {
  return RestResolve(T);
}
__name(Rest, "Rest");

// node_modules/@sinclair/typebox/build/esm/type/return-type/return-type.mjs
function ReturnType(schema, options) {
  return IsFunction2(schema) ? CreateType(schema.returns, options) : Never(options);
}
__name(ReturnType, "ReturnType");

// node_modules/@sinclair/typebox/build/esm/type/transform/transform.mjs
var TransformDecodeBuilder = class {
  static {
    __name(this, "TransformDecodeBuilder");
  }
  constructor(schema) {
    this.schema = schema;
  }
  Decode(decode) {
    return new TransformEncodeBuilder(this.schema, decode);
  }
}, TransformEncodeBuilder = class {
  static {
    __name(this, "TransformEncodeBuilder");
  }
  constructor(schema, decode) {
    this.schema = schema, this.decode = decode;
  }
  EncodeTransform(encode, schema) {
    let Codec = { Encode: /* @__PURE__ */ __name((value) => schema[TransformKind].Encode(encode(value)), "Encode"), Decode: /* @__PURE__ */ __name((value) => this.decode(schema[TransformKind].Decode(value)), "Decode") };
    return { ...schema, [TransformKind]: Codec };
  }
  EncodeSchema(encode, schema) {
    let Codec = { Decode: this.decode, Encode: encode };
    return { ...schema, [TransformKind]: Codec };
  }
  Encode(encode) {
    return IsTransform(this.schema) ? this.EncodeTransform(encode, this.schema) : this.EncodeSchema(encode, this.schema);
  }
};
function Transform(schema) {
  return new TransformDecodeBuilder(schema);
}
__name(Transform, "Transform");

// node_modules/@sinclair/typebox/build/esm/type/unsafe/unsafe.mjs
function Unsafe(options = {}) {
  return CreateType({ [Kind]: options[Kind] ?? "Unsafe" }, options);
}
__name(Unsafe, "Unsafe");

// node_modules/@sinclair/typebox/build/esm/type/void/void.mjs
function Void(options) {
  return CreateType({ [Kind]: "Void", type: "void" }, options);
}
__name(Void, "Void");

// node_modules/@sinclair/typebox/build/esm/type/type/type.mjs
var type_exports2 = {};
__export(type_exports2, {
  Any: () => Any,
  Argument: () => Argument,
  Array: () => Array2,
  AsyncIterator: () => AsyncIterator,
  Awaited: () => Awaited,
  BigInt: () => BigInt2,
  Boolean: () => Boolean2,
  Capitalize: () => Capitalize,
  Composite: () => Composite,
  Const: () => Const,
  Constructor: () => Constructor,
  ConstructorParameters: () => ConstructorParameters,
  Date: () => Date2,
  Enum: () => Enum,
  Exclude: () => Exclude,
  Extends: () => Extends,
  Extract: () => Extract,
  Function: () => Function,
  Index: () => Index,
  InstanceType: () => InstanceType,
  Instantiate: () => Instantiate,
  Integer: () => Integer,
  Intersect: () => Intersect,
  Iterator: () => Iterator,
  KeyOf: () => KeyOf,
  Literal: () => Literal,
  Lowercase: () => Lowercase,
  Mapped: () => Mapped,
  Module: () => Module,
  Never: () => Never,
  Not: () => Not,
  Null: () => Null,
  Number: () => Number2,
  Object: () => Object2,
  Omit: () => Omit,
  Optional: () => Optional,
  Parameters: () => Parameters,
  Partial: () => Partial,
  Pick: () => Pick,
  Promise: () => Promise2,
  Readonly: () => Readonly,
  ReadonlyOptional: () => ReadonlyOptional,
  Record: () => Record,
  Recursive: () => Recursive,
  Ref: () => Ref,
  RegExp: () => RegExp2,
  Required: () => Required,
  Rest: () => Rest,
  ReturnType: () => ReturnType,
  String: () => String2,
  Symbol: () => Symbol2,
  TemplateLiteral: () => TemplateLiteral,
  Transform: () => Transform,
  Tuple: () => Tuple,
  Uint8Array: () => Uint8Array2,
  Uncapitalize: () => Uncapitalize,
  Undefined: () => Undefined,
  Union: () => Union,
  Unknown: () => Unknown,
  Unsafe: () => Unsafe,
  Uppercase: () => Uppercase,
  Void: () => Void
});

// node_modules/@sinclair/typebox/build/esm/type/type/index.mjs
var Type = type_exports2;

// src/manifest/schema.ts
var NAME_MESSAGE = "must be a GCP resource name: lowercase letters, digits and dashes, starting with a letter and not ending with a dash", PROJECT_PATTERN = "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$", REGION_PATTERN = "^[a-z]+(-[a-z]+)+[0-9]+$", RFC1035 = "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$";
function strict(properties, options = {}) {
  return Type.Object(properties, { additionalProperties: !1, ...options });
}
__name(strict, "strict");
function exactlyOne(keys) {
  return { oneOf: keys.map((k) => ({ required: [k] })) };
}
__name(exactlyOne, "exactlyOne");
function stringEnum(values, description) {
  return Type.Unsafe({ type: "string", enum: [...values], description });
}
__name(stringEnum, "stringEnum");
var gcpName = /* @__PURE__ */ __name((description) => Type.String({ pattern: NAME_PATTERN, minLength: 1, maxLength: 63, description, "x-message": NAME_MESSAGE }), "gcpName"), SecretRef = strict(
  {
    env: Type.Optional(Type.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Read the secret from this environment variable.", "x-message": "must be an environment variable name" })),
    file: Type.Optional(Type.String({ minLength: 1, description: "Read the secret from this file (relative to the manifest)." }))
  },
  { ...exactlyOne(["env", "file"]), description: "A secret, by reference only: never written in the manifest. Compared with GCP by hash, never printed." }
), AddressSource = strict(
  {
    reserve: Type.Optional(gcpName("Reserve a new global static external address with this name (Premium tier); lb-plan owns it.")),
    existing: Type.Optional(gcpName("Use an existing reserved global address by name; lb-plan never changes or deletes it.")),
    ip: Type.Optional(Type.String({ minLength: 1, description: "A literal IP address, such as a BYOIP address." })),
    ephemeral: Type.Optional(Type.Literal(!0, { description: "Let GCP pick an ephemeral address (HTTP-only tests; the IP changes if the forwarding rule is recreated)." }))
  },
  { ...exactlyOne(["reserve", "existing", "ip", "ephemeral"]), description: "Where the frontend IP address comes from." }
), Certificate = strict(
  {
    managed: Type.Optional(
      Type.Array(Type.String({ minLength: 1, description: "A domain name, without a wildcard." }), {
        minItems: 1,
        maxItems: 100,
        description: "A Google-managed certificate for these domains.",
        "x-message": "a Google-managed certificate takes 1 to 100 domains"
      })
    ),
    selfManaged: Type.Optional(
      strict(
        {
          certificate: Type.String({ minLength: 1, description: "Path of the PEM certificate chain, relative to the manifest." }),
          privateKey: SecretRef
        },
        { description: "A self-managed certificate: PEM chain from a file, private key from a file or an environment variable." }
      )
    ),
    existing: Type.Optional(gcpName("An existing SSL certificate resource, by name; lb-plan never changes or deletes it.")),
    namePrefix: Type.Optional(gcpName("Prefix of the certificate resource name (lb-plan appends a content hash). Defaults to <lb>-cert.")),
    name: Type.Optional(
      gcpName(
        "The full name of the certificate resource, for one lb-plan took over (lb-plan import). A certificate cannot change: a later change creates its successor under the generated name (namePrefix plus a content hash), without downtime."
      )
    )
  },
  exactlyOne(["managed", "selfManaged", "existing"])
), Https = strict({
  certificates: Type.Array(Certificate, {
    minItems: 1,
    maxItems: 15,
    description: "The certificates of the target HTTPS proxy (1 to 15).",
    "x-message": "a target HTTPS proxy takes 1 to 15 SSL certificates"
  }),
  redirectHttp: Type.Optional(Type.Boolean({ description: "Also answer HTTP on port 80 with a redirect to HTTPS, on the same IP address." })),
  quicOverride: Type.Optional(stringEnum(["NONE", "ENABLE", "DISABLE"], "QUIC negotiation: NONE lets Google decide.")),
  sslPolicy: Type.Optional(gcpName("An existing SSL policy, by name."))
}), Frontend = strict({
  address: AddressSource,
  ipv6: Type.Optional(AddressSource),
  http: Type.Optional(Type.Boolean({ description: "Serve HTTP on port 80. Defaults to true without https, false with it." })),
  https: Type.Optional(Https)
}), urlMask = Type.Optional(Type.String({ minLength: 1, description: "A URL mask: a template of your URL schema, with placeholders." })), ServerlessNeg = strict(
  {
    name: Type.Optional(
      gcpName("The NEG resource name, for one lb-plan took over (lb-plan import). A NEG cannot change: a later change creates its successor under the generated name (<lb>-<backend>-<hash>), without downtime.")
    ),
    region: Type.String({ pattern: REGION_PATTERN, description: "Region of the serverless service and of its NEG.", "x-message": "must be a region such as us-central1" }),
    cloudRun: Type.Optional(
      strict({
        service: Type.Optional(Type.String({ pattern: RFC1035, description: "Cloud Run service name.", "x-message": "must be a Cloud Run service name (RFC 1035, 1-63 characters)" })),
        tag: Type.Optional(Type.String({ pattern: RFC1035, description: "Cloud Run tag (named revision).", "x-message": "must be a Cloud Run tag (RFC 1035, 1-63 characters)" })),
        urlMask
      })
    ),
    cloudFunctions: Type.Optional(
      strict({
        function: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: "Cloud Functions function name (case-sensitive)." })),
        urlMask
      })
    ),
    appEngine: Type.Optional(
      strict({
        service: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: "App Engine service (default service when omitted)." })),
        version: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "App Engine version." })),
        urlMask
      })
    ),
    apiGateway: Type.Optional(
      strict({
        gateway: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: "API Gateway gateway id (Compute beta API)." })),
        urlMask
      })
    )
  },
  exactlyOne(["cloudRun", "cloudFunctions", "appEngine", "apiGateway"])
), Cdn = strict({
  cacheMode: Type.Optional(stringEnum(["CACHE_ALL_STATIC", "USE_ORIGIN_HEADERS", "FORCE_CACHE_ALL"], "Cloud CDN cache mode (default CACHE_ALL_STATIC).")),
  defaultTtl: Type.Optional(Type.Integer({ minimum: 0, maximum: 31536e3, description: "Seconds." })),
  maxTtl: Type.Optional(Type.Integer({ minimum: 0, maximum: 31536e3, description: "Seconds." })),
  clientTtl: Type.Optional(Type.Integer({ minimum: 0, maximum: 31536e3, description: "Seconds." })),
  negativeCaching: Type.Optional(Type.Boolean()),
  serveWhileStale: Type.Optional(Type.Integer({ minimum: 0, maximum: 31536e3, description: "Seconds." })),
  requestCoalescing: Type.Optional(Type.Boolean())
}), Iap = strict({
  oauth2ClientId: Type.String({ minLength: 1, description: "OAuth 2.0 client id." }),
  oauth2ClientSecret: SecretRef
}), RATE_LIMIT_INTERVALS = [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600], RateLimit = strict({
  name: Type.Optional(gcpName("Name of the security policy. Defaults to <lb>-<backend>-armor.")),
  requestCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e4, description: "Requests allowed per interval and key (default 500).", "x-message": "must be a whole number from 1 to 10,000" })),
  intervalSec: Type.Optional(Type.Unsafe({ type: "integer", enum: [...RATE_LIMIT_INTERVALS], description: "Interval in seconds (default 60)." })),
  enforceOnKey: Type.Optional(stringEnum(["ALL", "IP", "XFF_IP"], "How clients are told apart (default IP)."))
}), SecurityPolicy = strict(
  {
    existing: Type.Optional(gcpName("Attach an existing Cloud Armor security policy by name.")),
    rateLimit: Type.Optional(RateLimit)
  },
  { ...exactlyOne(["existing", "rateLimit"]), description: "Cloud Armor: attach an existing policy, or let lb-plan own the default rate-limit policy." }
), Logging = Type.Union([Type.Boolean(), strict({ sampleRate: Type.Number({ minimum: 0, maximum: 1, description: "Fraction of requests logged, 0 to 1." }) })], {
  description: "Request logging: on with sample rate 1.0 by default, as the console does."
}), Backend = strict({
  name: Type.Optional(gcpName("The backend service resource name. Defaults to <lb>-<backend key>.")),
  description: Type.Optional(Type.String({ maxLength: 2048 })),
  serverless: Type.Array(ServerlessNeg, { minItems: 1, description: "Serverless NEGs: one per region, all on one platform." }),
  cdn: Type.Optional(Type.Union([Type.Boolean(), Cdn], { description: "Cloud CDN." })),
  iap: Type.Optional(Iap),
  securityPolicy: Type.Optional(SecurityPolicy),
  logging: Type.Optional(Logging)
}), BackendRef = Type.String({ minLength: 1, description: "The key of a backend under `backends`." }), PathRule = strict({
  paths: Type.Array(Type.String({ pattern: "^/", "x-message": "must start with /" }), { minItems: 1 }),
  backend: BackendRef
}), HostRule = strict({
  hosts: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: "Host names; `*` alone or as a leading wildcard." }),
  pathMatcher: Type.Optional(
    gcpName("Name of the URL map path matcher for these hosts (defaults to one made from the first host). Host rules that name the same path matcher share it, and must then agree on backend and paths.")
  ),
  backend: BackendRef,
  paths: Type.Optional(Type.Array(PathRule))
}), Routing = strict({
  default: BackendRef,
  hosts: Type.Optional(Type.Array(HostRule)),
  paths: Type.Optional(Type.Array(PathRule, { description: "Path rules for every host no `hosts` entry names (the guide's most common routing): /api/* \u2192 api on any host. Requests matching none go to `default`." }))
}), MAX_URL_MAP_TESTS = 100, UrlTest = strict(
  {
    url: Type.String({ pattern: "^https?://[^/?#\\s]+", description: "A request URL: https://HOST/PATH.", "x-message": "must be an http or https URL such as https://shop.example.com/api/x" }),
    backend: BackendRef
  },
  { description: "The URL must reach this backend. Checked by validate; compiled into the URL map, where GCP checks it on every update." }
), Names = strict(
  {
    urlMap: Type.Optional(gcpName("The URL map. Defaults to <lb>.")),
    redirectUrlMap: Type.Optional(gcpName("The HTTP-to-HTTPS redirect URL map. Defaults to <lb>-redirect.")),
    httpProxy: Type.Optional(gcpName("The target HTTP proxy. Defaults to <lb>-http-proxy.")),
    httpsProxy: Type.Optional(gcpName("The target HTTPS proxy. Defaults to <lb>-https-proxy.")),
    httpForwardingRule: Type.Optional(gcpName("The IPv4 HTTP forwarding rule. Defaults to <lb>-http.")),
    httpsForwardingRule: Type.Optional(gcpName("The IPv4 HTTPS forwarding rule. Defaults to <lb>-https.")),
    httpForwardingRuleIpv6: Type.Optional(gcpName("The IPv6 HTTP forwarding rule. Defaults to <lb>-http-ipv6.")),
    httpsForwardingRuleIpv6: Type.Optional(gcpName("The IPv6 HTTPS forwarding rule. Defaults to <lb>-https-ipv6."))
  },
  { description: "Explicit resource names, for a load balancer built outside lb-plan (lb-plan import writes them). Unset names are derived from metadata.name." }
), Metadata = strict({
  name: gcpName("Name of the load balancer: the URL map, and the prefix of every resource lb-plan creates."),
  project: Type.Optional(
    Type.String({
      pattern: PROJECT_PATTERN,
      description: "GCP project id. May be left out when the project is given where the manifest is used: --project on the command line, the project input of the Action (one manifest for several environments).",
      "x-message": "must be a GCP project id"
    })
  ),
  description: Type.Optional(Type.String({ maxLength: 1024 })),
  labels: Type.Optional(Type.Record(Type.String(), Type.String(), { description: "Labels for the resources that take them (addresses, forwarding rules, security policies)." })),
  names: Type.Optional(Names),
  adopt: Type.Optional(
    Type.Array(
      Type.String({
        pattern: "^((globalAddress|securityPolicy|backendService|urlMap|targetHttpProxy|targetHttpsProxy|globalForwardingRule|sslCertificate)/|regionNetworkEndpointGroup/[a-z]+(-[a-z]+)+[0-9]+/)[a-z]([-a-z0-9]*[a-z0-9])?$",
        "x-message": "must be a resource address such as backendService/my-lb-hello or regionNetworkEndpointGroup/us-central1/hello-neg"
      }),
      {
        description: "Existing resources, by address, that lb-plan may take over (it then owns and manages them). Without this, a resource with a wanted name that lb-plan does not own is an error. NEGs and certificates cannot carry an ownership marker: this list is their ownership record, accepted only while nothing outside this load balancer uses them."
      }
    )
  )
}), ManifestSchema = strict(
  {
    apiVersion: Type.Literal("lb-plan/v1"),
    kind: Type.Literal("LoadBalancer"),
    metadata: Metadata,
    frontend: Frontend,
    backends: Type.Record(Type.String(), Backend, { minProperties: 1, description: "Backend services, by key." }),
    routing: Type.Optional(Routing),
    tests: Type.Optional(
      Type.Array(UrlTest, {
        maxItems: MAX_URL_MAP_TESTS,
        description: "URL map tests: each URL and the backend it must reach.",
        "x-message": `a URL map takes at most ${MAX_URL_MAP_TESTS} tests`
      })
    )
  },
  { $id: "https://lb-plan.dev/schema/manifest.schema.json", title: "lb-plan load balancer manifest" }
);
function manifestJsonSchema() {
  return { $schema: "http://json-schema.org/draft-07/schema#", ...JSON.parse(JSON.stringify(ManifestSchema)) };
}
__name(manifestJsonSchema, "manifestJsonSchema");

// src/graph/dag.ts
var Dag = class {
  static {
    __name(this, "Dag");
  }
  deps = /* @__PURE__ */ new Map();
  dependents = /* @__PURE__ */ new Map();
  addNode(id) {
    return this.deps.has(id) || (this.deps.set(id, /* @__PURE__ */ new Set()), this.dependents.set(id, /* @__PURE__ */ new Set())), this;
  }
  /** `from` depends on `to`: `to` comes first in `waves()`. */
  addEdge(from, to) {
    return this.addNode(from).addNode(to), this.deps.get(from).add(to), this.dependents.get(to).add(from), this;
  }
  get nodes() {
    return [...this.deps.keys()];
  }
  dependenciesOf(id) {
    return [...this.deps.get(id) ?? []];
  }
  dependentsOf(id) {
    return [...this.dependents.get(id) ?? []];
  }
  /**
   * Nodes grouped in waves: every node's dependencies are in earlier waves. Each wave is sorted,
   * so the result is deterministic. Throws CycleError when there is a cycle.
   */
  waves() {
    let remaining = /* @__PURE__ */ new Map(), ready = [];
    this.deps.forEach((d, id) => {
      remaining.set(id, d.size), d.size === 0 && ready.push(id);
    });
    let out = [], placed = 0;
    for (; ready.length > 0; ) {
      ready.sort(), out.push(ready), placed += ready.length;
      let next = [], release = /* @__PURE__ */ __name((dep) => {
        let n = remaining.get(dep) - 1;
        remaining.set(dep, n), n === 0 && next.push(dep);
      }, "release");
      for (let i = 0; i < ready.length; i++) this.dependents.get(ready[i]).forEach(release);
      ready = next;
    }
    if (placed !== this.deps.size) throw new CycleError(this.findCycle());
    return out;
  }
  /** The reverse order, for deletes: dependents go before what they depend on. */
  reverseWaves() {
    return this.waves().reverse();
  }
  /** One cycle, as a path that starts and ends at the same node; empty when there is none. */
  findCycle() {
    let state = /* @__PURE__ */ new Map(), stack = [], visit2 = /* @__PURE__ */ __name((id) => {
      state.set(id, "open"), stack.push(id);
      for (let d of [...this.deps.get(id)].sort()) {
        if (state.get(d) === "open") return [...stack.slice(stack.indexOf(d)), d];
        if (!state.has(d)) {
          let c = visit2(d);
          if (c) return c;
        }
      }
      stack.pop(), state.set(id, "done");
    }, "visit");
    for (let id of [...this.deps.keys()].sort())
      if (!state.has(id)) {
        let c = visit2(id);
        if (c) return c;
      }
    return [];
  }
}, CycleError = class extends Error {
  constructor(cycle) {
    super(`dependency cycle: ${cycle.join(" -> ")}`);
    this.cycle = cycle;
    this.name = "CycleError";
  }
  static {
    __name(this, "CycleError");
  }
};

// src/graph/topology.ts
var PLATFORM_LABEL = { cloudRun: "Cloud Run", cloudFunctions: "Cloud Functions", appEngine: "App Engine", apiGateway: "API Gateway" };
function ownedNode(r) {
  let body = r.body, features = [];
  r.kind === "backendService" && (body.enableCDN === !0 && features.push("CDN"), body.iap?.enabled === !0 && features.push("IAP"), r.setters.some((s) => s.field === "securityPolicy" && s.body.securityPolicy) && features.push("Cloud Armor"));
  let domains = r.kind === "sslCertificate" ? body.managed?.domains : void 0;
  return { id: r.address, kind: r.kind, name: r.name, ...r.scope.type === "region" ? { region: r.scope.region } : {}, role: "owned", api: r.api, ...features.length ? { features } : {}, ...domains?.length ? { domains } : {} };
}
__name(ownedNode, "ownedNode");
function serviceAddress(link) {
  return typeof link == "string" && link.includes("/backendServices/") ? `backendService/${link.split("/").pop()}` : void 0;
}
__name(serviceAddress, "serviceAddress");
function routesOf(body) {
  let out = /* @__PURE__ */ new Map(), add = /* @__PURE__ */ __name((link, route) => {
    let to = serviceAddress(link);
    to && out.set(to, [...out.get(to) ?? [], route]);
  }, "add"), matchers = new Map((body.pathMatchers ?? []).map((m) => [m.name, m]));
  for (let rule of body.hostRules ?? []) {
    let m = matchers.get(rule.pathMatcher);
    for (let host of rule.hosts ?? []) {
      let h = host === "*" ? "" : host;
      for (let pr of m?.pathRules ?? []) for (let path of pr.paths ?? []) add(pr.service, `${h}${path}`);
      add(m?.defaultService, `${h}/*`);
    }
  }
  return add(body.defaultService, "default"), out;
}
__name(routesOf, "routesOf");
function removedParts(plan, nodes, edges) {
  let removed = plan.resources.filter((r) => r.action === "delete" && !nodes.has(r.address));
  for (let r of removed) nodes.set(r.address, { id: r.address, kind: r.kind, name: r.name, ...r.scope.type === "region" ? { region: r.scope.region } : {}, role: "removed" });
  for (let d of removed) {
    let tail = `${d.scope.type === "region" ? `/regions/${d.scope.region}/` : "/global/"}${KIND_INFO[d.kind].segment}/${d.name}`;
    for (let r of plan.resources) r.address !== d.address && r.before && JSON.stringify(r.before).includes(`${tail}"`) && edges.push({ from: r.address, to: d.address });
  }
}
__name(removedParts, "removedParts");
function topology(lb, plan) {
  let nodes = /* @__PURE__ */ new Map(), edges = [];
  for (let r of lb.resources) nodes.set(r.address, ownedNode(r));
  for (let r of lb.resources) {
    let routes = r.kind === "urlMap" ? routesOf(r.body) : void 0;
    for (let d of r.dependsOn) edges.push({ from: r.address, to: d, ...routes?.get(d) ? { routes: routes.get(d) } : {} });
    for (let ref of r.references) {
      let id = ref.kind === "sslPolicy" ? `sslPolicy/${ref.name}` : resourceAddress(ref.kind, GLOBAL, ref.name);
      nodes.has(id) || nodes.set(id, { id, kind: ref.kind, name: ref.name, role: "existing" }), edges.push({ from: r.address, to: id });
    }
  }
  for (let s of lb.serverless) {
    let id = `${s.platform}/${s.region}/${s.label}`;
    nodes.has(id) || nodes.set(id, { id, kind: s.platform, name: s.label, region: s.region, role: "serverless" }), edges.push({ from: s.neg, to: id });
  }
  plan && removedParts(plan, nodes, edges);
  let order = ["globalForwardingRule", "globalAddress", "targetHttpProxy", "targetHttpsProxy", "sslCertificate", "sslPolicy", "urlMap", "backendService", "securityPolicy", "regionNetworkEndpointGroup"], rank = /* @__PURE__ */ __name((n) => {
    let i = order.indexOf(n.kind);
    return i < 0 ? order.length : i;
  }, "rank"), sorted = [...nodes.values()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)), unique = [...new Map(edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)).map((e) => [`${e.from}\0${e.to}`, e])).values()];
  return { name: lb.name, project: lb.project, nodes: sorted, edges: unique };
}
__name(topology, "topology");
function kindLabel(n) {
  return n.role === "serverless" ? PLATFORM_LABEL[n.kind] : n.kind === "sslPolicy" ? "SSL policy" : KIND_INFO[n.kind].label;
}
__name(kindLabel, "kindLabel");
function mermaidText(s) {
  return s.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
__name(mermaidText, "mermaidText");
function details(n) {
  let extra = [n.region, n.role === "existing" ? "existing" : n.role === "removed" ? "removed" : void 0, n.api === "beta" ? "beta API" : void 0].filter(Boolean).join(", ");
  return [...extra ? [`(${extra})`] : [], ...n.features?.length ? [n.features.join(" \xB7 ")] : [], ...n.domains?.length ? [shortList(n.domains)] : []];
}
__name(details, "details");
function shortList(items) {
  return items.length > 4 ? `${items.slice(0, 4).join(", ")} +${items.length - 4} more` : items.join(", ");
}
__name(shortList, "shortList");
function legendEntries(t) {
  return [
    { id: "owned", text: "created and owned by lb-plan" },
    { id: "existing", text: "existing: referenced, never changed", role: "existing" },
    { id: "serverless", text: "serverless service (outside Compute)", role: "serverless" },
    ...t.nodes.some((n) => n.role === "removed") ? [{ id: "removed", text: "removed by this plan", role: "removed" }] : [],
    { id: "routes", text: "edge label: host/path routed to that backend (default: the URL map default)" },
    { id: "features", text: "CDN \xB7 IAP \xB7 Cloud Armor: on for that backend service" }
  ];
}
__name(legendEntries, "legendEntries");
function toMermaid(t) {
  let ids = new Map(t.nodes.map((n, i) => [n.id, `n${i}`])), lines = ["flowchart LR"], text = /* @__PURE__ */ __name((s) => mermaidText(s).replace(/#lt;br\/#gt;/g, "<br/>"), "text");
  for (let n of t.nodes) {
    let label = text([kindLabel(n), n.name, ...details(n)].join("<br/>")), [open, close] = n.role === "serverless" ? ["([", "])"] : n.kind === "globalAddress" ? ["((", "))"] : ["[", "]"];
    lines.push(`  ${ids.get(n.id)}${open}"${label}"${close}`);
  }
  for (let e of t.edges) lines.push(e.routes?.length ? `  ${ids.get(e.from)} -->|"${text(routeLabel(e.routes, "<br/>"))}"| ${ids.get(e.to)}` : `  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  let legend = legendEntries(t);
  lines.push("  subgraph legend [Legend]", "    direction TB");
  for (let l of legend) lines.push(`    legend_${l.id}${l.role === "serverless" ? '(["' : '["'}${text(l.text)}${l.role === "serverless" ? '"])' : '"]'}`);
  lines.push("  end"), lines.push("  classDef existing stroke-dasharray: 5 5"), lines.push("  classDef serverless fill:#e8f0fe,stroke:#4285f4"), lines.push("  classDef removed stroke:#cb2431,stroke-dasharray: 2 4,color:#6a737d");
  for (let role of ["existing", "serverless", "removed"]) {
    let members = [...t.nodes.filter((n) => n.role === role).map((n) => ids.get(n.id)), ...legend.filter((l) => l.role === role).map((l) => `legend_${l.id}`)];
    members.length && lines.push(`  class ${members.join(",")} ${role}`);
  }
  return lines.join(`
`) + `
`;
}
__name(toMermaid, "toMermaid");
function routeLabel(routes, sep2) {
  return routes.length > 6 ? [...routes.slice(0, 6), `+${routes.length - 6} more`].join(sep2) : routes.join(sep2);
}
__name(routeLabel, "routeLabel");
function dotText(s) {
  return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}
__name(dotText, "dotText");
function toDot(t) {
  let lines = [`digraph "${dotText(t.name)}" {`, "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'], style = /* @__PURE__ */ __name((role) => role === "existing" ? ", style=dashed" : role === "serverless" ? ", shape=ellipse" : role === "removed" ? ', style=dotted, color="#cb2431", fontcolor="#6a737d"' : "", "style");
  for (let n of t.nodes) {
    let label = [kindLabel(n), n.name, ...details(n)].map(dotText).join("\\n");
    lines.push(`  "${dotText(n.id)}" [label="${label}"${style(n.role)}];`);
  }
  for (let e of t.edges) lines.push(`  "${dotText(e.from)}" -> "${dotText(e.to)}"${e.routes?.length ? ` [label="${dotText(routeLabel(e.routes, `
`)).replace(/\n/g, "\\n")}"]` : ""};`);
  lines.push("  subgraph cluster_legend {", '    label="Legend";', '    fontname="Helvetica";');
  for (let l of legendEntries(t)) lines.push(`    "legend:${l.id}" [label="${dotText(l.text)}"${style(l.role)}];`);
  return lines.push("  }", "}"), lines.join(`
`) + `
`;
}
__name(toDot, "toDot");
function toJson(t) {
  return JSON.stringify(t, null, 2) + `
`;
}
__name(toJson, "toJson");

// src/version.ts
var VERSION = "0.1.0";
export {
  CycleError,
  Dag,
  KINDS,
  KIND_INFO,
  ManifestSchema,
  NO_INPUTS,
  VERSION,
  compile,
  formatDiagnostic,
  formatPath,
  hasErrors,
  loadManifest,
  manifestJsonSchema,
  toDot,
  toJson,
  toMermaid,
  topology
};
