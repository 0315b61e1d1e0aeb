#!/usr/bin/env node
// Bundles the CLI (dist/cli.cjs, dist/validate.cjs, dist/cli-main.cjs, dist/yaml.cjs), the GitHub Action (dist/index.js) and the library (dist/lib.js)
// with esbuild. `--check` builds into a temporary folder and fails when dist/ differs: CI runs it,
// so a stale committed bundle cannot land.
import { build, transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// `--out DIR` builds elsewhere (benchmarks and tests of a working tree whose dist/ is not rebuilt).
const outArg = process.argv.indexOf('--out');
const outdir = check ? mkdtempSync(join(tmpdir(), 'lb-plan-dist-')) : outArg > 0 ? process.argv[outArg + 1] : join(root, 'dist');
// Chunk names carry content hashes: clear them so no stale chunk stays behind.
if (!check) rmSync(join(outdir, 'chunks'), { recursive: true, force: true });

/** Every file below `dir`, as paths relative to it. */
function files(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const entries = {
  index: 'src/action/main.ts',
  lib: 'src/index.ts',
};

const result = await build({
  metafile: process.argv.includes('--meta'),
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // One self-contained bundle per entry: esbuild's code splitting broke a dependency's dynamic import
  // (gaxios importing https-proxy-agent: "is not a constructor" behind an HTTPS proxy).
  splitting: false,
  legalComments: 'none',
  // Readable, line-per-statement bundles: a source change then changes a few lines of the committed dist/, not
  // whole megabyte-long lines (a minified rebuild rewrote ~14 MB of diff each time; see README "Stack changes").
  // Syntax minification only: identifiers and line breaks are kept.
  minifySyntax: true,
  keepNames: true,
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __lbPlanCreateRequire } from 'node:module'; const require = __lbPlanCreateRequire(import.meta.url);" },
});

// The command as CommonJS (dist/cli.cjs: Node starts a CommonJS entry sooner than an ES module), and what it
// loads through a V8 code cache (src/cli/code-cache.ts), which Node 20 offers for scripts, not ES modules:
// `validate` (dist/validate.cjs) and the CLI proper (dist/cli-main.cjs; compiling its 6 MB, the Compute
// client, was a third of a plan's fixed cost).
const commonJs = {
  metafile: result.metafile !== undefined,
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  minifySyntax: true,
  keepNames: true,
  logLevel: 'warning',
};

/**
 * In dist/validate.cjs the `yaml` package is loaded on first use, from dist/yaml.cjs. A manifest that is valid and
 * plainly written is read by src/manifest/fast-yaml.ts and never needs it; loading its 240 kB anyway was ~3 ms of
 * validate's start (`npm run bench`, cold start). It is needed for positions when there are findings, and for
 * what the fast reader leaves to it. A name yaml.ts imports that is missing here fails the build.
 */
const YAML_NAMES = ['isAlias', 'isMap', 'isPair', 'isScalar', 'isSeq', 'LineCounter', 'parseAllDocuments', 'visit'];
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-yaml' }));
    b.onResolve({ filter: /^\.\/yaml\.cjs$/ }, () => ({ path: './yaml.cjs', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      loader: 'js',
      contents: [
        "let loaded; const yaml = () => (loaded ??= require('./yaml.cjs'));",
        // A class is called with `new`: a function returning the real instance serves both.
        ...YAML_NAMES.map((n) => `export function ${n}(...a) { return ${n === 'LineCounter' ? 'new (yaml().LineCounter)(...a)' : `yaml().${n}(...a)`}; }`),
        // visit's BREAK, SKIP and REMOVE.
        "for (const k of ['BREAK', 'SKIP', 'REMOVE']) Object.defineProperty(visit, k, { get: () => yaml().visit[k] });",
      ].join('\n'),
    }));
  },
};

