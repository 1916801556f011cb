/**
 * The simulator's only door. `runProgram` parses a Python-subset program (parse/), compiles it once to
 * closures (interp/), and runs it on the simulated CPython object model (objects/) of one profile
 * (profiles/), returning what the real interpreter would have printed plus an optional trace (trace/).
 *
 * Simplifications:
 * - One program runs at a time per process (the object model keeps its state in module-level variables).
 */
import type { ProfileName, Trace, TraceLevel } from '@shared/trace'
import { PROFILE_TABLE } from './profiles'
import { parseModule } from './parse/parse'
import { analyzeScopes } from './parse/scope'
import { syntaxWarnings } from './parse/warnings'
import { NotSupportedError, PySyntaxError } from './parse/errors'
import { createSession, runModule } from './interp/run'
import { budget, resetBudget } from './interp/budget'
import { PyErrorCompile } from './interp/compile-expr'
import { installProbes } from './interp/probe'
import { R } from './objects/runtime'
import { startTrace, finishTrace } from './trace/recorder'

export interface RunOptions {
  profile: ProfileName
  /** default 'off' */
  trace?: TraceLevel
  /** default 5_000_000 executed statements/expressions */
  maxSteps?: number
  /** simulated-memory cap, default 256 MiB */
  maxBytes?: number
  /** polled every ~4096 steps; true => stop with error type 'Cancelled' */
  shouldStop?: () => boolean
  probes?: Probe[]
  /** The file name tracebacks show (CPython shows the script's path); default `<program>`. */
  filename?: string
}
export interface Probe {
  line: number
  when: 'before' | 'after'
  expression: string
}
export interface ProbeResult extends Probe {
  hits: { repr: string | null; error: string | null }[]
}
export interface PyErrorInfo {
  type: string
  message: string
  line: number | null
  column: number | null
}
export interface RunResult {
  stdout: string
  stderr: string
  exitCode: number
  error: PyErrorInfo | null
  trace: Trace | null
  steps: number
  probes: ProbeResult[]
}

/** Run a whole program on the simulator. Never throws for any input program. */
export function runProgram(source: string, options: RunOptions): RunResult {
  const profile = PROFILE_TABLE[options.profile]
  const probes: ProbeResult[] = (options.probes ?? []).map((p) => ({ ...p, hits: [] }))
  const fail = (
    type: string,
    message: string,
    line: number | null,
    column: number | null,
    stderr: string,
  ): RunResult => ({
    stdout: '',
    stderr,
    exitCode: 1,
    error: { type, message, line, column },
    trace: null,
    steps: 0,
    probes,
  })
  let mod
  try {
    mod = parseModule(source, { py2: profile.py2 })
    analyzeScopes(mod, profile.listCompOwnScope)
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const caret = ' '.repeat(
        Math.max(0, e.col - 1 - (e.sourceLine.length - e.sourceLine.trimStart().length)),
      )
      const text = e.sourceLine ? `    ${e.sourceLine.trim()}\n    ${caret}^\n` : ''
      return fail(
        'SyntaxError',
        e.message,
        e.line,
        e.col,
        `  File "${options.filename ?? '<program>'}", line ${e.line}\n${text}SyntaxError: ${e.message}\n`,
      )
    }
    if (e instanceof NotSupportedError)
      return fail('NotSupportedError', e.message, e.line, null, `NotSupportedError: ${e.message}\n`)
    return internalFailure(fail, e, '')
  }
  resetBudget(options.maxSteps ?? 5_000_000, options.shouldStop ?? null)
  const sess = createSession(profile, mod.printFunction, mod.trueDivision)
  if (options.maxBytes !== undefined) R.maxBytes = options.maxBytes
  R.sourceText = source
  if (options.filename !== undefined) {
    R.filename = options.filename
    R.sourceLines = source.split('\n')
  }
  // Compile-time warnings come first on stderr, as CPython writes them before running the module.
  const warnings = syntaxWarnings(mod, source, R.filename, profile.version)
  if (warnings !== '') R.stderr.push(warnings)
  if (probes.length > 0) installProbes(probes, source, profile.py2)
  const level = options.trace ?? 'off'
  if (level !== 'off') startTrace(level, profile.name)
  let outcome
  // The trace ends with the program's last statement: interpreter shutdown is not recorded.
  let finished: ReturnType<typeof finishTrace> | null = null
  if (level !== 'off') sess.beforeShutdown = () => (finished = finishTrace())
  try {
    outcome = runModule(sess, mod)
  } catch (e) {
    // The trace of a run that failed this way is not returned, but recording must stop.
    if (level !== 'off' && finished === null) finishTrace()
    if (e instanceof PyErrorCompile)
      return fail(
        'NotSupportedError',
        `${e.construct} (line ${e.line})`,
        e.line,
        null,
        `NotSupportedError: ${e.construct} (line ${e.line})\n`,
      )
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      const msg = 'the simulator ran out of JavaScript stack (program nests too deeply)'
      return {
        ...fail('RecursionError', msg, null, null, `RecursionError: ${msg}\n`),
        stdout: R.stdout.join(''),
      }
    }
    return internalFailure(fail, e, R.stdout.join(''))
  }
  const stderr = R.stderr.join('')
  const err = outcome.error
  const trace = level !== 'off' ? (finished ?? finishTrace()) : null
  return {
    stdout: R.stdout.join(''),
    stderr:
      err &&
      (err.type === 'StepBudgetExceeded' || err.type === 'Cancelled' || err.type === 'MemoryBudgetExceeded')
        ? stderr + `${err.type}: ${err.message}\n`
        : stderr,
    exitCode: outcome.exitCode,
    error: err ? { type: err.type, message: err.message, line: err.line, column: null } : null,
    trace,
    steps: budget.steps,
    probes,
  }
}

/**
 * A JavaScript error inside the simulator is a bug of ours, never the program's: report it as such, with
 * what the program printed so far, instead of throwing into the caller (the app must keep working).
 */
function internalFailure(
  fail: (
    type: string,
    message: string,
    line: number | null,
    column: number | null,
    stderr: string,
  ) => RunResult,
  error: unknown,
  stdout: string,
): RunResult {
  const detail = error instanceof Error ? error.message : String(error)
  const message = `the simulator failed on this program (${detail}); this is a bug in PyMem Lab, not in the program`
  return { ...fail('InternalError', message, null, null, `InternalError: ${message}\n`), stdout }
}
