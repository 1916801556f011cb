/**
 * `pymem-lab pack …`: the authoring commands.
 *
 *   pack validate DIR               every problem as file:line:column: message; exit 1 if any error
 *   pack check DIR [--python CMD]   validate, compute every answer key on the simulator for every
 *                                   profile of every exercise, check the instructor's `expect`s; with
 *                                   --python, also run the programs on that CPython (its version picks
 *                                   the profile) and compare outputs. `--python` alone looks for
 *                                   python2.7, python3.10, python3.12, python3.13 (PATH, then pyenv).
 *   pack new DIR                    write a small valid pack to start from
 *   pack schema                     print the JSON Schema of the format
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { formatProblem, type PackProblem } from '../../shared/pack'
import { PROFILES, type ProfileName } from '../../shared/trace'
import { allProblems, loadPack } from '../packs/load'
import { computeKeys, expectProblems, normalizeOutput } from '../packs/keys'
import { packJsonSchema } from '../packs/schema'
import { starterPack } from '../packs/starter'

export const PACK_USAGE = `usage:
  pymem-lab pack validate DIR                report every problem as file:line:column: message
  pymem-lab pack check DIR [--python [CMD]]  run every exercise on the simulator (and on CPython)
  pymem-lab pack new DIR                     write a starter pack
  pymem-lab pack schema                      print the JSON Schema of pack files
`

export interface PackIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export async function packCommand(args: string[], io: PackIo): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'validate':
      return validateCommand(rest, io)
    case 'check':
      return checkCommand(rest, io)
    case 'new':
      return newCommand(rest, io)
    case 'schema':
      io.stdout(JSON.stringify(packJsonSchema(), null, 2) + '\n')
      return 0
    default:
      io.stderr(sub ? `pymem-lab pack: unknown command '${sub}'\n\n${PACK_USAGE}` : PACK_USAGE)
      return 2
  }
}

function printProblems(problems: PackProblem[], io: PackIo): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const problem of problems) {
    io.stdout(formatProblem(problem) + '\n')
    if (problem.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}

function oneDir(args: string[], command: string, io: PackIo): string | null {
  const dirs = args.filter((a) => !a.startsWith('-'))
  const options = args.filter((a) => a.startsWith('-'))
  if (options.length > 0 || dirs.length !== 1) {
    io.stderr(`pymem-lab pack ${command}: give one pack folder (or .zip)\n`)
    return null
  }
  return dirs[0]
}

function validateCommand(args: string[], io: PackIo): number {
  const dir = oneDir(args, 'validate', io)
  if (dir === null) return 2
  const pack = loadPack(dir)
  const { errors, warnings } = printProblems(allProblems(pack), io)
  const valid = pack.exercises.filter((e) => e.exercise).length
  io.stderr(
    `${basename(resolve(dir))}: ${valid} of ${pack.exercises.length} exercises valid, ${errors} error(s), ${warnings} warning(s)\n`,
  )
  return errors > 0 ? 1 : 0
}

interface Python {
  command: string[]
  profile: ProfileName
}

/** The profile whose version this interpreter has, or null. */
function pythonProfile(command: string[]): ProfileName | null {
  const result = spawnSync(
    command[0],
    [...command.slice(1), '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
    {
      encoding: 'utf8',
      timeout: 20_000,
    },
  )
  const version = result.status === 0 ? result.stdout.trim() : ''
  return (PROFILES as readonly string[]).includes(version) ? (version as ProfileName) : null
}

function findPythons(): Python[] {
  const found: Python[] = []
  for (const profile of PROFILES) {
    const candidates = [`python${profile}`]
    const versions = join(homedir(), '.pyenv', 'versions')
    if (existsSync(versions)) {
      for (const name of readdirSync(versions).sort().reverse()) {
        if (name === profile || name.startsWith(`${profile}.`))
          candidates.push(join(versions, name, 'bin', 'python'))
      }
    }
    for (const candidate of candidates) {
      if (pythonProfile([candidate]) === profile) {
        found.push({ command: [candidate], profile })
        break
      }
    }
  }
  return found
}

function firstDifference(a: string, b: string): string {
  const left = a.split('\n')
  const right = b.split('\n')
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}: simulator ${JSON.stringify(left[i] ?? '(nothing)')}, CPython ${JSON.stringify(right[i] ?? '(nothing)')}`
    }
  }
  return 'the outputs differ'
}

async function checkCommand(args: string[], io: PackIo): Promise<number> {
  const rest: string[] = []
  const pythons: Python[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--python') {
      const next = args[i + 1]
      // `--python` alone (or followed by the pack folder) looks for the interpreters itself.
      const isPack =
        next !== undefined && (existsSync(join(next, 'pack.yaml')) || next.toLowerCase().endsWith('.zip'))
      if (next === undefined || next.startsWith('-') || isPack) {
        const found = findPythons()
        io.stderr(
          found.length > 0
            ? `using ${found.map((p) => `${p.command[0]} (${p.profile})`).join(', ')}\n`
            : 'pymem-lab pack check: no CPython of a lab profile found\n',
        )
        pythons.push(...found)
        continue
      }
      const command = next.split(' ').filter(Boolean)
      const profile = pythonProfile(command)
      if (!profile) {
        io.stderr(`pymem-lab pack check: ${next} is not a CPython of ${PROFILES.join(', ')}\n`)
        return 2
      }
      pythons.push({ command, profile })
      i++
    } else rest.push(args[i])
  }
  const dir = oneDir(rest, 'check', io)
  if (dir === null) return 2
  const pack = loadPack(dir)
  const problems = allProblems(pack)
  let simulated = 0
  for (const loaded of pack.exercises) {
    const exercise = loaded.exercise
    if (!exercise) continue
    for (const profile of exercise.profiles) {
      const keys = computeKeys(exercise, profile)
      simulated++
      problems.push(...expectProblems(exercise, keys, loaded.yaml, loaded.file))
      const python = pythons.find((p) => p.profile === profile)
      if (!python) continue
      const real = spawnSync(python.command[0], [...python.command.slice(1), '-'], {
        input: exercise.code,
        encoding: 'utf8',
        timeout: 60_000,
      })
      if (normalizeOutput(real.stdout ?? '') !== normalizeOutput(keys.stdout)) {
        problems.push({
          file: loaded.file,
          ...(loaded.yaml?.locate(['code']) ?? { line: 1, column: 1 }),
          message: `[${profile}] output differs from ${python.command.join(' ')}: ${firstDifference(normalizeOutput(keys.stdout), normalizeOutput(real.stdout ?? ''))}`,
          severity: 'error',
        })
      }
      if (real.status !== 0) {
        problems.push({
          file: loaded.file,
          ...(loaded.yaml?.locate(['code']) ?? { line: 1, column: 1 }),
          message: `[${profile}] ${python.command.join(' ')} exited with ${real.status}: ${(real.stderr ?? '').trim().split('\n').pop()}`,
          severity: 'error',
        })
      }
    }
  }
  const { errors, warnings } = printProblems(problems, io)
  io.stderr(
    `${basename(resolve(dir))}: ${simulated} exercise run(s) on the simulator${pythons.length > 0 ? `, compared with ${pythons.map((p) => p.profile).join(', ')}` : ''}; ${errors} error(s), ${warnings} warning(s)\n`,
  )
  return errors > 0 ? 1 : 0
}

function newCommand(args: string[], io: PackIo): number {
  const dir = oneDir(args, 'new', io)
  if (dir === null) return 2
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    io.stderr(`pymem-lab pack new: ${dir} is not empty\n`)
    return 2
  }
  mkdirSync(dir, { recursive: true })
  const id =
    basename(resolve(dir))
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'my-pack'
  for (const [name, text] of Object.entries(starterPack(id))) writeFileSync(join(dir, name), text)
  io.stdout(`wrote a starter pack to ${dir}: pack.yaml and first-refcount.yaml\n`)
  return 0
}
