/** A checkpoint named as the learner reads it: "After line 4", "Before line 7, time 2". */
import type { CodePoint } from '@shared/pack'

export type Translate = (key: string, params: Record<string, unknown>) => string

export function checkpointLabel(point: CodePoint, t: Translate): string {
  const where = t(`exercises.checkpoint.${point.when}`, { line: point.line })
  return point.hit > 1 ? t('exercises.checkpoint.hit', { where, n: point.hit }) : where
}
