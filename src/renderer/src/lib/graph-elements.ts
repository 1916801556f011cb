/**
 * Turns a heap snapshot into graph elements: frames (and the module's globals) as named roots,
 * objects labelled with type, short repr, refcount and generation, references as labelled arrows.
 *
 * Pure: no Cytoscape here. `useCytoscape` turns these plain elements into Cytoscape's.
 *
 * Large containers are summarised ("list of 10,000 ints") until expanded: the items only they hold
 * are hidden. When the graph would still hold more than `maxNodes` objects, the ones farthest from
 * the roots are culled and counted in `hidden`.
 */
import type { GcObjectState, HeapSnapshot, ObjectView, ReferenceKind } from '@shared/trace'

/** Formats a UI message; the graph's words come from the catalogues through it. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

export type GraphNodeKind = 'frame' | 'object'

export interface GraphNode {
  /** `frame:<depth>:<name>` or `obj:<id>`. */
  id: string
  kind: GraphNodeKind
  label: string
  /** The object's handle (objects only). */
  objectId?: number
  /** Style classes: `frame`, `object`, `dying`, `summary`, `gc`, `reachable`, `unreachable`, `selected`, `immortal`. */
  classes: string[]
}

export type GraphEdgeKind = ReferenceKind | 'var'

export interface GraphEdge {
  id: string
  source: string
  target: string
  label: string
  kind: GraphEdgeKind
  classes: string[]
}

export interface GraphElements {
  nodes: GraphNode[]
  edges: GraphEdge[]
  /** Objects not drawn: held only by summarised containers, or culled. */
  hidden: number
}

export interface GraphOptions {
  /** Objects freed by the current step, drawn faded at their last state. */
  dying?: readonly ObjectView[]
  /** Per-object collector state while a collection is under way. */
  gcStates?: ReadonlyMap<number, GcObjectState>
  /** Containers the learner expanded. */
  expanded?: ReadonlySet<number>
  selected?: number | null
  /** Containers with more items than this are summarised. */
  summariseAbove?: number
  maxNodes?: number
}

export const SUMMARISE_ABOVE = 24
export const MAX_NODES = 1500

export const objectNodeId = (id: number): string => `obj:${id}`
export const frameNodeId = (depth: number, name: string): string => `frame:${depth}:${name}`

/** English fallback used by tests and before i18n is ready. */
export const plainTranslate: Translate = (key, params = {}) =>
  `${key}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`

/** The objects a summarised container hides: those reachable only through collapsed containers. */
function hiddenBySummary(
  snapshot: HeapSnapshot,
  byId: ReadonlyMap<number, ObjectView>,
  collapsed: ReadonlySet<number>,
): Set<number> {
  const rooted = new Set(snapshot.frames.flatMap((f) => f.vars.map((v) => v.target)))
  const referrers = new Map<number, number[]>()
  for (const object of snapshot.objects) {
    for (const ref of object.refs) {
      if (!referrers.has(ref.target)) referrers.set(ref.target, [])
      referrers.get(ref.target)!.push(object.id)
    }
  }
  const hidden = new Set<number>()
  // Invariant: every id in `hidden` has referrers only among collapsed containers and hidden objects.
  let changed = true
  while (changed) {
    changed = false
    for (const object of snapshot.objects) {
      if (hidden.has(object.id) || rooted.has(object.id) || collapsed.has(object.id)) continue
      const from = referrers.get(object.id) ?? []
      if (from.length === 0) continue
      if (from.every((r) => collapsed.has(r) || hidden.has(r)) && from.some((r) => byId.has(r))) {
        hidden.add(object.id)
        changed = true
      }
    }
  }
  return hidden
}

/** Breadth-first distance from the roots (frames); objects no root reaches get Infinity. */
function depthFromRoots(snapshot: HeapSnapshot, byId: ReadonlyMap<number, ObjectView>): Map<number, number> {
  const depth = new Map<number, number>()
  let layer = snapshot.frames.flatMap((f) => f.vars.map((v) => v.target))
  let d = 1
  while (layer.length) {
    const next: number[] = []
    for (const id of layer) {
      if (depth.has(id) || !byId.has(id)) continue
      depth.set(id, d)
      for (const ref of byId.get(id)!.refs) next.push(ref.target)
    }
    layer = next
    d += 1
  }
  return depth
}

function summaryLabel(object: ObjectView, byId: ReadonlyMap<number, ObjectView>, t: Translate): string {
  const itemTypes = new Set(object.refs.map((r) => byId.get(r.target)?.type ?? '?'))
  const count = (object.length ?? object.refs.length).toLocaleString('en-US')
  return itemTypes.size === 1
    ? t('graph.summaryOf', { type: object.type, count, item: [...itemTypes][0] })
    : t('graph.summaryMixed', { type: object.type, count })
}

