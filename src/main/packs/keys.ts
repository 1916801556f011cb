/**
 * Answer keys, computed by running an exercise on the simulator, never typed by hand.
 *
 * One main run carries every side-effect-free probe (refcounts, values, alive checks, gc.garbage)
 * and records a trace, from which output up to a point and the order of messages are read. Each
 * `collect` question gets a run of its own, because its probe (`gc.collect()`) changes the heap.
 *
 * | kind     | how the key is computed                                                             |
 * | -------- | ----------------------------------------------------------------------------------- |
 * | output   | stdout written between the checkpoint and `until` (or the end), from the trace     |
 * | refcount | probe `sys.getrefcount(expr)` at the checkpoint (`refcnt`: one less)                |
 * | collect  | probe `gc.collect()` at the checkpoint, in a run of its own                         |
 * | alive    | probe `bool(<option probe>)` for each option                                        |
 * | order    | which option messages are printed, in order, between the checkpoint and `until`     |
 * | garbage  | probe the type names of the objects in `gc.garbage`                                 |
 * | value    | probe the expression; the key is its repr                                           |
 * | choice   | the options marked `correct` (no run needed)                                        |
 */
import type { Answer, CodePoint, Exercise, Expectation, Fact, PackProblem, Question } from '../../shared/pack'
import type { ProfileName, Trace } from '../../shared/trace'
import { runProgram, type Probe, type ProbeResult, type RunOptions, type RunResult } from '../sim/index'
import { performance } from 'node:perf_hooks'
import { insideFunction, profileFacts, referrerFacts, unreachableFacts } from './facts'
import { normalizeRepr, parsePyLiteral, type PyValue } from './py-literal'
import { snapshotAt } from '../../shared/trace-replay'
import { stdoutBetween, stepIndexOf } from './trace-points'
import type { YamlFile } from './yaml-file'

export type Simulate = (source: string, options: RunOptions) => RunResult

export interface QuestionKey {
  questionId: string
  /** Null when the key could not be computed (see `error`). */
  answer: Answer | null
  error: string | null
  facts: Fact[]
}

export interface ExerciseKeys {
  exerciseId: string
  profile: ProfileName
  /** The whole program's stdout on the simulator. */
  stdout: string
  /** An uncaught exception of the main run, as `Type: message`. */
  runError: string | null
  keys: Record<string, QuestionKey>
}

/** The probes of one question, in the main run. */
function probesFor(question: Question, at: CodePoint): Probe[] {
  const probe = (expression: string): Probe => ({ line: at.line, when: at.when, expression })
  switch (question.kind) {
    case 'refcount':
      return [probe(`sys.getrefcount(${question.expression})`), probe(`id(${question.expression})`)]
    case 'value':
      return [probe(question.expression)]
    case 'alive':
      return question.options.map((o) => probe(`bool(${o.probe})`))
    case 'garbage':
      // map + lambda rather than a comprehension: on 2.7 a list comprehension would leak its variable.
      return [probe('list(map(lambda o: type(o).__name__, gc.garbage))')]
    default:
      return []
  }
}

function hitAt(
  results: ProbeResult[],
  index: number,
  hit: number,
): { repr: string | null; error: string | null } {
  const result = results[index]
  if (!result) return { repr: null, error: 'the simulator returned no probe result' }
  const found = result.hits[hit - 1]
  if (!found)
    return { repr: null, error: `execution never reached ${result.when} line ${result.line} (hit ${hit})` }
  return found
}

/** Budgets for computing answer keys: an exercise is small; a runaway one must not stall the service. */
export const KEY_BUDGETS = {
  /** Executed steps per simulation of an exercise. */
  maxSteps: 2_000_000,
  /** Wall-clock time per simulation of an exercise. */
  timeLimitMs: 5_000,
} as const

export function withKeyBudgets(simulate: Simulate): Simulate {
  return (source, options) => {
    const deadline = performance.now() + KEY_BUDGETS.timeLimitMs
    const outer = options.shouldStop
    return simulate(source, {
      ...options,
      maxSteps: Math.min(options.maxSteps ?? KEY_BUDGETS.maxSteps, KEY_BUDGETS.maxSteps),
      shouldStop: () => (outer ? outer() : false) || performance.now() > deadline,
    })
  }
}

/**
 * The main run, without probes (its output and trace are the program's own), plus one run per probe.
 * A probe's evaluation allocates and frees objects, which reorders pymalloc's LIFO free lists exactly as
 * it would in CPython; so a later `id(...) == ...` may differ from the program run alone. Running each
 * probe on its own keeps every probe's value and the program's output what the program alone gives.
 */
export function runWithIsolatedProbes(
  simulate: Simulate,
  code: string,
  profile: ProfileName,
  probes: Probe[],
): RunResult {
  const main = simulate(code, { profile, trace: 'full' })
  const results: ProbeResult[] = probes.map((probe) => {
    const alone = simulate(code, { profile, trace: 'off', probes: [probe] })
    return alone.probes[0] ?? { ...probe, hits: [] }
  })
  return { ...main, probes: results }
}

