import { describe, expect, it } from 'vitest'
import { snapshotAt } from '@shared/trace-replay'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { toGraphElements, type GraphElements } from './graph-elements'
import { COLUMN_WIDTH, ROW_HEIGHT, placeNewNodes, type Position } from './graph-layout'

const node = (id: string, kind: 'frame' | 'object' = 'object') => ({ id, kind, label: id, classes: [] })
const edge = (source: string, target: string) => ({
  id: `${source}->${target}`,
  source,
  target,
  label: '',
  kind: 'strong' as const,
  classes: [],
})

describe('placeNewNodes', () => {
  it('never moves a node already placed when others appear', () => {
    const first: GraphElements = {
      nodes: [node('f', 'frame'), node('a')],
      edges: [edge('f', 'a')],
      hidden: 0,
    }
    const p1 = placeNewNodes(new Map(), first)
    const second: GraphElements = {
      nodes: [node('new-frame', 'frame'), node('f', 'frame'), node('b'), node('a')],
      edges: [edge('f', 'b'), edge('f', 'a'), edge('new-frame', 'b')],
      hidden: 0,
    }
    const p2 = placeNewNodes(p1, second)
    expect(p2.get('f')).toEqual(p1.get('f'))
    expect(p2.get('a')).toEqual(p1.get('a'))
    expect(p2.get('b')).toBeDefined()
  })

  it('places a referenced object to the right of its referrer, without overlapping', () => {
    const graph: GraphElements = {
      nodes: [node('f', 'frame'), node('a'), node('b'), node('c')],
      edges: [edge('f', 'a'), edge('f', 'b'), edge('a', 'c')],
      hidden: 0,
    }
    const p = placeNewNodes(new Map(), graph)
    expect(p.get('a')!.x).toBeGreaterThan(p.get('f')!.x)
    expect(p.get('c')!.x).toBeGreaterThan(p.get('a')!.x)
    const keys = graph.nodes.map((n) => JSON.stringify(p.get(n.id)))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('keeps a long chain readable: it does not grow one column per object', () => {
    const nodes = [node('f', 'frame'), ...Array.from({ length: 300 }, (_, i) => node(`n${i}`))]
    const edges = [edge('f', 'n0'), ...Array.from({ length: 299 }, (_, i) => edge(`n${i}`, `n${i + 1}`))]
    const p = placeNewNodes(new Map(), { nodes, edges })
    const xs = nodes.map((n) => p.get(n.id)!.x)
    const ys = nodes.map((n) => p.get(n.id)!.y)
    const width = Math.max(...xs) / COLUMN_WIDTH + 1
    const height = Math.max(...ys) / ROW_HEIGHT + 1
    expect(width).toBeLessThan(30)
    expect(height).toBeLessThan(60)
    const keys = nodes.map((n) => JSON.stringify(p.get(n.id)))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('keeps every object still at its place at every step of a real-shaped trace', () => {
    const trace = makeCycleTrace()
    let cache = new Map<string, Position>()
    let previous: GraphElements | null = null
    for (let i = 0; i < trace.steps.length; i += 1) {
      const graph = toGraphElements(snapshotAt(trace, i))
      const next = placeNewNodes(cache, graph)
      if (previous) {
        for (const n of graph.nodes)
          if (cache.has(n.id)) expect(next.get(n.id), `${n.id} at step ${i}`).toEqual(cache.get(n.id))
      }
      const drawn = graph.nodes.map((n) => JSON.stringify(next.get(n.id)))
      expect(new Set(drawn).size, `overlap at step ${i}`).toBe(drawn.length)
      cache = next
      previous = graph
    }
  })
})
