// Builds the app (electron-vite build) when out/ is missing or older than the sources.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const outputs = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/sim-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

export function buildIfStale({ quiet = false } = {}) {
  const oldestOutput = Math.min(
    ...outputs.map((p) => (existsSync(join(root, p)) ? statSync(join(root, p)).mtimeMs : 0)),
  )
  const newestSource = Math.max(
    newestMtime(join(root, 'src')),
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  )
  if (oldestOutput > newestSource) return
  if (!quiet) console.log('Building PyMem Lab (electron-vite build)…')
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: quiet ? 'pipe' : 'inherit',
    },
  )
  if (result.status !== 0) {
    if (quiet) process.stderr.write(result.stdout + result.stderr)
    console.error('The build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
}