function objectLabel(
  object: ObjectView,
  t: Translate,
  gc: GcObjectState | undefined,
  summary: string | null,
) {
  const lines = [summary ?? `${object.type} ${object.repr}`]
  const generation =
    object.generation === null ? t('graph.untracked') : t('graph.generation', { gen: object.generation })
  lines.push(`${t('graph.refcnt', { n: object.refcnt })} · ${generation}`)
  if (gc) {
    lines.push(
      `${t('graph.gcRefs', { n: gc.gcRefs })} · ${gc.reachable ? t('graph.reachable') : t('graph.unreachable')}`,
    )
  }
  return lines.join('\n')
}

/** Plain graph elements for `snapshot`; deterministic and free of side effects. */
export function toGraphElements(
  snapshot: Readonly<HeapSnapshot>,
  options: GraphOptions = {},
  t: Translate = plainTranslate,
): GraphElements {
  const summariseAbove = options.summariseAbove ?? SUMMARISE_ABOVE
  const maxNodes = options.maxNodes ?? MAX_NODES
  const expanded = options.expanded ?? new Set<number>()
  const byId = new Map(snapshot.objects.map((o) => [o.id, o]))

  const collapsed = new Set(
    snapshot.objects
      .filter((o) => (o.length ?? o.refs.length) > summariseAbove && o.refs.length > 0 && !expanded.has(o.id))
      .map((o) => o.id),
  )
  const hidden = hiddenBySummary(snapshot, byId, collapsed)
  let visible = snapshot.objects.filter((o) => !hidden.has(o.id))
  let culled = 0
  if (visible.length > maxNodes) {
    const depth = depthFromRoots(snapshot, byId)
    const keep = [...visible]
      .sort((a, b) => (depth.get(a.id) ?? Infinity) - (depth.get(b.id) ?? Infinity) || a.id - b.id)
      .slice(0, maxNodes)
    const kept = new Set(keep.map((o) => o.id))
    culled = visible.length - keep.length
    visible = visible.filter((o) => kept.has(o.id))
  }
  const shown = new Set(visible.map((o) => o.id))

  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []

  snapshot.frames.forEach((frame, depth) => {
    const id = frameNodeId(depth, frame.name)
    const label =
      frame.name === '<module>' ? t('graph.module') : t('graph.frame', { name: frame.name, line: frame.line })
    nodes.push({ id, kind: 'frame', label, classes: ['frame'] })
    for (const v of frame.vars) {
      if (!shown.has(v.target)) continue
      edges.push({
        id: `${id}->${v.name}`,
        source: id,
        target: objectNodeId(v.target),
        label: v.name,
        kind: 'var',
        classes: ['var'],
      })
    }
  })

  const addObject = (object: ObjectView, dying: boolean) => {
    const gc = options.gcStates?.get(object.id)
    const summary = collapsed.has(object.id) ? summaryLabel(object, byId, t) : null
    const classes = ['object']
    if (dying) classes.push('dying')
    if (summary) classes.push('summary')
    if (object.immortal) classes.push('immortal')
    if (gc) classes.push('gc', gc.reachable ? 'reachable' : 'unreachable')
    if (options.selected === object.id) classes.push('selected')
    nodes.push({
      id: objectNodeId(object.id),
      kind: 'object',
      objectId: object.id,
      label: objectLabel(object, t, gc, summary),
      classes,
    })
    const seen = new Map<string, number>()
    for (const ref of object.refs) {
      if (!shown.has(ref.target) && !(dying && byId.has(ref.target))) continue
      const base = `obj:${object.id}->${ref.target}:${ref.label}`
      const n = seen.get(base) ?? 0
      seen.set(base, n + 1)
      const edgeClasses: string[] = [ref.kind]
      if (dying) edgeClasses.push('dying')
      edges.push({
        id: n ? `${base}#${n}` : base,
        source: objectNodeId(object.id),
        target: objectNodeId(ref.target),
        label: ref.label,
        kind: ref.kind,
        classes: edgeClasses,
      })
    }
  }
  for (const object of visible) addObject(object, false)
  for (const object of options.dying ?? []) if (!byId.has(object.id)) addObject(object, true)
  // A dying object may point at another dying one: keep only edges whose ends are drawn.
  const drawn = new Set(nodes.map((n) => n.id))
  return {
    nodes,
    edges: edges.filter((e) => drawn.has(e.source) && drawn.has(e.target)),
    hidden: hidden.size + culled,
  }
}

/**
 * Box size for a node label at the graph's 11px font: wide characters (CJK) count double. Cytoscape
 * needs explicit sizes (its `width: label` is deprecated and hides edges to such nodes).
 */
export function labelSize(label: string): { w: number; h: number } {
  const lines = label.split('\n')
  const width = Math.max(
    ...lines.map((line) => [...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 11 : 6.4), 0)),
  )
  return { w: Math.round(width + 18), h: lines.length * 15 + 12 }
}
