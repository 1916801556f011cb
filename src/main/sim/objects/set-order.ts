/**
 * The hash-table layouts CPython's set operations leave (Objects/setobject.c), so the result iterates in
 * CPython's order. Each result's table is handed to its LoggedMap (objects/table-order.ts `restart`);
 * later adds and deletes replay on it.
 *   set_merge (set(s), frozenset(s), s.copy(), s | t, s.update(t)): presize when the merged entries would
 *     overfill the table (3.x: (fill + n)*5 >= mask*3; 2.7: (fill + n)*3 >= size*2) to the smallest
 *     power of two above (used + n)*2; 3.x copies the other table's slots when it is empty, of the same
 *     size and free of dummies; else the other's keys are added in its slot order.
 *   set_update_internal from a dict: the same presize, then adds in the dict's order.
 *   set_intersection: iterates the other set unless it is the larger one, adding the common keys (the
 *     iterated set's objects).
 *   set_difference: 3.x copies the set and discards the other's keys when len(s) >> 2 > len(other)
 *     (set_copy_and_difference, which resizes away dummies past a quarter of the mask); else (and on
 *     2.7) adds the keys not in the other, in slot order.
 *   set_symmetric_difference: a new set from the other, then for each key of s in slot order: discard
 *     it if present, else add it (set_symmetric_difference_update).
 * 2.7 dicts (Objects/dictobject.c): dict.fromkeys(set or dict) presizes to above len/2*3 and inserts
 * without growing; PyDict_Merge (dict(d), d.copy(), d.update(d2), dict(k=v), whose kwargs dict got the
 * keywords last first) presizes like set_merge and inserts in slot order; a display of more than five
 * items starts from _PyDict_NewPresized(n).
 * Tables are null when some key's hash is not modelled (the order then falls back to insertion order).
 */
import { LoggedMap, SlotTable } from './table-order'
import { incref, type PyObject } from './object'
import { R } from './runtime'
import { setMerged } from './storage'
import { PyDict, PySet } from './types'

/**
 * An operand: a set, or a dict's keys or another iterable's items in its iteration order (as normalised
 * Map keys and the key objects).
 */
export type Operand = { kind: 'set'; s: PySet } | { kind: 'dict' | 'iter'; items: [unknown, PyObject][] }

/** The operand for `x`; `asSet`: the set the simulator made of a non-set `x` (its items in order). */
export function operandOf(x: PyObject, asSet: PySet): Operand {
  if (x instanceof PySet) return { kind: 'set', s: x }
  return {
    kind: x instanceof PyDict ? 'dict' : 'iter',
    items: [...asSet.map.entries()] as [unknown, PyObject][],
  }
}

const sizeOf = (b: Operand): number => (b.kind === 'set' ? b.s.map.size : b.items.length)

function membership(b: Operand): (k: unknown) => boolean {
  if (b.kind === 'set') return (k) => b.s.map.has(k as never)
  const keys = new Set(b.items.map(([k]) => k))
  return (k) => keys.has(k)
}

const kindNow = (): 'set3' | 'table27' => (R.profile.py2 ? 'table27' : 'set3')

/** The set's (or 2.7 dict's) table as it is now, or null. */
export function tableOf(s: PySet | PyDict): SlotTable | null {
  // Past this size the layouts are not followed (insertion order then), to keep merges cheap.
  if (s.map.size > 50_000) return null
  return s.map instanceof LoggedMap ? s.map.snapshot() : null
}

/** From now on `s` iterates by `t` (null: insertion order); 3.x dicts keep insertion order anyway. */
export function useTable(s: PySet | PyDict, t: SlotTable | null): void {
  if (s.map instanceof LoggedMap) s.map.restart(t)
}

/** Whether the merge of `n` entries presizes `t` first, and do so. */
function presize(t: SlotTable, n: number): void {
  const over = t.kind === 'set3' ? (t.fill + n) * 5 >= (t.size - 1) * 3 : (t.fill + n) * 3 >= t.size * 2
  if (over) t.resizeAbove((t.used + n) * 2)
}

