// Finds the Electron binary without triggering its download (requiring 'electron' from Node would
// try to download it, which fails offline). Returns the path, or null with the reason.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function findElectronBinary() {
  const require = createRequire(import.meta.url)
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const candidates = []
  if (override) candidates.push(join(override, relative || 'electron'))
  if (relative) candidates.push(join(packageDir, 'dist', relative))
  for (const candidate of candidates) if (existsSync(candidate)) return { path: candidate, reason: null }
  return {
    path: null,
    reason:
      'the Electron binary is not on this machine (npm installs the electron package, but its binary is downloaded separately on first use, and that download is not possible offline)',
  }
}
