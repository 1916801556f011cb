/**
 * The packs the lab knows: the built-in ones (each folder of `exercises/` holding a pack.yaml) and
 * the ones the learner opened by path. A pack is re-read when its files change (its revision is a
 * hash of its files), and answer keys are cached per pack revision, exercise and profile.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'
import type { Exercise, PackRef, Question } from '../../shared/pack'
import type { ProfileName } from '../../shared/trace'
import { computeKeys, type ExerciseKeys, type Simulate } from './keys'
import { loadPack, packRevision, readPackFiles, type LoadedPack } from './load'

export class PackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PackError'
  }
}

export interface PackEntry {
  ref: PackRef
  source: 'builtin' | 'folder'
  path: string
  loaded: LoadedPack
}

export class PackLibrary {
  private readonly opened = new Map<PackRef, string>()
  private readonly cache = new Map<PackRef, LoadedPack>()
  private readonly keys = new Map<string, ExerciseKeys>()

  constructor(
    private readonly builtinDir: string | null,
    private readonly simulate?: Simulate,
  ) {}

  /** Refs of every pack: built-in first, then opened ones in the order they were opened. */
  refs(): PackRef[] {
    const builtin: PackRef[] = []
    if (this.builtinDir && existsSync(this.builtinDir)) {
      for (const name of readdirSync(this.builtinDir).sort()) {
        if (existsSync(join(this.builtinDir, name, 'pack.yaml'))) builtin.push(`builtin:${name}`)
      }
    }
    return [...builtin, ...this.opened.keys()]
  }

  /** Registers a folder (or .zip) the learner chose; returns its ref. */
  open(path: string): PackRef {
    if (!isAbsolute(path)) throw new PackError(`give the full path of the pack folder, not '${path}'`)
    const full = resolve(path)
    if (!existsSync(full)) throw new PackError(`${full} does not exist`)
    const isZip = full.toLowerCase().endsWith('.zip') && statSync(full).isFile()
    if (!isZip && !statSync(full).isDirectory())
      throw new PackError(`${full} is neither a folder nor a .zip file`)
    if (!isZip && !existsSync(join(full, 'pack.yaml')) && !existsSync(join(full, 'pack.yml'))) {
      throw new PackError(`${full} has no pack.yaml: it is not an exercise pack`)
    }
    const ref = `folder:${full}`
    this.opened.set(ref, full)
    return ref
  }

  private pathOf(ref: PackRef): { path: string; source: 'builtin' | 'folder' } {
    if (ref.startsWith('builtin:')) {
      const name = ref.slice('builtin:'.length)
      if (
        !this.builtinDir ||
        !/^[\w-]+$/.test(name) ||
        !existsSync(join(this.builtinDir, name, 'pack.yaml'))
      ) {
        throw new PackError(`no built-in pack '${name}'`)
      }
      return { path: join(this.builtinDir, name), source: 'builtin' }
    }
    const path = this.opened.get(ref)
    if (!path) throw new PackError(`unknown pack ${ref}: open its folder first`)
    return { path, source: 'folder' }
  }

  /** The current revision of a pack's files (cheap enough to poll). */
  revision(ref: PackRef): string {
    const { path } = this.pathOf(ref)
    try {
      return packRevision(readPackFiles(path))
    } catch {
      return ''
    }
  }

  /** The pack, re-validated when its files changed since the last call. */
  get(ref: PackRef): PackEntry {
    const { path, source } = this.pathOf(ref)
    const cached = this.cache.get(ref)
    const revision = this.revision(ref)
    let loaded = cached
    if (!cached || cached.revision !== revision) {
      loaded = loadPack(path)
      this.cache.set(ref, loaded)
    }
    return { ref, source, path, loaded: loaded! }
  }

  /** An exercise that loaded without errors, or a PackError saying why not. */
  exercise(ref: PackRef, exerciseId: string): { entry: PackEntry; exercise: Exercise } {
    const entry = this.get(ref)
    const found = entry.loaded.exercises.find((e) => e.id === exerciseId)
    if (!found) throw new PackError(`pack ${basename(entry.path)} has no exercise '${exerciseId}'`)
    if (!found.exercise) throw new PackError(`exercise '${exerciseId}' has errors: fix them first`)
    return { entry, exercise: found.exercise }
  }

  question(exercise: Exercise, questionId: string): Question {
    for (const checkpoint of exercise.checkpoints) {
      const question = checkpoint.questions.find((q) => q.id === questionId)
      if (question) return question
    }
    throw new PackError(`exercise '${exercise.id}' has no question '${questionId}'`)
  }

  /** Answer keys of an exercise on a profile, computed once per pack revision. */
  keysFor(entry: PackEntry, exercise: Exercise, profile: ProfileName): ExerciseKeys {
    const cacheKey = `${entry.ref}\u0000${entry.loaded.revision}\u0000${exercise.id}\u0000${profile}`
    let keys = this.keys.get(cacheKey)
    if (!keys) {
      keys = computeKeys(exercise, profile, this.simulate)
      this.keys.set(cacheKey, keys)
    }
    return keys
  }
}