/** set_update_internal(t, operand): the table after merging it (`t` may be changed). */
export function mergeInto(t: SlotTable | null, b: Operand): SlotTable | null {
  if (t === null) return null
  if (b.kind === 'set') return mergeTable(t, tableOf(b.s))

  if (b.kind === 'dict') presize(t, b.items.length)
  for (const [k, obj] of b.items) if (!t.add(k, obj)) return null
  return t
}

/** set_merge(t, other set's table). */
function mergeTable(t: SlotTable, src: SlotTable | null): SlotTable | null {
  if (src === null) return null
  if (src.used === 0) return t
  presize(t, src.used)
  if (t.kind === 'set3' && t.fill === 0 && t.size === src.size && src.fill === src.used) return src
  for (const e of src.entries()) if (!t.has(e.k)) t.insert(e.k, e.obj, e.h)
  return t
}

/**
 * A 3.9+ set display of constants (`{3, 1, 2}`): the compiler folds the items into a frozenset, which
 * merge_consts_recursive (Python/compile.c) rebuilds from its own iteration order; at run time
 * BUILD_SET + SET_UPDATE merges that frozenset into an empty set.
 */
export function constantDisplayTable(items: [unknown, PyObject][]): SlotTable | null {
  const folded = SlotTable.built(items, 'set3')
  if (folded === null) return null
  const rebuilt = SlotTable.built(
    folded.entries().map((e): [unknown, PyObject] => [e.k, e.obj]),
    'set3',
  )
  return mergeTable(new SlotTable('set3'), rebuilt)
}

/** make_new_set(operand): a new set's table from a set, dict or iterable. */
export function newTableFrom(b: Operand): SlotTable | null {
  return mergeInto(new SlotTable(kindNow()), b)
}

/** Which operand set_intersection iterates: the other one unless it is the larger set. */
export function intersectionIterates(a: PySet, b: Operand): 'a' | 'b' {
  return b.kind === 'set' && b.s.map.size > a.map.size ? 'a' : 'b'
}

/** Whether 3.x set_difference copies `a` and discards `b`'s keys instead of adding a's survivors. */
export function differenceCopies(a: PySet, b: Operand): boolean {
  if (b.kind === 'iter') return true
  return !R.profile.py2 && a.map.size >> 2 > sizeOf(b)
}

/** set_difference_update_internal's tail: a table with too many dummies is rebuilt. */
function resizeAwayDummies(t: SlotTable): void {
  const dummies = t.fill - t.used
  const many = t.kind === 'set3' ? dummies > (t.size - 1) / 4 : dummies * 5 >= t.size - 1
  if (many) t.resizeAbove(t.used > 50000 ? t.used * 2 : t.used * 4)
}

/** Discard the operand's keys from `t` (set_difference_update_internal). */
export function discardAll(t: SlotTable | null, b: Operand): SlotTable | null {
  if (t === null) return null
  for (const [k] of operandEntries(b) ?? []) t.delete(k)
  resizeAwayDummies(t)
  return t
}

function operandEntries(b: Operand): [unknown, PyObject][] | null {
  if (b.kind !== 'set') return b.items
  const t = tableOf(b.s)
  return t === null ? null : t.entries().map((e): [unknown, PyObject] => [e.k, e.obj])
}

/** set_symmetric_difference_update(t, b): b's keys in its order, each discarded if present, else added. */
export function symmetricUpdate(t: SlotTable | null, b: Operand): SlotTable | null {
  if (t === null) return null
  // Another iterable is made a set first, and that set's slot order is used.
  const made = b.kind === 'iter' ? newTableFrom(b) : null
  const entries =
    b.kind === 'iter'
      ? (made?.entries().map((e): [unknown, PyObject] => [e.k, e.obj]) ?? null)
      : operandEntries(b)
  if (entries === null) return null
  for (const [k, obj] of entries) if (!t.delete(k) && !t.add(k, obj)) return null
  return t
}

