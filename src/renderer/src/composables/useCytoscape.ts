/**
 * The only door to Cytoscape. Given plain graph elements (see `toGraphElements`), it applies just the
 * differences to the Cytoscape instance, places only new nodes (positions of drawn nodes are cached
 * per node id and never recomputed), and reports taps on objects.
 */
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape'
import { labelSize, type GraphEdge, type GraphElements, type GraphNode } from '../lib/graph-elements'
import { diffElements } from '../lib/graph-diff'
import { placeNewNodes, type Position } from '../lib/graph-layout'

// Cytoscape rejects quoted family names.
const FONT =
  'system-ui, Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif'

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-family': FONT,
      'font-size': 11,
      'line-height': 1.35,
      shape: 'round-rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-color': '#5b7db1',
      color: '#1d2330',
      'transition-property': 'opacity, background-color, border-color',
      'transition-duration': 250,
    },
  },
  {
    selector: 'node.frame',
    style: { 'background-color': '#1f4b7a', color: '#ffffff', 'border-width': 0, 'font-weight': 'bold' },
  },
  {
    selector: 'node.summary',
    style: { 'border-style': 'double', 'border-width': 4, 'background-color': '#f1f5fb' },
  },
  { selector: 'node.immortal', style: { 'border-style': 'dotted' } },
  {
    selector: 'node.gc.reachable',
    style: { 'border-color': '#2e7d32', 'border-width': 2.5, 'background-color': '#eef8ef' },
  },
  {
    selector: 'node.gc.unreachable',
    style: { 'border-color': '#c62828', 'border-width': 2.5, 'background-color': '#fdecec' },
  },
  { selector: 'node.dying', style: { opacity: 0.3, 'border-style': 'dashed' } },
  { selector: 'node.selected', style: { 'border-color': '#e08a00', 'border-width': 3.5 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 10,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#8896a8',
      'target-arrow-color': '#8896a8',
      width: 1.5,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  // A self-reference (l.append(l)) loops out of the right side of its node.
  {
    selector: 'edge:loop',
    style: {
      'loop-direction': '90deg',
      'loop-sweep': '-60deg',
      // Measured from the node's centre: reach past its right edge.
      'control-point-step-size': ((edge: EdgeSingular) =>
        (Number(edge.source().data('w')) || 100) / 2 + 34) as unknown as number,
    },
  },
  { selector: 'edge.var', style: { 'line-color': '#1f4b7a', 'target-arrow-color': '#1f4b7a', width: 2 } },
  { selector: 'edge.weak', style: { 'line-style': 'dashed', 'target-arrow-shape': 'vee' } },
  {
    selector: 'edge.cell',
    style: {
      'line-color': '#8a4fbf',
      'target-arrow-color': '#8a4fbf',
      'line-style': 'dotted',
      width: 2.5,
      'target-arrow-shape': 'diamond',
    },
  },
  { selector: 'edge.dying', style: { opacity: 0.3 } },
]

const nodeDefinition = (node: GraphNode, position: Position | undefined): ElementDefinition => ({
  group: 'nodes',
  data: { id: node.id, label: node.label, objectId: node.objectId, ...labelSize(node.label) },
  classes: node.classes,
  position: position ? { ...position } : undefined,
})

const edgeDefinition = (edge: GraphEdge): ElementDefinition => ({
  group: 'edges',
  data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
  classes: edge.classes,
})

export interface CytoscapeHandle {
  /** Forget every position (a new run): the next elements are laid out afresh and fitted. */
  reset(): void
  fit(): void
}

export function useCytoscape(
  host: Ref<HTMLElement | null>,
  elements: Ref<GraphElements>,
  onSelect: (objectId: number | null) => void,
  /** When this changes (a new trace), positions are forgotten and the graph is laid out afresh. */
  resetKey?: Ref<unknown>,
): CytoscapeHandle {
  let cy: Core | null = null
  let drawn: GraphElements | null = null
  let positions = new Map<string, Position>()
  let fitPending = true
  let key = resetKey?.value

  function reset(): void {
    positions = new Map()
    drawn = null
    fitPending = true
    cy?.elements().remove()
  }

  function apply(next: GraphElements): void {
    if (!cy) return
    if (resetKey && resetKey.value !== key) {
      key = resetKey.value
      reset()
    }
    const diff = diffElements(drawn, next)
    positions = placeNewNodes(positions, next)
    cy.batch(() => {
      for (const id of diff.remove) cy!.getElementById(id).remove()
      cy!.add(diff.addNodes.map((n) => nodeDefinition(n, positions.get(n.id))))
      cy!.add(diff.addEdges.map(edgeDefinition))
      for (const n of diff.updateNodes) {
        cy!
          .getElementById(n.id)
          .data({ label: n.label, ...labelSize(n.label) })
          .classes(n.classes)
      }
      for (const e of diff.updateEdges) cy!.getElementById(e.id).data('label', e.label).classes(e.classes)
    })
    drawn = next
    // Zoom changes only when something new would be out of sight; positions never do.
    const ext = cy.extent()
    const outside = diff.addNodes.some((n) => {
      const p = positions.get(n.id)
      return !p || p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2
    })
    if ((fitPending || outside) && next.nodes.length > 0) {
      cy.fit(undefined, 30)
      if (cy.zoom() > 1.1) {
        cy.zoom(1.1)
        cy.center()
      }
      fitPending = false
    }
  }

  onMounted(() => {
    if (!host.value) return
    cy = cytoscape({
      container: host.value,
      style: GRAPH_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Large heaps: keep panning smooth.
      hideEdgesOnViewport: elements.value.nodes.length > 800,
      textureOnViewport: elements.value.nodes.length > 800,
    })
    cy.on('tap', 'node', (event) => {
      const objectId = event.target.data('objectId') as number | undefined
      onSelect(objectId ?? null)
    })
    // A node the learner dragged stays where they put it.
    cy.on('dragfree', 'node', (event) => {
      positions.set(event.target.id(), { ...event.target.position() })
    })
    apply(elements.value)
  })

  watch(elements, apply)

  onBeforeUnmount(() => {
    cy?.destroy()
    cy = null
  })

  return {
    reset,
    fit() {
      cy?.fit(undefined, 30)
    },
  }
}
