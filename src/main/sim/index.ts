/**
 * The simulator's only door. `runProgram` parses a Python-subset program, runs it on the simulated
 * CPython object model of one profile and returns what the real interpreter would have printed.
 *
 * Simplifications:
 * - (stub) only `print` of string literals is supported until the interpreter lands.
 */
import type { ProfileName, Trace, TraceLevel } from '@shared/trace'

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

export function runProgram(source: string, options: RunOptions): RunResult {
  let stdout = ''
  for (const m of source.matchAll(/^print\((['"])(.*)\1\)\s*$/gm)) stdout += m[2] + '\n'
  return {
    stdout,
    stderr: '',
    exitCode: 0,
    error: null,
    trace: null,
    steps: 0,
    probes: (options.probes ?? []).map((p) => ({ ...p, hits: [] })),
  }
}