/** The table of `a op b` for a new result set. */
export function resultTable(op: string, a: PySet, b: Operand): SlotTable | null {
  const A: Operand = { s: a, kind: 'set' }
  if (op === '|') return mergeInto(newTableFrom(A), b)
  if (op === '^') return symmetricUpdate(newTableFrom(b), A)
  if (op === '&') {
    const [iter, other] = intersectionIterates(a, b) === 'a' ? [A, b] : [b, A]
    const entries = operandEntries(iter)
    if (entries === null) return null
    const inOther = membership(other)
    const t = new SlotTable(kindNow())
    for (const [k, obj] of entries) if (inOther(k) && !t.add(k, obj)) return null
    return t
  }
  // '-'
  if (differenceCopies(a, b)) return discardAll(newTableFrom(A), b)
  const entries = operandEntries(A)
  if (entries === null) return null
  const inB = membership(b)
  const t = new SlotTable(kindNow())
  for (const [k, obj] of entries) if (!inB(k) && !t.add(k, obj)) return null
  return t
}

/** The table of `a op= b` (in place): `before` is a's table before the operation. */
export function inplaceTable(op: string, before: SlotTable | null, a: PySet, b: Operand): SlotTable | null {
  if (op === '|') return mergeInto(before, b)
  if (op === '^') return symmetricUpdate(before, b)
  if (op === '-') return discardAll(before, b)
  // '&': set_intersection_update swaps in the table set_intersection built.
  return resultTable('&', a, b)
}

// ---- 2.7 dicts (Objects/dictobject.c)

/**
 * 2.7 dict.fromkeys(set or dict): dictresize(mp, len(seq) / 2 * 3), then insertdict in the source's slot
 * order, which never resizes.
 */
export function fromkeysTable27(src: PySet | PyDict): SlotTable | null {
  const from = tableOf(src)
  if (from === null) return null
  const t = new SlotTable('table27')
  t.resizeAbove(Math.floor(from.used / 2) * 3)
  for (const e of from.entries()) if (!t.has(e.k)) t.insert(e.k, e.obj, e.h, false)
  return t
}

/**
 * 2.7 PyDict_Merge(d, other dict) (dict(d), d.copy(), d.update(other)): presize when
 * (fill + n)*3 >= size*2 to above (used + n)*2, then insert other's keys in its slot order.
 */
export function dictMergeTable27(before: SlotTable | null, src: PyDict | SlotTable | null): SlotTable | null {
  const from = src instanceof PyDict ? tableOf(src) : src
  if (before === null || from === null) return null
  presize(before, from.used)
  for (const e of from.entries()) if (!before.has(e.k)) before.insert(e.k, e.obj, e.h)
  return before
}

/**
 * 2.7 keyword arguments to a type or C function (dict(a=1, b=2)): update_keyword_args pops them off the
 * value stack, so the kwargs dict gets them last first; the callee then merges that dict.
 */
export function kwargsTable27(entries: [unknown, PyObject][]): SlotTable | null {
  return SlotTable.built([...entries].reverse(), 'table27')
}

/** Keyword maps that came (partly) from `**mapping`, whose kwargs dict is built otherwise: not modelled. */
export const kwargsFromMapping = new WeakSet<Map<string, PyObject>>()

/**
 * 2.7 BUILD_MAP n (a dict display): _PyDict_NewPresized(n) resizes the new dict to above n slots when
 * n > 5; the display's keys are then inserted in order, growing as usual.
 */
export function presizedDictTable27(d: PyDict, n: number): SlotTable | null {
  const t = new SlotTable('table27')
  if (n > 5) t.resizeAbove(n)
  for (const [k, e] of d.map) if (!t.add(k, e.key)) return null
  return t
}

/**
 * make_new_set / set_copy from a set: a new set (or frozenset) holding `src`'s items, merged as set_merge
 * does (its allocation and its table layout).
 */
export function mergedCopy(src: PySet, frozen = false): PySet {
  const c = R.set(frozen)
  for (const [k, v] of src.map) c.map.set(k, incref(v))
  setMerged(c, c.map.size)
  useTable(c, newTableFrom({ kind: 'set', s: src }))
  return c
}
