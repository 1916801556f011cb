/**
 * What changed between two sets of graph elements, so `useCytoscape` touches only those: elements
 * to remove, to add, and to update in place (label or classes changed).
 */
import type { GraphEdge, GraphElements, GraphNode } from './graph-elements'

export interface GraphDiff {
  remove: string[]
  addNodes: GraphNode[]
  addEdges: GraphEdge[]
  updateNodes: GraphNode[]
  updateEdges: GraphEdge[]
}

const sameNode = (a: GraphNode, b: GraphNode) =>
  a.label === b.label && a.classes.join(' ') === b.classes.join(' ')
const sameEdge = (a: GraphEdge, b: GraphEdge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.label === b.label &&
  a.classes.join(' ') === b.classes.join(' ')

export function diffElements(previous: GraphElements | null, next: GraphElements): GraphDiff {
  const oldNodes = new Map((previous?.nodes ?? []).map((n) => [n.id, n]))
  const oldEdges = new Map((previous?.edges ?? []).map((e) => [e.id, e]))
  const newNodeIds = new Set(next.nodes.map((n) => n.id))
  const newEdgeIds = new Set(next.edges.map((e) => e.id))
  const diff: GraphDiff = { remove: [], addNodes: [], addEdges: [], updateNodes: [], updateEdges: [] }
  for (const id of oldEdges.keys()) if (!newEdgeIds.has(id)) diff.remove.push(id)
  for (const id of oldNodes.keys()) if (!newNodeIds.has(id)) diff.remove.push(id)
  for (const node of next.nodes) {
    const old = oldNodes.get(node.id)
    if (!old) diff.addNodes.push(node)
    else if (!sameNode(old, node)) diff.updateNodes.push(node)
  }
  for (const edge of next.edges) {
    const old = oldEdges.get(edge.id)
    if (!old) diff.addEdges.push(edge)
    // An edge whose ends changed cannot be moved in Cytoscape: remove it and add it again.
    else if (old.source !== edge.source || old.target !== edge.target) {
      diff.remove.push(edge.id)
      diff.addEdges.push(edge)
    } else if (!sameEdge(old, edge)) diff.updateEdges.push(edge)
  }
  return diff
}
