// npm start: the desktop app when Electron can run here; otherwise, after one clear notice, the same
// lab as a local web app on 127.0.0.1.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'
import { findElectronBinary } from './electron-binary.mjs'
import { startWebMode } from './web.mjs'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)

function fallBackToWeb(reason) {
  console.log(
    [
      '',
      'PyMem Lab could not start as a desktop app: ' + reason + '.',
      'It will run as a local web app instead: the same lab, the same simulator, served only to this',
      'machine on 127.0.0.1. Open the address printed below in a browser. To use the desktop window,',
      'install the Electron binary (for example by running `npx electron --version` on a machine with',
      'internet access, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding it) and run npm start again.',
      '',
    ].join('\n'),
  )
  startWebMode(args)
}

const electron = findElectronBinary()
if (!electron.path) {
  fallBackToWeb(electron.reason)
} else {
  buildIfStale()
  const startedAt = Date.now()
  const child = spawn(electron.path, [join(root, 'out/main/index.js'), ...args], {
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
    process.stderr.write(chunk)
  })
  child.on('error', (error) => fallBackToWeb(`Electron failed to start (${error.message})`))
  child.on('exit', (code) => {
    // A crash within the first seconds means Electron cannot run here (no display, missing libraries).
    if (code !== 0 && Date.now() - startedAt < 5000) {
      const firstLine = stderr.split('\n').find((line) => line.trim()) ?? `exit code ${code}`
      fallBackToWeb(`Electron exited at start-up (${firstLine.trim()})`)
    } else process.exit(code ?? 0)
  })
}
