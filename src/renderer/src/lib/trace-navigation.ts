/**
 * Finding places in a trace: the next deallocation, the next collection, the next time a line
 * starts, and the collector's state at a step. All pure; indices are step indices.
 */
import type { GcObjectState, GcPhase, StepEvent, Trace } from '@shared/trace'

type Steps = Trace['steps']

/** First index after `from` whose step satisfies `test`, or null. */
export function findNext(
  steps: Steps,
  from: number,
  test: (event: StepEvent, index: number) => boolean,
): number | null {
  for (let i = Math.max(0, from + 1); i < steps.length; i += 1) if (test(steps[i].event, i)) return i
  return null
}

/** The next step that freed an object. */
export function nextFree(steps: Steps, from: number): number | null {
  return findNext(steps, from, (e) => e.kind === 'object-freed')
}

/** Indices of the first step of each collection (its first `gc-*` step after the previous one ended). */
export function collectionStarts(steps: Steps): number[] {
  const starts: number[] = []
  let inside = false
  steps.forEach((step, i) => {
    const kind = step.event.kind
    if ((kind === 'gc-phase-entered' || kind === 'gc-collected') && !inside) {
      starts.push(i)
      inside = true
    }
    if (kind === 'gc-collected') inside = false
  })
  return starts
}

/** The start of the next collection after `from`. */
export function nextCollection(steps: Steps, from: number): number | null {
  return collectionStarts(steps).find((i) => i > from) ?? null
}

/**
 * The next step at which `line` starts after `from`; wraps around to the first one when there is
 * none after. Null when the line never runs.
 */
export function nextLineStart(steps: Steps, from: number, line: number): number | null {
  const test = (e: StepEvent) => e.kind === 'line-started' && e.line === line
  return findNext(steps, from, test) ?? findNext(steps, -1, test)
}

export interface GcMoment {
  generation: number
  phase: GcPhase
  objects: ReadonlyMap<number, GcObjectState>
}

/**
 * The collector's state at `index`: the last `gc-phase-entered` of the collection under way
 * (the `gc-collected` step included), or null outside a collection.
 */
export function gcMomentAt(steps: Steps, index: number): GcMoment | null {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i -= 1) {
    const event = steps[i].event
    if (event.kind === 'gc-collected' && i !== index) return null
    if (event.kind === 'gc-phase-entered') {
      return {
        generation: event.generation,
        phase: event.phase,
        objects: new Map(event.objects.map((o) => [o.id, o])),
      }
    }
  }
  return null
}

export interface CollectionRecord {
  index: number
  line: number
  generation: number
  unreachable: number
  uncollectable: number
}

/** Collections finished at or before `index`, oldest first. */
export function collectionLog(steps: Steps, index: number): CollectionRecord[] {
  const log: CollectionRecord[] = []
  for (let i = 0; i <= Math.min(index, steps.length - 1); i += 1) {
    const e = steps[i].event
    if (e.kind === 'gc-collected') {
      log.push({
        index: i,
        line: steps[i].line,
        generation: e.generation,
        unreachable: e.unreachable,
        uncollectable: e.uncollectable,
      })
    }
  }
  return log
}

/** Output written up to and including `index`, per stream. */
export function outputUpTo(steps: Steps, index: number): { stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  for (let i = 0; i <= Math.min(index, steps.length - 1); i += 1) {
    const e = steps[i].event
    if (e.kind === 'output-written') {
      if (e.stream === 'stdout') stdout += e.text
      else stderr += e.text
    }
  }
  return { stdout, stderr }
}
