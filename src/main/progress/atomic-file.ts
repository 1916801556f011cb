/**
 * Writing a file so that a crash at any moment leaves either the old content or the new, never a
 * mix: write a temporary file in the same folder, fsync it, then rename it over the target (rename
 * is atomic within one file system), then fsync the folder so the rename itself is durable.
 * Before the rename, the current file is copied (by the same steps) to `<name>.prev`, so one earlier
 * good version always survives too.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

let counter = 0

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`)
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags)
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function syncFolder(folder: string): void {
  try {
    fsyncPath(folder, 'r')
  } catch {
    // Some platforms (Windows) cannot open a folder; the rename is still atomic there.
  }
}

/** Path of the previous good copy kept next to `path`. */
export function previousCopyPath(path: string): string {
  return path.replace(/\.json$/, '') + '.prev.json'
}

export function writeFileAtomic(path: string, text: string, options: { keepPrevious?: boolean } = {}): void {
  const folder = dirname(path)
  const temp = tempName(path)
  const fd = openSync(temp, 'w', 0o600)
  try {
    const bytes = Buffer.from(text, 'utf8')
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  if (options.keepPrevious && existsSync(path)) {
    const previousTemp = tempName(previousCopyPath(path))
    copyFileSync(path, previousTemp)
    fsyncPath(previousTemp, 'r+')
    renameSync(previousTemp, previousCopyPath(path))
  }
  renameSync(temp, path)
  syncFolder(folder)
}

/** Removes temporary files a crashed writer left behind for `path`. */
export function removeStaleTemporaries(path: string): void {
  const folder = dirname(path)
  const prefixes = [`.${basename(path)}.`, `.${basename(previousCopyPath(path))}.`]
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (name.endsWith('.tmp') && prefixes.some((p) => name.startsWith(p))) {
      try {
        unlinkSync(join(folder, name))
      } catch {
        // another process may have just renamed it
      }
    }
  }
}
