// npm run web: build if needed, then serve the lab on 127.0.0.1 (same renderer, same service).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname

export function startWebMode(args = process.argv.slice(2)) {
  buildIfStale()
  const child = spawn(process.execPath, [join(root, 'out/main/web.js'), ...args], { stdio: 'inherit' })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (import.meta.url === `file://${process.argv[1]}`) startWebMode()
