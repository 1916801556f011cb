/** Learner progress as the window summarises it: per exercise, per question, and time spent. */
import type { ExerciseView, QuestionProgress } from '@shared/pack'
import type { ProfileName } from '@shared/trace'

export interface ExerciseProgress {
  /** Questions of the exercise. */
  total: number
  /** Questions tried at least once (on any profile). */
  tried: number
  /** Questions answered fully right at least once (on any profile). */
  solved: number
}

/** How far a learner got with one exercise of pack `packId`. */
export function exerciseProgress(
  records: readonly QuestionProgress[],
  packId: string,
  exercise: ExerciseView,
): ExerciseProgress {
  const questions = exercise.checkpoints.flatMap((c) => c.questions.map((q) => q.id))
  const mine = records.filter((r) => r.packId === packId && r.exerciseId === exercise.id)
  const tried = questions.filter((q) => mine.some((r) => r.questionId === q && r.attempts > 0))
  const solved = questions.filter((q) => mine.some((r) => r.questionId === q && r.bestScore >= 1))
  return { total: questions.length, tried: tried.length, solved: solved.length }
}

/** The record of one question on one profile, or null. */
export function findRecord(
  records: readonly QuestionProgress[],
  where: { packId: string; exerciseId: string; questionId: string; profile: ProfileName },
): QuestionProgress | null {
  return (
    records.find(
      (r) =>
        r.packId === where.packId &&
        r.exerciseId === where.exerciseId &&
        r.questionId === where.questionId &&
        r.profile === where.profile,
    ) ?? null
  )
}

/** A duration as `m:ss` (or `h:mm:ss`), the way a stopwatch shows it. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** Records sorted for a table: by pack, then the course order of exercises, then question, profile. */
export function sortRecords(
  records: readonly QuestionProgress[],
  courseOrder: (packId: string, exerciseId: string) => number,
): QuestionProgress[] {
  return [...records].sort(
    (a, b) =>
      a.packId.localeCompare(b.packId) ||
      courseOrder(a.packId, a.exerciseId) - courseOrder(b.packId, b.exerciseId) ||
      a.exerciseId.localeCompare(b.exerciseId) ||
      a.questionId.localeCompare(b.questionId) ||
      a.profile.localeCompare(b.profile),
  )
}
