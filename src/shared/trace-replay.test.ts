import { describe, expect, it } from 'vitest'
import { KEYFRAME_INTERVAL, type HeapSnapshot, type ObjectView, type Trace, type TraceStep } from './trace'
import { emptySnapshot, snapshotAt } from './trace-replay'

const gc = {
  counts: [0, 0, 0] as [number, number, number],
  thresholds: [700, 10, 10] as [number, number, number],
  enabled: true,
}
const allocator = { arenas: 1, poolsInUse: 1, bytesFromOs: 262144, bytesInUse: 0 }

function obj(id: number, refcnt = 1, repr = `o${id}`): ObjectView {
  return {
    id,
    type: 'list',
    repr,
    refcnt,
    immortal: false,
    address: 1000 + id,
    size: 56,
    sizeClass: 6,
    generation: 0,
    refs: [],
  }
}

function step(changed: ObjectView[], removed: number[] = [], line = 1): TraceStep {
  return {
    event: { kind: 'line-started', line },
    line,
    changed,
    removed,
    frames: [{ name: '<module>', line, vars: [] }],
    gc: { ...gc, counts: [changed.length, 0, 0] },
    allocator,
  }
}

/** Steps that allocate object i at step i and free object i - 3 at step i (when i >= 3). */
function longTrace(count: number): Trace {
  const steps: TraceStep[] = []
  const keyframes: HeapSnapshot[] = []
  const live = new Map<number, ObjectView>()
  for (let i = 0; i < count; i += 1) {
    const born = obj(i + 1)
    live.set(born.id, born)
    const removed = i >= 3 ? [i - 2] : []
    for (const id of removed) live.delete(id)
    steps.push(step([born], removed, i + 1))
    if (i % KEYFRAME_INTERVAL === 0) {
      keyframes.push({ objects: [...live.values()], frames: steps[i].frames, gc: steps[i].gc, allocator })
    }
  }
  return { profile: '3.12', steps, keyframes, truncated: false }
}

describe('snapshotAt', () => {
  it('replays changes and removals from the start when the first keyframe is the first step', () => {
    const trace: Trace = {
      profile: '3.12',
      steps: [step([obj(1)]), step([obj(2), obj(1, 2)]), step([], [1], 3)],
      keyframes: [{ objects: [obj(1)], frames: [], gc, allocator }],
      truncated: false,
    }
    expect(snapshotAt(trace, 0).objects.map((o) => [o.id, o.refcnt])).toEqual([[1, 1]])
    expect(snapshotAt(trace, 1).objects.map((o) => [o.id, o.refcnt])).toEqual([
      [1, 2],
      [2, 1],
    ])
    const last = snapshotAt(trace, 2)
    expect(last.objects.map((o) => o.id)).toEqual([2])
    expect(last.frames[0].line).toBe(3)
  })

  it('agrees at every step with a naive replay from the first step', () => {
    const trace = longTrace(KEYFRAME_INTERVAL * 3 + 5)
    const live = new Map<number, ObjectView>()
    trace.steps.forEach((s, i) => {
      for (const o of s.changed) live.set(o.id, o)
      for (const id of s.removed) live.delete(id)
      const ids = snapshotAt(trace, i).objects.map((o) => o.id)
      expect(ids, `step ${i}`).toEqual([...live.keys()].sort((a, b) => a - b))
    })
  })

  it('starts from the nearest keyframe rather than the first step', () => {
    const trace = longTrace(KEYFRAME_INTERVAL + 3)
    // Mark the second keyframe: if replay used it, the marker shows; replaying from 0 would not.
    const marked = { ...trace.keyframes[1], objects: [...trace.keyframes[1].objects, obj(999, 7, 'marker')] }
    const withMarker = { ...trace, keyframes: [trace.keyframes[0], marked] }
    expect(snapshotAt(withMarker, KEYFRAME_INTERVAL + 2).objects.some((o) => o.id === 999)).toBe(true)
    expect(snapshotAt(withMarker, KEYFRAME_INTERVAL - 1).objects.some((o) => o.id === 999)).toBe(false)
  })

  it('falls back to an earlier keyframe, or to the first step, when keyframes are missing', () => {
    const trace = longTrace(KEYFRAME_INTERVAL * 2 + 1)
    const expected = snapshotAt(trace, KEYFRAME_INTERVAL * 2).objects.map((o) => o.id)
    expect(
      snapshotAt({ ...trace, keyframes: [trace.keyframes[0]] }, KEYFRAME_INTERVAL * 2).objects.map(
        (o) => o.id,
      ),
    ).toEqual(expected)
    expect(snapshotAt({ ...trace, keyframes: [] }, KEYFRAME_INTERVAL * 2).objects.map((o) => o.id)).toEqual(
      expected,
    )
  })

  it('clamps the index and handles an empty trace', () => {
    const trace = longTrace(4)
    expect(snapshotAt(trace, 99)).toEqual(snapshotAt(trace, 3))
    expect(snapshotAt(trace, -5)).toEqual(snapshotAt(trace, 0))
    expect(snapshotAt({ profile: '3.12', steps: [], keyframes: [], truncated: false }, 0)).toEqual(
      emptySnapshot(),
    )
  })

  it('keeps the last block-level allocator view given', () => {
    const trace = longTrace(3)
    const detail = {
      arenas: [],
      sizeClasses: [{ index: 6, blockSize: 56, pools: 1, blocksInUse: 1, freeBlocks: 289 }],
    }
    trace.steps[1] = { ...trace.steps[1], allocatorDetail: detail }
    expect(snapshotAt(trace, 0).allocatorDetail).toBeUndefined()
    expect(snapshotAt(trace, 2).allocatorDetail).toBe(detail)
  })

  it('does not mutate the trace', () => {
    const trace = longTrace(KEYFRAME_INTERVAL + 10)
    const before = JSON.stringify(trace)
    snapshotAt(trace, KEYFRAME_INTERVAL + 9)
    snapshotAt(trace, 5)
    expect(JSON.stringify(trace)).toBe(before)
  })
})