export function computeKeys(
  exercise: Exercise,
  profile: ProfileName,
  unbudgeted: Simulate = runProgram,
): ExerciseKeys {
  const simulate = withKeyBudgets(unbudgeted)
  const probes: Probe[] = []
  const probeIndex = new Map<string, number>()
  for (const checkpoint of exercise.checkpoints) {
    for (const question of checkpoint.questions) {
      probeIndex.set(question.id, probes.length)
      probes.push(...probesFor(question, checkpoint))
    }
  }
  let main: RunResult
  try {
    main = runWithIsolatedProbes(simulate, exercise.code, profile, probes)
  } catch (error) {
    const message = `the simulator failed: ${(error as Error).message}`
    const keys: Record<string, QuestionKey> = {}
    for (const c of exercise.checkpoints)
      for (const q of c.questions)
        keys[q.id] =
          q.kind === 'choice' ? choiceKey(q) : { questionId: q.id, answer: null, error: message, facts: [] }
    return { exerciseId: exercise.id, profile, stdout: '', runError: message, keys }
  }
  const runError = main.error ? `${main.error.type}: ${main.error.message}` : null
  const keys: Record<string, QuestionKey> = {}
  for (const checkpoint of exercise.checkpoints) {
    for (const question of checkpoint.questions) {
      const first = probeIndex.get(question.id)!
      let key: QuestionKey
      try {
        key = keyFor(question, checkpoint, main, first, exercise, profile, simulate)
      } catch (error) {
        key = { questionId: question.id, answer: null, error: (error as Error).message, facts: [] }
      }
      if (key.answer === null && runError && key.error) key.error += ` (the program stopped with ${runError})`
      keys[question.id] = key
    }
  }
  return { exerciseId: exercise.id, profile, stdout: main.stdout, runError, keys }
}

class KeyError extends Error {}

function needTrace(run: RunResult): Trace {
  if (!run.trace || run.trace.steps.length === 0)
    throw new KeyError('the simulator recorded no trace for this run')
  return run.trace
}

function pointIndex(trace: Trace, point: CodePoint): number {
  const index = stepIndexOf(trace, point)
  if (index === null) {
    if (trace.truncated) throw new KeyError('the trace was cut short before the checkpoint')
    throw new KeyError(`execution never reached ${point.when} line ${point.line} (hit ${point.hit})`)
  }
  return index
}

function literal(repr: string, what: string): PyValue {
  const value = parsePyLiteral(repr)
  if (value === undefined) throw new KeyError(`${what} gave ${repr}, which is not a simple Python value`)
  return value
}

function probeValue(main: RunResult, index: number, hit: number, what: string): string {
  const { repr, error } = hitAt(main.probes, index, hit)
  if (repr === null) throw new KeyError(`${what}: ${error ?? 'no value'}`)
  return repr
}

function choiceKey(question: Question & { kind: 'choice' }): QuestionKey {
  return {
    questionId: question.id,
    answer: { kind: 'choice', ids: question.options.filter((o) => o.correct).map((o) => o.id) },
    error: null,
    facts: [],
  }
}

