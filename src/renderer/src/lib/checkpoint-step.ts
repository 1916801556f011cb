/**
 * Where an exercise's checkpoint falls in a trace, so "Run and watch" can put the cursor there.
 *
 * The heap a step shows is the heap after that step, and the changes a line makes are recorded on the
 * step that follows them; so the heap "at" a `line-started` step is the heap just before that line.
 *
 * - "before line L" is the step where L starts for the `hit`-th time: nothing of L has run yet.
 * - "after line L" is the step where execution next starts a line in the same frame or an outer one,
 *   i.e. once L and everything it called have finished (the pack format's definition). Lines started
 *   in deeper frames (the functions L calls) do not end it. With no such line, the last step.
 */
import type { CodePoint } from '@shared/pack'
import type { TraceStep } from '@shared/trace'

/** The index of the checkpoint's step in `steps`, or null when execution never gets there. */
export function checkpointStep(steps: readonly TraceStep[], point: CodePoint): number | null {
  let seen = 0
  let start = -1
  for (let i = 0; i < steps.length; i++) {
    const event = steps[i].event
    if (event.kind === 'line-started' && event.line === point.line && ++seen === point.hit) {
      start = i
      break
    }
  }
  if (start < 0) return null
  if (point.when === 'before') return start
  const depth = steps[start].frames.length
  for (let j = start + 1; j < steps.length; j++) {
    if (steps[j].event.kind === 'line-started' && steps[j].frames.length <= depth) return j
  }
  return steps.length - 1
}
