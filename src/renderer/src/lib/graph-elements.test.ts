import { describe, expect, it } from 'vitest'
import type { HeapSnapshot, ObjectView } from '@shared/trace'
import { snapshotAt } from '@shared/trace-replay'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { labelSize, toGraphElements, objectNodeId } from './graph-elements'

const t = (key: string, p: Record<string, unknown> = {}) =>
  ({
    'graph.summaryOf': `${p.type} of ${p.count} ${p.item}s`,
    'graph.summaryMixed': `${p.type} of ${p.count} items`,
    'graph.refcnt': `refcnt ${p.n}`,
    'graph.generation': `gen ${p.gen}`,
    'graph.untracked': 'untracked',
    'graph.gcRefs': `gc_refs ${p.n}`,
    'graph.reachable': 'reachable',
    'graph.unreachable': 'unreachable',
    'graph.module': 'module globals',
    'graph.frame': `${p.name}() line ${p.line}`,
  })[key] ?? key

function obj(id: number, partial: Partial<ObjectView> = {}): ObjectView {
  return {
    id,
    type: 'int',
    repr: String(id),
    refcnt: 1,
    immortal: false,
    address: id * 32,
    size: 28,
    sizeClass: 3,
    generation: null,
    refs: [],
    ...partial,
  }
}

function bigList(n: number): HeapSnapshot {
  const items = Array.from({ length: n }, (_, i) => obj(i + 2))
  const list = obj(1, {
    type: 'list',
    repr: '[1000, 1001, …]',
    generation: 0,
    length: n,
    refs: items.map((o, i) => ({ target: o.id, label: `[${i}]`, kind: 'strong' as const })),
  })
  return {
    objects: [list, ...items],
    frames: [{ name: '<module>', line: 1, vars: [{ name: 'big', target: 1 }] }],
    gc: { counts: [1, 0, 0], thresholds: [700, 10, 10], enabled: true },
    allocator: { arenas: 1, poolsInUse: 1, bytesFromOs: 0, bytesInUse: 0 },
  }
}

describe('toGraphElements', () => {
  it('draws frames as named roots, objects with type, repr, refcount and generation, references as labelled edges', () => {
    const trace = makeCycleTrace()
    // The step where the first list refers to itself, inside make_cycle.
    const index = trace.steps.findIndex((s) =>
      s.changed.some((o) => o.type === 'list' && o.refs.length === 1),
    )
    const graph = toGraphElements(snapshotAt(trace, index), {}, t)
    expect(graph.nodes.filter((n) => n.kind === 'frame').map((n) => n.label)).toEqual([
      'module globals',
      'make_cycle() line 5',
    ])
    const list = graph.nodes.find((n) => n.label.startsWith('list'))!
    expect(list.label).toBe('list [[...]]\nrefcnt 2 · gen 0')
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: list.id, target: list.id, label: '[0]', kind: 'strong' }),
    )
    expect(graph.edges).toContainEqual(expect.objectContaining({ target: list.id, label: 'l', kind: 'var' }))
  })

  it('marks weak and cell references with their own kinds', () => {
    const snapshot = bigList(0)
    snapshot.objects = [
      obj(1, {
        type: 'A',
        refs: [
          { target: 2, label: '__callback__', kind: 'weak' },
          { target: 3, label: 'cell_contents', kind: 'cell' },
        ],
      }),
      obj(2),
      obj(3),
    ]
    const kinds = toGraphElements(snapshot, {}, t).edges.map((e) => e.classes[0])
    expect(kinds).toEqual(expect.arrayContaining(['weak', 'cell']))
  })

  it('shows each object’s gc_refs and reachability during a collection', () => {
    const snapshot = bigList(1)
    const gcStates = new Map([[1, { id: 1, gcRefs: 0, reachable: false }]])
    const node = toGraphElements(snapshot, { gcStates }, t).nodes.find((n) => n.id === objectNodeId(1))!
    expect(node.label).toContain('gc_refs 0 · unreachable')
    expect(node.classes).toEqual(expect.arrayContaining(['gc', 'unreachable']))
  })

  it('draws an object freed by this step faded, at its last state', () => {
    const snapshot = bigList(0)
    const dead = obj(50, { type: 'list', repr: '[[...]]', refcnt: 0 })
    const node = toGraphElements(snapshot, { dying: [dead] }, t).nodes.find((n) => n.id === objectNodeId(50))!
    expect(node.classes).toContain('dying')
  })

  it('summarises a large container until it is expanded', () => {
    const snapshot = bigList(10_000)
    const collapsed = toGraphElements(snapshot, {}, t)
    expect(collapsed.nodes.filter((n) => n.kind === 'object')).toHaveLength(1)
    expect(collapsed.nodes.find((n) => n.id === objectNodeId(1))!.label.split('\n')[0]).toBe(
      'list of 10,000 ints',
    )
    expect(collapsed.hidden).toBe(10_000)
    const expanded = toGraphElements(snapshot, { expanded: new Set([1]), maxNodes: 20_000 }, t)
    expect(expanded.nodes.filter((n) => n.kind === 'object')).toHaveLength(10_001)
  })

  it('keeps an item of a large container that something else also holds', () => {
    const snapshot = bigList(100)
    snapshot.frames[0].vars.push({ name: 'x', target: 7 })
    const ids = toGraphElements(snapshot, {}, t).nodes.map((n) => n.id)
    expect(ids).toContain(objectNodeId(7))
    expect(ids).not.toContain(objectNodeId(8))
  })

  it('culls the objects farthest from the roots beyond maxNodes', () => {
    // A chain of 2,000 objects: 1 -> 2 -> … -> 2000, rooted at 1.
    const chain = Array.from({ length: 2000 }, (_, i) =>
      obj(i + 1, { refs: i < 1999 ? [{ target: i + 2, label: '.next', kind: 'strong' as const }] : [] }),
    )
    const snapshot = { ...bigList(0), objects: chain }
    const graph = toGraphElements(snapshot, { maxNodes: 500 }, t)
    const objectIds = graph.nodes.filter((n) => n.kind === 'object').map((n) => n.objectId)
    expect(objectIds).toHaveLength(500)
    expect(objectIds).toContain(1)
    expect(objectIds).not.toContain(501)
    expect(graph.hidden).toBe(1500)
    expect(graph.edges.every((e) => graph.nodes.some((n) => n.id === e.target))).toBe(true)
  })

  it('skips references to objects the snapshot does not hold (immortal small ints, say)', () => {
    const snapshot = bigList(0)
    snapshot.objects = [obj(1, { type: 'list', refs: [{ target: 999, label: '[0]', kind: 'strong' }] })]
    expect(toGraphElements(snapshot, {}, t).edges.filter((e) => e.kind !== 'var')).toEqual([])
  })
})

describe('labelSize', () => {
  it('grows with the longest line and the number of lines, CJK counting wider', () => {
    const one = labelSize('list []')
    const two = labelSize('list []\nrefcnt 1 · gen 0')
    expect(two.h).toBeGreaterThan(one.h)
    expect(two.w).toBeGreaterThan(one.w)
    expect(labelSize('引用计数').w).toBeGreaterThan(labelSize('abcd').w)
  })
})
