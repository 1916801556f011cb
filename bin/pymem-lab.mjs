#!/usr/bin/env node
// pymem-lab: the headless command line of PyMem Lab. It bundles src/main/cli/index.ts with esbuild on
// first use (and again whenever the sources change), then runs the bundle.
//
// Two bundles are built from the same entry:
// - out/cli/pymem-lab.mjs (ESM, code splitting): every command; the pack commands (YAML, zod, Markdown)
//   load only when used.
// - out/cli/run.cjs (one CommonJS file, the pack commands left out): `run` only. It is loaded through
//   vm.Script with V8's code cache (out/cli/run-BUILD.cache, written after the first run of a build), so a
//   start does not parse and compile the simulator again: about 15-20 ms of a ~90 ms start.
//
// Staleness: a build records its start time and every source directory and file (tests excluded) in
// out/cli/sources.json. A start stats exactly those paths, with no directory walk: editing a file gives it
// a newer mtime, and adding, deleting or renaming a file changes its directory's mtime. A newer mtime or a
// missing path rebuilds.
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'out/cli')
const bundle = join(outdir, 'pymem-lab.mjs')
const runBundle = join(outdir, 'run.cjs')
const manifestPath = join(outdir, 'sources.json')
const SOURCE_DIRS = ['src/main/cli', 'src/main/sim', 'src/main/runner', 'src/main/packs', 'src/shared']

/** Every source directory and file (tests excluded) under the source roots, relative to root. */
function listSources() {
  const dirs = []
  const files = []
  const walk = (rel) => {
    dirs.push(rel)
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = rel + '/' + entry.name
      if (entry.isDirectory()) walk(p)
      else if (!entry.name.endsWith('.test.ts')) files.push(p)
    }
  }
  for (const d of SOURCE_DIRS) if (existsSync(join(root, d))) walk(d)
  return { dirs, files }
}

/** The manifest of the current build, or null when a bundle is missing or any source changed since. */
function currentBuild() {
  if (!existsSync(bundle) || !existsSync(runBundle) || !existsSync(manifestPath)) return null
  let m
  try {
    m = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch {
    return null
  }
  // A source root created since the build is not in the manifest.
  for (const d of SOURCE_DIRS) if (!m.dirs.includes(d) && existsSync(join(root, d))) return null
  for (const list of [m.dirs, m.files])
    for (const p of list) {
      const st = statSync(join(root, p), { throwIfNoEntry: false })
      if (st === undefined || st.mtimeMs > m.builtMs) return null
    }
  return m
}

async function build() {
  // mtimes are compared with the time the build started, so an edit made during the build rebuilds.
  const builtMs = Date.now()
  const sources = listSources()
  const esbuild = await import('esbuild')
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    alias: { '@sim': join(root, 'src/main/sim'), '@shared': join(root, 'src/shared') },
  }
  await esbuild.build({
    ...common,
    entryPoints: { 'pymem-lab': join(root, 'src/main/cli/index.ts') },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    sourcemap: 'linked',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  })
  await esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/main/cli/index.ts')],
    outfile: runBundle,
    format: 'cjs',
    // `run` never reaches the pack commands; the ESM bundle serves them.
    external: ['./pack'],
  })
  // Code caches of earlier builds are for other sources (V8 checks only the source's length).
  for (const f of readdirSync(outdir))
    if (/^run-\d+\.cache$/.test(f))
      try {
        unlinkSync(join(outdir, f))
      } catch {
        // another process removed it first
      }
  const m = { builtMs, ...sources }
  writeAtomic(manifestPath, JSON.stringify(m))
  return m
}

function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}

/** Run `run` from the CommonJS bundle, through vm.Script with the code cache of this build. */
async function runCommand(m, args) {
  const vm = await import('node:vm')
  const { createRequire } = await import('node:module')
  const cachePath = join(outdir, `run-${m.builtMs}.cache`)
  const cachedData = existsSync(cachePath) ? readFileSync(cachePath) : undefined
  const src = readFileSync(runBundle, 'utf8')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${src}\n})`, {
    filename: runBundle,
    cachedData,
  })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(runBundle), module, runBundle, outdir)
  const code = await module.exports.main(args)
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Made after the run, the cache also holds the functions the run compiled (the simulator's hot paths).
    try {
      writeAtomic(cachePath, script.createCachedData())
    } catch {
      // a read-only checkout runs without the cache
    }
  }
  return code
}

const m = currentBuild() ?? (await build())
const args = process.argv.slice(2)
if (args[0] === 'run') process.exitCode = await runCommand(m, args)
else {
  const { main } = await import(pathToFileURL(bundle).href)
  process.exitCode = await main(args)
}
