#!/usr/bin/env node
// pymem-lab: the headless command line of PyMem Lab. It bundles src/main/cli/index.ts with esbuild on
// first use (and again whenever the sources change), then runs the bundle.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'out/cli')
const bundle = join(outdir, 'pymem-lab.mjs')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

const sources = ['src/main/cli', 'src/main/sim', 'src/main/runner', 'src/main/packs', 'src/shared']
  .map((p) => join(root, p))
  .filter((p) => existsSync(p))
const stale = !existsSync(bundle) || Math.max(...sources.map(newestMtime)) > statSync(bundle).mtimeMs

if (stale) {
  const esbuild = await import('esbuild')
  await esbuild.build({
    // The pack commands (YAML, zod, Markdown) load only when used, so `run` starts fast.
    entryPoints: { 'pymem-lab': join(root, 'src/main/cli/index.ts') },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    alias: { '@sim': join(root, 'src/main/sim'), '@shared': join(root, 'src/shared') },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  })
}

const { main } = await import(pathToFileURL(bundle).href)
process.exitCode = await main(process.argv.slice(2))
