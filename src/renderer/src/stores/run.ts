/** The sandbox's run: program text, profile, budgets, the outcome, and cancelling a run under way. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { RunError, RunOutcome } from '@shared/api'
import type { ProfileName } from '@shared/trace'
import { useTraceStore } from './trace'

export const SAMPLE = `import gc

def make_cycle():
    l = []
    l.append(l)

for i in range(3):
    make_cycle()
print("collected", gc.collect())
`

/** Error types that mean the run was stopped from outside rather than failing in Python. */
export const STOP_TYPES = [
  'Cancelled',
  'StepBudgetExceeded',
  'TimeBudgetExceeded',
  'MemoryBudgetExceeded',
] as const

export function isStop(error: RunError | null | undefined): boolean {
  return !!error && (STOP_TYPES as readonly string[]).includes(error.type)
}

let runCounter = 0

/** A run id unique in this window. */
export function nextRunId(prefix = 'run'): string {
  runCounter += 1
  return `${prefix}-${Date.now().toString(36)}-${runCounter}`
}

export const useRunStore = defineStore('run', () => {
  const source = ref(SAMPLE)
  const profile = ref<ProfileName>('3.12')
  /** Step budget chosen by the learner; null leaves the service's own. */
  const maxSteps = ref<number | null>(null)
  /** Time limit in milliseconds chosen by the learner; null leaves the service's own. */
  const timeLimitMs = ref<number | null>(null)
  /** Simulated-memory cap in bytes chosen by the learner; null leaves the service's own. */
  const maxBytes = ref<number | null>(null)
  const running = ref(false)
  // Shallow: the outcome holds the (large, read-only) trace, which must not become reactive.
  const outcome = shallowRef<RunOutcome | null>(null)
  const failure = ref<string | null>(null)
  let currentRunId: string | null = null

  /** Where the error points in the program (line and column, 1-based), if it does. */
  const errorLocation = computed(() => {
    const error = outcome.value?.error
    return error && error.line !== null ? { line: error.line, column: error.column } : null
  })
  const stopped = computed(() => isStop(outcome.value?.error))

  async function run(): Promise<void> {
    if (running.value) return
    const runId = nextRunId()
    currentRunId = runId
    running.value = true
    failure.value = null
    // The previous run's output and stop message must not read as this run's while it is under way.
    outcome.value = null
    const traceStore = useTraceStore()
    traceStore.load(null)
    try {
      const result = await window.lab.runProgram({
        runId,
        source: source.value,
        profile: profile.value,
        trace: 'full',
        ...(maxSteps.value ? { maxSteps: maxSteps.value } : {}),
        ...(timeLimitMs.value ? { timeLimitMs: timeLimitMs.value } : {}),
        ...(maxBytes.value ? { maxBytes: maxBytes.value } : {}),
      })
      outcome.value = result
      traceStore.load(result.trace)
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error)
    } finally {
      if (currentRunId === runId) {
        running.value = false
        currentRunId = null
      }
    }
  }

  async function cancel(): Promise<void> {
    if (currentRunId) await window.lab.cancelRun({ runId: currentRunId })
  }

  return {
    source,
    profile,
    maxSteps,
    timeLimitMs,
    maxBytes,
    running,
    outcome,
    failure,
    errorLocation,
    stopped,
    run,
    cancel,
  }
})