const validate = await build({ ...commonJs, entryPoints: { validate: 'src/cli/validate-main.ts' }, plugins: [lazyYaml] });
const main = await build({ ...commonJs, metafile: true, entryPoints: { 'cli-main': 'src/cli/cli-main.ts', yaml: 'yaml' } });
// The Node built-ins dist/cli-main.cjs requires, for dist/cli.cjs to load before it sets V8 flags (src/cli/bin.ts,
// loadBuiltinsFirst: a flag set at run time makes Node compile every built-in loaded after it from source).
const mainOutput = Object.values(main.metafile.outputs).find((o) => o.entryPoint === 'src/cli/cli-main.ts');
const mainBuiltins = [...new Set(mainOutput.imports.filter((i) => i.external && isBuiltin(i.path)).map((i) => i.path.replace(/^node:/, '')))].sort();
if (mainBuiltins.length === 0) throw new Error('cli-main.cjs requires no Node built-in: the metafile changed shape?');
const cli = await build({ ...commonJs, entryPoints: { cli: 'src/cli/bin.ts' }, define: { CLI_MAIN_BUILTINS: JSON.stringify(mainBuiltins) } });
for (const b of [validate, main, cli]) if (b.metafile && result.metafile) Object.assign(result.metafile.outputs, b.metafile.outputs);

// Every bundle is ASCII. esbuild escapes non-ASCII characters in code (its default `charset`), but keeps some
// comments verbatim; one curly quote in them makes V8 hold the whole source as UTF-16, twice its size, for the
// life of the process (~10 MB of the CLI's peak memory). In a comment the escape is text; in a string it is the
// same character. esbuild leaves non-ASCII alone only where an escape would change the meaning (a tagged
// template's raw text, a regular expression): the build fails rather than change one, by comparing what both
// texts minify to (comments gone, strings normalised). test/cli/validate-fast.test.ts checks dist/ is ASCII.
// The bundles loaded through the code cache also carry their content hash on their first line, so a run need not
// hash megabytes to name its cache (src/cli/code-cache.ts, BUNDLE_HASH; test/cli/validate-fast.test.ts checks it).
const BUNDLES = ['index.js', 'lib.js', 'cli.cjs', 'validate.cjs', 'cli-main.cjs', 'yaml.cjs'];
const HASHED = ['validate.cjs', 'cli-main.cjs', 'yaml.cjs'];
for (const name of BUNDLES) {
  const file = join(outdir, name);
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const meaning = (code) => transformSync(code, { minifyWhitespace: true, minifySyntax: true, format: name.endsWith('.cjs') ? 'cjs' : 'esm', logLevel: 'silent' }).code;
  if (ascii !== text && meaning(ascii) !== meaning(text)) {
    console.error(`dist/${name}: a non-ASCII character outside comments and plain strings (a regular expression or a raw template?) cannot be escaped without changing the code`);
    process.exit(1);
  }
  const out = HASHED.includes(name) ? `// lb-plan bundle sha256:${createHash('sha256').update(ascii).digest('hex')}\n${ascii}` : ascii;
  if (out !== text) writeFileSync(file, out);
}

if (result.metafile) {
  for (const [out, o] of Object.entries(result.metafile.outputs)) {
    const top = Object.entries(o.inputs).map(([f, i]) => [f.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1'), i.bytesInOutput]).reduce((m, [f, b]) => m.set(f, (m.get(f) ?? 0) + b), new Map());
    console.log(out, o.bytes, [...top].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, b]) => `${f} ${b}`).join(', '));
  }
}

if (check) {
  const stale = [];
  const built = files(outdir);
  for (const f of built) {
    const committed = join(root, 'dist', f);
    if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(outdir, f)))) stale.push(`dist/${f}`);
  }
  // A chunk left from an older build is stale too.
  for (const f of files(join(root, 'dist'))) if (!built.includes(f)) stale.push(`dist/${f} (not built any more)`);
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`dist/ is out of date (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
