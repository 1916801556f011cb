import { describe, expect, it } from 'vitest'
import { makeCycleTrace } from '../fixtures/make-cycle'
import {
  collectionLog,
  collectionStarts,
  gcMomentAt,
  nextCollection,
  nextFree,
  nextLineStart,
  outputUpTo,
} from './trace-navigation'

const trace = makeCycleTrace()
const steps = trace.steps
const kinds = steps.map((s) => s.event.kind)

describe('trace navigation', () => {
  it('finds the next deallocation after the cursor', () => {
    const first = kinds.indexOf('object-freed')
    expect(nextFree(steps, 0)).toBe(first)
    expect(nextFree(steps, first)).toBe(first + 1)
    expect(nextFree(steps, steps.length - 1)).toBeNull()
  })

  it('finds the start of the next collection, not each of its phases', () => {
    const start = kinds.indexOf('gc-phase-entered')
    expect(collectionStarts(steps)).toEqual([start])
    expect(nextCollection(steps, 0)).toBe(start)
    expect(nextCollection(steps, start)).toBeNull()
  })

  it('finds the next start of a line, wrapping around', () => {
    const starts = steps.flatMap((s, i) => (s.event.kind === 'line-started' && s.event.line === 4 ? [i] : []))
    expect(starts).toHaveLength(3)
    expect(nextLineStart(steps, 0, 4)).toBe(starts[0])
    expect(nextLineStart(steps, starts[0], 4)).toBe(starts[1])
    expect(nextLineStart(steps, starts[2], 4)).toBe(starts[0])
    expect(nextLineStart(steps, 0, 42)).toBeNull()
  })

  it('gives the collector’s state phase by phase, and none outside a collection', () => {
    const start = kinds.indexOf('gc-phase-entered')
    expect(gcMomentAt(steps, start - 1)).toBeNull()
    expect(gcMomentAt(steps, start)!.phase).toBe('update-refs')
    const moved = kinds.indexOf('gc-phase-entered', start + 2)
    const moment = gcMomentAt(steps, moved)!
    expect(moment.phase).toBe('move-unreachable')
    expect([...moment.objects.values()].filter((o) => !o.reachable)).toHaveLength(3)
    const collected = kinds.indexOf('gc-collected')
    expect(gcMomentAt(steps, collected)).not.toBeNull()
    expect(gcMomentAt(steps, collected + 1)).toBeNull()
  })

  it('logs finished collections with what they found', () => {
    const collected = kinds.indexOf('gc-collected')
    expect(collectionLog(steps, collected - 1)).toEqual([])
    expect(collectionLog(steps, collected)).toEqual([
      { index: collected, line: 9, generation: 2, unreachable: 3, uncollectable: 0 },
    ])
  })

  it('collects output written so far', () => {
    expect(outputUpTo(steps, steps.length - 2).stdout).toBe('')
    expect(outputUpTo(steps, steps.length - 1)).toEqual({ stdout: 'collected 3\n', stderr: '' })
  })
})
