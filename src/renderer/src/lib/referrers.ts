/**
 * Who refers to an object, computed from a snapshot: the frame variables and object references that
 * make up its refcount (strong and cell references), and the weak references that do not count.
 */
import type { HeapSnapshot, ReferenceKind } from '@shared/trace'

export type Referrer =
  | { from: 'frame'; frame: string; depth: number; name: string }
  | { from: 'object'; id: number; type: string; repr: string; label: string; kind: ReferenceKind }

export interface ReferrerReport {
  /** References that each add one to the refcount. */
  counted: Referrer[]
  /** Weak references: they do not count. */
  weak: Referrer[]
  /**
   * refcnt minus the counted references: held by the interpreter itself (an argument being passed,
   * the value stack, a cache). Zero for immortal objects is not meaningful, hence null.
   */
  unexplained: number | null
}

export function referrersOf(snapshot: Readonly<HeapSnapshot>, id: number): ReferrerReport {
  const counted: Referrer[] = []
  const weak: Referrer[] = []
  snapshot.frames.forEach((frame, depth) => {
    for (const v of frame.vars)
      if (v.target === id) counted.push({ from: 'frame', frame: frame.name, depth, name: v.name })
  })
  for (const object of snapshot.objects) {
    for (const ref of object.refs) {
      if (ref.target !== id) continue
      const referrer: Referrer = {
        from: 'object',
        id: object.id,
        type: object.type,
        repr: object.repr,
        label: ref.label,
        kind: ref.kind,
      }
      if (ref.kind === 'weak') weak.push(referrer)
      else counted.push(referrer)
    }
  }
  const target = snapshot.objects.find((o) => o.id === id)
  const unexplained = !target || target.immortal ? null : target.refcnt - counted.length
  return { counted, weak, unexplained }
}
