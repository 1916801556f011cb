/**
 * The learner's progress as the service keeps it: who the learner is (remembered on this machine),
 * their records, exporting them for an instructor, and resetting them (after the window asked).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ProgressReport, QuestionProgress } from '@shared/pack'
import { downloadText } from '../lib/download'

const LEARNER_KEY = 'pymem-lab.learner'
export const DEFAULT_LEARNER = 'default'

function rememberedLearner(): string {
  try {
    return window.localStorage.getItem(LEARNER_KEY)?.trim() || DEFAULT_LEARNER
  } catch {
    return DEFAULT_LEARNER
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export const useProgressStore = defineStore('progress', () => {
  const learner = ref(rememberedLearner())
  const records = shallowRef<readonly QuestionProgress[]>([])
  const warnings = ref<string[]>([])
  const error = ref<string | null>(null)
  const loading = ref(false)
  /** Number of records the last reset removed, to confirm it on screen. */
  const lastReset = ref<number | null>(null)

  function apply(report: ProgressReport): void {
    records.value = report.records
    warnings.value = report.warnings
  }

  async function refresh(): Promise<void> {
    loading.value = true
    try {
      apply(await window.lab.getProgress({ learner: learner.value }))
      error.value = null
    } catch (e) {
      error.value = message(e)
    } finally {
      loading.value = false
    }
  }

  /** Switches to another learner on this machine (empty: the default one). */
  async function setLearner(name: string): Promise<void> {
    learner.value = name.trim().slice(0, 64) || DEFAULT_LEARNER
    lastReset.value = null
    try {
      window.localStorage.setItem(LEARNER_KEY, learner.value)
    } catch {
      // No storage: the name lasts for this session.
    }
    await refresh()
  }

  /** Downloads this learner's progress as the service exports it (CSV or JSON). */
  async function exportAs(format: 'csv' | 'json'): Promise<void> {
    try {
      const file = await window.lab.exportProgress({ format, learner: learner.value })
      downloadText(file.filename, file.mimeType, file.content)
      error.value = null
    } catch (e) {
      error.value = message(e)
    }
  }

  /** Deletes this learner's records. The caller must have asked the learner first. */
  async function reset(): Promise<void> {
    try {
      const { removed } = await window.lab.resetProgress({ learner: learner.value, confirm: true })
      lastReset.value = removed
      await refresh()
    } catch (e) {
      error.value = message(e)
    }
  }

  return { learner, records, warnings, error, loading, lastReset, refresh, setLearner, exportAs, reset }
})
