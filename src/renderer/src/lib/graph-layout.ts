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
/** Objects deeper than this column are placed in it (or the ones after, when it is full). */
export const MAX_COLUMN = 6
/** Rows per column; a full column sends objects to the next one. */
export const MAX_ROWS = 40

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

  const claim = (wanted: number, nearRow: number): Position => {
    // Long chains would make a graph too wide to read: deep objects share the columns from
    // MAX_COLUMN on. A column holds at most MAX_ROWS rows; search rows nearRow, nearRow+1,
    // nearRow-1, … inside it, then the next column, so big graphs fill a block.
    for (let col = Math.min(wanted, MAX_COLUMN); ; col += 1) {
      const near = Math.min(nearRow, MAX_ROWS - 1)
      for (let d = 0; d < MAX_ROWS; d += 1) {
        for (const row of d === 0 ? [near] : [near + d, near - d]) {
          if (row < 0 || row >= MAX_ROWS || occupied.has(cellKey(col, row))) continue
          occupied.add(cellKey(col, row))
          return { x: col * COLUMN_WIDTH, y: row * ROW_HEIGHT }
        }
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
