/** The sandbox's run: program text, profile, the outcome, and cancelling a run under way. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RunOutcome } from '@shared/api'
import type { ProfileName } from '@shared/trace'

const SAMPLE = `import gc

def make_cycle():
    l = []
    l.append(l)

for i in range(3):
    make_cycle()
print("collected", gc.collect())
`

let runCounter = 0

export const useRunStore = defineStore('run', () => {
  const source = ref(SAMPLE)
  const profile = ref<ProfileName>('3.12')
  const running = ref(false)
  const outcome = ref<RunOutcome | null>(null)
  const failure = ref<string | null>(null)
  let currentRunId: string | null = null

  async function run(): Promise<void> {
    if (running.value) return
    runCounter += 1
    const runId = `run-${Date.now()}-${runCounter}`
    currentRunId = runId
    running.value = true
    failure.value = null
    try {
      outcome.value = await window.lab.runProgram({
        runId,
        source: source.value,
        profile: profile.value,
        trace: 'off',
      })
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

  return { source, profile, running, outcome, failure, run, cancel }
})
