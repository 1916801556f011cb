import { describe, expect, it } from 'vitest'
import type { FrameView, TraceStep } from '@shared/trace'
import { checkpointStep } from './checkpoint-step'

const frame = (name: string): FrameView => ({ name, line: 1, vars: [] })
function step(kind: 'line' | 'alloc', line: number, depth: number): TraceStep {
  return {
    event:
      kind === 'line' ? { kind: 'line-started', line } : { kind: 'object-allocated', id: 1, type: 'list' },
    line,
    changed: [],
    removed: [],
    frames: Array.from({ length: depth }, (_, i) => frame(i === 0 ? '<module>' : 'f')),
    gc: { counts: [0, 0, 0], thresholds: [700, 10, 10], enabled: true },
    allocator: { arenas: 0, poolsInUse: 0, bytesFromOs: 0, bytesInUse: 0 },
  }
}

// 1 def f(): / 2   x = [] / 3 f() / 4 f() / 5 y = 1
const steps = [
  step('line', 1, 1), // 0
  step('line', 3, 1), // 1
  step('line', 2, 2), // 2  inside f
  step('alloc', 2, 2), // 3
  step('line', 4, 1), // 4
  step('line', 2, 2), // 5
  step('alloc', 2, 2), // 6
  step('line', 5, 1), // 7
  step('alloc', 5, 1), // 8
]

describe('checkpointStep', () => {
  it('puts "before" on the step where the line starts, counting hits', () => {
    expect(checkpointStep(steps, { line: 3, when: 'before', hit: 1 })).toBe(1)
    expect(checkpointStep(steps, { line: 2, when: 'before', hit: 2 })).toBe(5)
  })

  it('puts "after" once the line and what it called have finished', () => {
    expect(checkpointStep(steps, { line: 3, when: 'after', hit: 1 })).toBe(4)
    expect(checkpointStep(steps, { line: 2, when: 'after', hit: 1 })).toBe(4)
    expect(checkpointStep(steps, { line: 2, when: 'after', hit: 2 })).toBe(7)
    expect(checkpointStep(steps, { line: 5, when: 'after', hit: 1 })).toBe(8)
  })

  it('is null when execution never gets there', () => {
    expect(checkpointStep(steps, { line: 9, when: 'before', hit: 1 })).toBeNull()
    expect(checkpointStep(steps, { line: 3, when: 'after', hit: 2 })).toBeNull()
  })
})
