/**
 * Positions for the heap graph that stay put while the learner steps: a node keeps the position it
 * was first given for as long as it is drawn, so nothing jumps because something else appeared.
 * Only new nodes are laid out, on a grid: frames in the first column, an object one column to the
 * right of a node that references it, in the free row nearest to that node.
 */
import type { GraphElements } from './graph-elements'

export interface Position {
  x: number
  y: number
}

export const COLUMN_WIDTH = 290
export const ROW_HEIGHT = 96

const cellKey = (col: number, row: number) => `${col},${row}`
const toCell = (p: Position) => ({ col: Math.round(p.x / COLUMN_WIDTH), row: Math.round(p.y / ROW_HEIGHT) })

/**
 * Returns a new position map: every entry of `cache` unchanged, plus a position for each node of
 * `elements` the cache lacks. Cells of drawn nodes are never shared.
 */
export function placeNewNodes(
  cache: ReadonlyMap<string, Position>,
  elements: Pick<GraphElements, 'nodes' | 'edges'>,
): Map<string, Position> {
  const positions = new Map(cache)
  const occupied = new Set<string>()
  for (const node of elements.nodes) {
    const p = cache.get(node.id)
    if (p) {
      const { col, row } = toCell(p)
      occupied.add(cellKey(col, row))
    }
  }
  const parents = new Map<string, string[]>()
  for (const edge of elements.edges) {
    if (edge.source === edge.target) continue
    if (!parents.has(edge.target)) parents.set(edge.target, [])
    parents.get(edge.target)!.push(edge.source)
  }

  const claim = (col: number, nearRow: number): Position => {
    // Search rows nearRow, nearRow+1, nearRow-1, nearRow+2, … (never above row 0).
    for (let d = 0; ; d += 1) {
      for (const row of d === 0 ? [nearRow] : [nearRow + d, nearRow - d]) {
        if (row < 0 || occupied.has(cellKey(col, row))) continue
        occupied.add(cellKey(col, row))
        return { x: col * COLUMN_WIDTH, y: row * ROW_HEIGHT }
      }
    }
  }

  const pending = elements.nodes.filter((n) => !positions.has(n.id))
  for (const frame of pending.filter((n) => n.kind === 'frame')) positions.set(frame.id, claim(0, 0))
  let rest = pending.filter((n) => n.kind !== 'frame')
  while (rest.length) {
    const before = rest.length
    rest = rest.filter((node) => {
      const parent = (parents.get(node.id) ?? []).map((id) => positions.get(id)).find((p) => p !== undefined)
      if (!parent) return true
      const { col, row } = toCell(parent)
      positions.set(node.id, claim(col + 1, row))
      return false
    })
    if (rest.length === before) {
      // Nothing placed reaches these: start the first of them in the column after the frames.
      const [orphan, ...others] = rest
      positions.set(orphan.id, claim(1, 0))
      rest = others
    }
  }
  return positions
}