function keyFor(
  question: Question,
  at: CodePoint,
  main: RunResult,
  first: number,
  exercise: Exercise,
  profile: ProfileName,
  simulate: Simulate,
): QuestionKey {
  const base = { questionId: question.id, error: null }
  const facts = profileFacts(question, profile, insideFunction(exercise.code, at.line))
  switch (question.kind) {
    case 'choice':
      return choiceKey(question)
    case 'refcount': {
      const count = literal(
        probeValue(main, first, at.hit, `sys.getrefcount(${question.expression})`),
        'getrefcount',
      )
      if (typeof count !== 'number') throw new KeyError(`sys.getrefcount gave ${String(count)}`)
      const address = parsePyLiteral(hitAt(main.probes, first + 1, at.hit).repr ?? '')
      if (typeof address === 'number' && main.trace) {
        const index = stepIndexOf(main.trace, at)
        // The heap at the point: a step carries the changes made since the previous step, so the step
        // that starts the next line holds what line L did.
        const heap = index === null ? null : snapshotAt(main.trace, index)
        if (heap) facts.unshift(...referrerFacts(heap, address))
      }
      const value = question.measure === 'refcnt' ? count - 1 : count
      return { ...base, answer: { kind: 'refcount', value }, facts }
    }
    case 'value':
      return {
        ...base,
        answer: { kind: 'value', text: probeValue(main, first, at.hit, question.expression) },
        facts,
      }
    case 'alive': {
      const ids = question.options.filter((o, i) => {
        const repr = probeValue(main, first + i, at.hit, `probe of option '${o.id}'`)
        if (repr !== 'True' && repr !== 'False') throw new KeyError(`probe of option '${o.id}' gave ${repr}`)
        return repr === 'True'
      })
      return { ...base, answer: { kind: 'alive', ids: ids.map((o) => o.id) }, facts }
    }
    case 'garbage': {
      const names = literal(probeValue(main, first, at.hit, 'gc.garbage'), 'gc.garbage')
      if (!Array.isArray(names)) throw new KeyError('gc.garbage did not give a list')
      const present = new Set(names.map(String))
      const unknown = [...present].filter((n) => !question.options.some((o) => o.id === n))
      if (unknown.length > 0) {
        throw new KeyError(
          `gc.garbage holds ${unknown.join(', ')}, which no option names: add them as options`,
        )
      }
      return {
        ...base,
        answer: { kind: 'garbage', ids: question.options.filter((o) => present.has(o.id)).map((o) => o.id) },
        facts,
      }
    }
    case 'output':
    case 'order': {
      const trace = needTrace(main)
      const from = pointIndex(trace, at)
      const to = question.until ? pointIndex(trace, question.until) : trace.steps.length
      if (trace.truncated && !question.until)
        throw new KeyError('the trace was cut short before the end of the program')
      const text = stdoutBetween(trace, from, to)
      if (question.kind === 'output') return { ...base, answer: { kind: 'output', text }, facts }
      const lines = text.split('\n')
      const ids: string[] = []
      for (const line of lines) {
        const option = question.options.find((o) => o.message === line.trimEnd())
        if (option && !ids.includes(option.id)) ids.push(option.id)
      }
      return { ...base, answer: { kind: 'order', ids }, facts }
    }
    case 'collect': {
      const expression = question.generation === null ? 'gc.collect()' : `gc.collect(${question.generation})`
      const run = simulate(exercise.code, {
        profile,
        trace: 'summary',
        probes: [{ line: at.line, when: at.when, expression }],
      })
      const value = literal(probeValue(run, 0, at.hit, expression), expression)
      if (typeof value !== 'number') throw new KeyError(`${expression} gave ${String(value)}`)
      if (run.trace) {
        const index = stepIndexOf(run.trace, at)
        if (index !== null) facts.unshift(...unreachableFacts(run.trace, index))
      }
      return { ...base, answer: { kind: 'collect', value }, facts }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Instructor expectations

/** The instructor's expectation for one profile as an answer, or null when there is none. */
export function expectedAnswer(question: Question, profile: ProfileName): Answer | null {
  const expect: Expectation | null = question.expect
  if (expect === null) return null
  const perProfile = typeof expect === 'object' && !Array.isArray(expect)
  const value = perProfile ? (expect as Record<string, unknown>)[profile] : expect
  if (value === undefined) return null
  switch (question.kind) {
    case 'refcount':
    case 'collect':
      return { kind: question.kind, value: Number(value) }
    case 'alive':
    case 'order':
    case 'garbage':
    case 'choice':
      return { kind: question.kind, ids: (value as string[]).map(String) }
    case 'output':
      return { kind: 'output', text: String(value) }
    case 'value':
      return { kind: 'value', text: typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value) }
  }
}

/** Whether two answers to the same question are the same (sets compare as sets, orders as lists). */
export function sameAnswer(a: Answer, b: Answer): boolean {
  switch (a.kind) {
    case 'output':
      return b.kind === 'output' && normalizeOutput(a.text) === normalizeOutput(b.text)
    case 'value':
      return b.kind === 'value' && normalizeRepr(a.text) === normalizeRepr(b.text)
    case 'refcount':
    case 'collect':
      return b.kind === a.kind && a.value === b.value
    case 'order':
      return b.kind === 'order' && a.ids.join('\u0000') === b.ids.join('\u0000')
    default:
      return 'ids' in b && [...a.ids].sort().join('\u0000') === [...b.ids].sort().join('\u0000')
  }
}

export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '')
}

export function describeAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'output':
      return JSON.stringify(answer.text)
    case 'value':
      return answer.text
    case 'refcount':
    case 'collect':
      return String(answer.value)
    default:
      return `[${answer.ids.join(', ')}]`
  }
}

/** Problems where the instructor's `expect` disagrees with the simulator (or a key cannot be computed). */
export function expectProblems(
  exercise: Exercise,
  keys: ExerciseKeys,
  yaml: YamlFile | null,
  file: string,
): PackProblem[] {
  const problems: PackProblem[] = []
  exercise.checkpoints.forEach((checkpoint, c) => {
    checkpoint.questions.forEach((question, q) => {
      const path = ['checkpoints', c, 'questions', q]
      const where = (suffix: (string | number)[]): { line: number; column: number } =>
        yaml ? yaml.locate([...path, ...suffix]) : { line: 1, column: 1 }
      const key = keys.keys[question.id]
      if (!key || key.answer === null) {
        problems.push({
          file,
          ...where(['id']),
          message: `[${keys.profile}] cannot compute the key of '${question.id}': ${key?.error ?? 'no key'}`,
          severity: 'error',
        })
        return
      }
      const expected = expectedAnswer(question, keys.profile)
      if (expected && !sameAnswer(expected, key.answer)) {
        const perProfile =
          question.expect !== null && typeof question.expect === 'object' && !Array.isArray(question.expect)
        problems.push({
          file,
          ...where(perProfile ? ['expect', keys.profile] : ['expect']),
          message: `[${keys.profile}] expect says ${describeAnswer(expected)} but the simulator gives ${describeAnswer(key.answer)}`,
          severity: 'error',
        })
      }
    })
  })
  return problems
}
