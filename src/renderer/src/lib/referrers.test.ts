import { describe, expect, it } from 'vitest'
import { snapshotAt } from '@shared/trace-replay'
import type { HeapSnapshot } from '@shared/trace'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { referrersOf } from './referrers'

describe('referrersOf', () => {
  it('lists the frame variable and the self-reference that make a cycle’s refcount of 2', () => {
    const trace = makeCycleTrace()
    const index = trace.steps.findIndex((s) =>
      s.changed.some((o) => o.type === 'list' && o.refs.length === 1),
    )
    const snapshot = snapshotAt(trace, index)
    const list = snapshot.objects.find((o) => o.type === 'list')!
    const report = referrersOf(snapshot, list.id)
    expect(report.counted).toEqual([
      { from: 'frame', frame: 'make_cycle', depth: 1, name: 'l' },
      { from: 'object', id: list.id, type: 'list', repr: '[[...]]', label: '[0]', kind: 'strong' },
    ])
    expect(report.unexplained).toBe(0)
  })

  it('keeps weak references apart and reports references the graph does not show', () => {
    const snapshot: HeapSnapshot = {
      objects: [
        {
          id: 1,
          type: 'A',
          repr: '<A>',
          refcnt: 3,
          immortal: false,
          address: 1,
          size: 48,
          sizeClass: 5,
          generation: 0,
          refs: [],
        },
        {
          id: 2,
          type: 'weakref',
          repr: '<weakref>',
          refcnt: 1,
          immortal: false,
          address: 2,
          size: 80,
          sizeClass: 9,
          generation: null,
          refs: [{ target: 1, label: '__callback__', kind: 'weak' }],
        },
        {
          id: 3,
          type: 'cell',
          repr: '<cell>',
          refcnt: 1,
          immortal: false,
          address: 3,
          size: 40,
          sizeClass: 4,
          generation: 0,
          refs: [{ target: 1, label: 'cell_contents', kind: 'cell' }],
        },
      ],
      frames: [
        {
          name: '<module>',
          line: 1,
          vars: [
            { name: 'a', target: 1 },
            { name: 'r', target: 2 },
          ],
        },
      ],
      gc: { counts: [0, 0, 0], thresholds: [700, 10, 10], enabled: true },
      allocator: { arenas: 0, poolsInUse: 0, bytesFromOs: 0, bytesInUse: 0 },
    }
    const report = referrersOf(snapshot, 1)
    expect(report.counted.map((r) => (r.from === 'frame' ? r.name : r.label))).toEqual(['a', 'cell_contents'])
    expect(report.weak).toHaveLength(1)
    expect(report.unexplained).toBe(1)
  })
})
