/**
 * The exercise the learner is working on: which pack and exercise, the profile, the answers being
 * written, the verdicts the service gave, and the run that shows the heap at each checkpoint.
 *
 * The order is the lab's: predict, check, then run and watch. Checking goes to the service
 * (`checkAnswer` grades in main); the window only shapes the answer and times the attempt.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { RunOutcome } from '@shared/api'
import {
  DEFAULT_MAX_ATTEMPTS,
  type CheckpointView,
  type ExerciseView,
  type PackRef,
  type QuestionView,
  type Verdict,
} from '@shared/pack'
import type { ProfileName } from '@shared/trace'
import { emptyDraft, toAnswer, type AnswerDraft } from '../lib/answer'
import { checkpointStep } from '../lib/checkpoint-step'
import { findRecord } from '../lib/progress-summary'
import { usePacksStore } from './packs'
import { useProgressStore } from './progress'
import { useTraceStore } from './trace'
import { nextRunId } from './run'

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export const useExerciseStore = defineStore('exercise', () => {
  const packRef = ref<PackRef | null>(null)
  const exerciseId = ref<string | null>(null)
  const profile = ref<ProfileName>('3.12')
  /** Drafts by question id (one exercise at a time; a draft outlives a profile switch). */
  const drafts = ref<Record<string, AnswerDraft>>({})
  /** Verdicts by `questionId@profile`. */
  const verdicts = ref<Record<string, Verdict>>({})
  const checking = ref<Record<string, boolean>>({})
  const checkErrors = ref<Record<string, string>>({})
  /** When the learner started on each question (or last retried it), for the time they spent. */
  const startedAt = new Map<string, number>()
  const activeCheckpointId = ref<string | null>(null)
  const running = ref(false)
  const runError = ref<string | null>(null)
  // Shallow: the outcome holds the read-only trace.
  const outcome = shallowRef<RunOutcome | null>(null)

  const pack = computed(() => (packRef.value ? (usePacksStore().packs[packRef.value] ?? null) : null))
  const exercise = computed<ExerciseView | null>(
    () => pack.value?.exercises.find((e) => e.id === exerciseId.value) ?? null,
  )
  const questions = computed<QuestionView[]>(
    () => exercise.value?.checkpoints.flatMap((c) => c.questions) ?? [],
  )
  const activeCheckpoint = computed<CheckpointView | null>(
    () =>
      exercise.value?.checkpoints.find((c) => c.id === activeCheckpointId.value) ??
      exercise.value?.checkpoints[0] ??
      null,
  )

  const key = (questionId: string) => `${questionId}@${profile.value}`

  function verdictFor(questionId: string): Verdict | null {
    return verdicts.value[key(questionId)] ?? null
  }

  function recordFor(questionId: string) {
    if (!pack.value || !exerciseId.value) return null
    return findRecord(useProgressStore().records, {
      packId: pack.value.id,
      exerciseId: exerciseId.value,
      questionId,
      profile: profile.value,
    })
  }

  /** Attempts left on this profile: from the last verdict, else from saved progress. */
  function attemptsLeft(question: QuestionView): number {
    const verdict = verdictFor(question.id)
    if (verdict) return verdict.attemptsLeft
    const max = question.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
    return Math.max(0, max - (recordFor(question.id)?.attempts ?? 0))
  }

  /** Every question has been answered on this profile (now or in an earlier session). */
  const allAnswered = computed(() =>
    questions.value.every((q) => verdictFor(q.id) !== null || (recordFor(q.id)?.attempts ?? 0) > 0),
  )

  /** The learner's draft, or the empty one (read-only: templates call this while rendering). */
  function draftFor(question: QuestionView): AnswerDraft {
    return drafts.value[question.id] ?? emptyDraft(question, `${exerciseId.value}/${question.id}`)
  }

  function setDraft(questionId: string, draft: AnswerDraft): void {
    drafts.value[questionId] = draft
  }

  function canCheck(question: QuestionView): boolean {
    return toAnswer(question, draftFor(question)) !== null && !checking.value[question.id]
  }

  function resetWork(): void {
    drafts.value = {}
    verdicts.value = {}
    checking.value = {}
    checkErrors.value = {}
    startedAt.clear()
    activeCheckpointId.value = null
    outcome.value = null
    runError.value = null
    useTraceStore().load(null)
  }

  /** Opens an exercise of a loaded pack, on its first profile (or the current one if it runs there). */
  function select(nextPack: PackRef, nextExercise: string): void {
    if (packRef.value === nextPack && exerciseId.value === nextExercise) return
    packRef.value = nextPack
    exerciseId.value = nextExercise
    resetWork()
    const profiles = exercise.value?.profiles ?? []
    if (profiles.length > 0 && !profiles.includes(profile.value)) profile.value = profiles[0]
  }

  function close(): void {
    exerciseId.value = null
    resetWork()
  }

  function setProfile(next: ProfileName): void {
    if (next === profile.value) return
    profile.value = next
    // The run showed the other profile's heap.
    outcome.value = null
    useTraceStore().load(null)
  }

  /** Sends the answer to the service and keeps its verdict. `reveal` gives up and asks for the key. */
  async function check(question: QuestionView, reveal = false): Promise<Verdict | null> {
    const answer = toAnswer(question, draftFor(question))
    if (!answer || !packRef.value || !exerciseId.value) return null
    const now = Date.now()
    const since = startedAt.get(question.id) ?? now
    checking.value[question.id] = true
    try {
      const verdict = await window.lab.checkAnswer({
        pack: packRef.value,
        exerciseId: exerciseId.value,
        questionId: question.id,
        profile: profile.value,
        answer,
        learner: useProgressStore().learner,
        timeSpentMs: Math.min(now - since, 24 * 3600 * 1000),
        reveal,
      })
      verdicts.value[key(question.id)] = verdict
      delete checkErrors.value[question.id]
      startedAt.set(question.id, now)
      void useProgressStore().refresh()
      return verdict
    } catch (error) {
      checkErrors.value[question.id] = message(error)
      return null
    } finally {
      checking.value[question.id] = false
    }
  }

  /** Clears the verdict so the learner can answer again (the draft stays, to edit). */
  function retry(question: QuestionView): void {
    delete verdicts.value[key(question.id)]
    startedAt.set(question.id, Date.now())
  }

  /** Starts the clock of every question (the exercise is on screen). */
  function startClock(): void {
    const now = Date.now()
    for (const q of questions.value) if (!startedAt.has(q.id)) startedAt.set(q.id, now)
  }

  /** Moves the trace cursor to a checkpoint (the first one by default). */
  function showCheckpoint(checkpointId?: string): boolean {
    if (checkpointId) activeCheckpointId.value = checkpointId
    const point = activeCheckpoint.value
    const traceStore = useTraceStore()
    if (!point || !traceStore.trace) return false
    const index = checkpointStep(traceStore.trace.steps, point)
    traceStore.goTo(index)
    return index !== null
  }

  /** Runs the exercise's program on the chosen profile with a full trace, and shows the checkpoint. */
  async function run(): Promise<void> {
    const current = exercise.value
    if (!current || running.value) return
    running.value = true
    runError.value = null
    const traceStore = useTraceStore()
    traceStore.load(null)
    try {
      const result = await window.lab.runProgram({
        runId: nextRunId('exercise'),
        source: current.code,
        profile: profile.value,
        trace: 'full',
      })
      outcome.value = result
      traceStore.load(result.trace)
      showCheckpoint()
    } catch (error) {
      runError.value = message(error)
    } finally {
      running.value = false
    }
  }

  /** Puts this exercise's trace back into the (shared) trace store, e.g. on coming back to the view. */
  function restoreTrace(): void {
    const traceStore = useTraceStore()
    const mine = outcome.value?.trace ?? null
    if (traceStore.trace !== mine) {
      traceStore.load(mine)
      showCheckpoint()
    }
  }

  return {
    packRef,
    exerciseId,
    profile,
    drafts,
    verdicts,
    checking,
    checkErrors,
    activeCheckpointId,
    running,
    runError,
    outcome,
    pack,
    exercise,
    questions,
    activeCheckpoint,
    allAnswered,
    verdictFor,
    recordFor,
    attemptsLeft,
    draftFor,
    setDraft,
    canCheck,
    select,
    close,
    setProfile,
    check,
    retry,
    startClock,
    showCheckpoint,
    run,
    restoreTrace,
  }
})
