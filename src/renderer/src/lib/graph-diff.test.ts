import { describe, expect, it } from 'vitest'
import type { GraphElements } from './graph-elements'
import { diffElements } from './graph-diff'

const g = (labels: Record<string, string>, edges: [string, string][] = []): GraphElements => ({
  nodes: Object.entries(labels).map(([id, label]) => ({ id, kind: 'object', label, classes: ['object'] })),
  edges: edges.map(([s, t]) => ({
    id: `${s}-${t}`,
    source: s,
    target: t,
    label: '',
    kind: 'strong',
    classes: ['strong'],
  })),
  hidden: 0,
})

describe('diffElements', () => {
  it('adds everything the first time', () => {
    const d = diffElements(null, g({ a: 'A', b: 'B' }, [['a', 'b']]))
    expect(d.addNodes.map((n) => n.id)).toEqual(['a', 'b'])
    expect(d.addEdges.map((e) => e.id)).toEqual(['a-b'])
    expect(d.remove).toEqual([])
  })

  it('removes what left, adds what came, updates only what changed', () => {
    const d = diffElements(
      g({ a: 'A', b: 'B', c: 'C' }, [['a', 'b']]),
      g({ a: 'A', b: 'B refcnt 2', d: 'D' }, [['a', 'd']]),
    )
    expect(d.remove.sort()).toEqual(['a-b', 'c'])
    expect(d.addNodes.map((n) => n.id)).toEqual(['d'])
    expect(d.updateNodes.map((n) => n.id)).toEqual(['b'])
    expect(d.addEdges.map((e) => e.id)).toEqual(['a-d'])
  })

  it('reports nothing when nothing changed', () => {
    const d = diffElements(g({ a: 'A' }), g({ a: 'A' }))
    expect(d).toEqual({ remove: [], addNodes: [], addEdges: [], updateNodes: [], updateEdges: [] })
  })
})
