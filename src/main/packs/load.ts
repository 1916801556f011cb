/**
 * Reads a pack from disk (a folder, or a `.zip` of one) and validates all of it. Loading never
 * throws for a bad pack: each exercise is validated on its own, so one broken exercise is reported
 * with its problems while the others load and work.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Exercise, PackManifest, PackProblem } from '../../shared/pack'
import { validateExercise, validateManifest } from './validate'
import { YamlFile } from './yaml-file'

/** Files larger than this are not read (a pack is a few kilobytes of YAML). */
const MAX_FILE_BYTES = 512 * 1024
const MAX_FILES = 500

export interface LoadedExercise {
  id: string
  /** `<id>.yaml`, relative to the pack. */
  file: string
  /** Null when the exercise has errors. */
  exercise: Exercise | null
  problems: PackProblem[]
  /** The parsed file, to locate problems found later (an `expect` the simulator disagrees with). */
  yaml: YamlFile | null
}

export interface LoadedPack {
  /** Folder or .zip it came from. */
  path: string
  manifest: PackManifest | null
  exercises: LoadedExercise[]
  /** Problems of pack.yaml and of the pack as a whole. */
  problems: PackProblem[]
  /** Changes whenever any file of the pack changes. */
  revision: string
}

/** The files of a pack: relative name → text. */
export type PackFiles = Map<string, string>

/** Reads the files of a pack folder or .zip (only its top level: exercises are flat). */
export function readPackFiles(path: string): PackFiles {
  const files: PackFiles = new Map()
  if (path.toLowerCase().endsWith('.zip')) {
    const entries = unzipSync(readFileSync(path), {
      filter: (file) => !file.name.endsWith('/') && file.originalSize <= MAX_FILE_BYTES,
    })
    const names = Object.keys(entries)
    // A zip of a folder holds `folder/pack.yaml`; a zip of the files holds `pack.yaml`.
    const prefixes = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/') + 1) : '')))
    const prefix = prefixes.size === 1 ? [...prefixes][0] : ''
    for (const name of names.slice(0, MAX_FILES)) {
      const relative = name.slice(prefix.length)
      if (relative.includes('/') || relative === '') continue
      files.set(relative, strFromU8(entries[name]))
    }
    return files
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).slice(0, MAX_FILES)) {
    if (!entry.isFile()) continue
    const full = join(path, entry.name)
    if (statSync(full).size > MAX_FILE_BYTES) {
      files.set(entry.name, '\u0000too large')
      continue
    }
    files.set(entry.name, readFileSync(full, 'utf8'))
  }
  return files
}

export function packRevision(files: PackFiles): string {
  const hash = createHash('sha256')
  for (const name of [...files.keys()].sort())
    hash.update(name).update('\u0000').update(files.get(name)!).update('\u0000')
  return hash.digest('hex').slice(0, 16)
}

function problem(file: string, message: string, severity: 'error' | 'warning' = 'error'): PackProblem {
  return { file, line: 1, column: 1, message, severity }
}

/** Loads and validates a pack from a folder or a .zip. */
export function loadPack(path: string): LoadedPack {
  let files: PackFiles
  try {
    files = readPackFiles(path)
  } catch (error) {
    return {
      path,
      manifest: null,
      exercises: [],
      problems: [problem(basename(path), `cannot read the pack: ${(error as Error).message}`)],
      revision: '',
    }
  }
  return loadPackFiles(path, files)
}

/** Validates a pack whose files are already read. */
export function loadPackFiles(path: string, files: PackFiles): LoadedPack {
  const revision = packRevision(files)
  const problems: PackProblem[] = []
  const manifestName = files.has('pack.yaml') ? 'pack.yaml' : files.has('pack.yml') ? 'pack.yml' : null
  if (manifestName === null) {
    problems.push(
      problem(
        'pack.yaml',
        'pack.yaml is missing: a pack folder needs pack.yaml and one YAML file per exercise',
      ),
    )
    return { path, manifest: null, exercises: [], problems, revision }
  }
  const manifestText = files.get(manifestName)!
  if (!isText(manifestText)) {
    problems.push(problem(manifestName, `${manifestName} is not a YAML text file`))
    return { path, manifest: null, exercises: [], problems, revision }
  }
  const manifestFile = new YamlFile(manifestName, manifestText)
  const manifest = validateManifest(manifestFile)
  problems.push(...manifestFile.problems)
  if (!manifest) return { path, manifest: null, exercises: [], problems, revision }

  const exercises: LoadedExercise[] = []
  const listed = new Set<string>()
  manifest.exercises.forEach((id, index) => {
    if (listed.has(id)) return
    listed.add(id)
    const name = files.has(`${id}.yaml`) ? `${id}.yaml` : files.has(`${id}.yml`) ? `${id}.yml` : null
    if (name === null) {
      const others = [...files.keys()].filter((f) => f.startsWith(`${id}.`))
      const found = others.length > 0 ? ` (found ${others.join(', ')}, which is not a .yaml file)` : ''
      const { line, column } = manifestFile.locate(['exercises', index])
      const missing: PackProblem = {
        file: manifestName,
        line,
        column,
        message: `exercise '${id}' is listed but ${id}.yaml is missing${found}`,
        severity: 'error',
      }
      problems.push(missing)
      exercises.push({ id, file: `${id}.yaml`, exercise: null, problems: [missing], yaml: null })
      return
    }
    const text = files.get(name)!
    if (!isText(text)) {
      const bad = problem(name, `${name} is not a YAML text file`)
      exercises.push({ id, file: name, exercise: null, problems: [bad], yaml: null })
      return
    }
    const yaml = new YamlFile(name, text)
    const exercise = validateExercise(yaml, {
      expectedId: id,
      languages: manifest.languages,
      defaultProfile: manifest.profile,
    })
    exercises.push({ id, file: name, exercise, problems: yaml.problems, yaml })
  })
  for (const name of [...files.keys()].sort()) {
    const stem = name.replace(/\.ya?ml$/, '')
    if (name !== stem && name !== manifestName && !listed.has(stem)) {
      problems.push(
        problem(name, `${name} is not listed in ${manifestName}'s exercises, so it is not loaded`, 'warning'),
      )
    }
  }
  return { path, manifest, exercises, problems, revision }
}

/** Binary files (NUL bytes, or too large to read) are not YAML. */
function isText(text: string): boolean {
  return !text.includes('\u0000')
}

/** Every problem of a loaded pack, pack-level first, then each exercise's. */
export function allProblems(pack: LoadedPack): PackProblem[] {
  const seen = new Set<PackProblem>()
  const out: PackProblem[] = []
  for (const p of [...pack.problems, ...pack.exercises.flatMap((e) => e.problems)]) {
    if (!seen.has(p)) out.push(p)
    seen.add(p)
  }
  return out
}
