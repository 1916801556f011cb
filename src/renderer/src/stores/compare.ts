/** Comparing profiles: one program run on every profile, and where their outputs differ. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { RunOutcome } from '@shared/api'
import { PROFILES, type ProfileName } from '@shared/trace'
import { diffOutputs } from '../lib/output-diff'
import { nextRunId } from './run'

export const useCompareStore = defineStore('compare', () => {
  const outcomes = shallowRef<RunOutcome[]>([])
  const failure = ref<string | null>(null)
  const running = ref(false)
  const runIds = ref<string[]>([])

  const rows = computed(() =>
    diffOutputs(outcomes.value.map((o) => ({ profile: o.profile, stdout: o.stdout }))),
  )

  async function compare(source: string, profiles: readonly ProfileName[] = PROFILES): Promise<void> {
    if (running.value) return
    running.value = true
    failure.value = null
    outcomes.value = []
    runIds.value = profiles.map(() => nextRunId('compare'))
    try {
      outcomes.value = await Promise.all(
        profiles.map((profile, i) =>
          window.lab.runProgram({ runId: runIds.value[i], source, profile, trace: 'off' }),
        ),
      )
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error)
    } finally {
      running.value = false
      runIds.value = []
    }
  }

  async function cancel(): Promise<void> {
    await Promise.all(runIds.value.map((runId) => window.lab.cancelRun({ runId })))
  }

  return { outcomes, failure, running, rows, compare, cancel }
})
