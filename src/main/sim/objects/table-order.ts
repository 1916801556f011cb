/**
 * The order in which CPython iterates a set (every version) and a 2.7 dict: the order of their hash
 * tables' slots, not insertion order. Modelled for the keys whose hashes do not depend on the run —
 * ints and bools (hash(n) == n, hash(-1) == -2) — which is what programs can observe reproducibly.
 *
 * Probing, as in Objects/setobject.c (set_add_entry / set_insert_clean, 3.x) and Objects/dictobject.c /
 * setobject.c (lookdict / set_lookkey / insertdict_clean, 2.7):
 *   3.x sets: i = h & mask; check i and, when i + 9 <= mask, the 9 slots after it (LINEAR_PROBES);
 *             then perturb >>= 5; i = (i*5 + 1 + perturb) & mask
 *   2.7:      i = h & mask; then i = i*5 + perturb + 1 (slot i & mask), perturb >>= 5 after each step
 * Tables start with 8 slots. 3.x sets resize when fill*5 >= mask*3; 2.7 sets and dicts when
 * fill*3 >= size*2; both to the smallest power of two above used*4 (used*2 past 50,000), re-inserting
 * the old entries in slot order.
 *
 * Simplifications:
 * - The table is rebuilt from the current keys in insertion order: deletions (dummy slots) and a set
 *   copied whole from another set (set_merge's direct copy) are not replayed, so such histories may
 *   iterate differently than CPython.
 * - Keys of any other type (str, whose hash is randomised per run on 3.x, floats, tuples, instances)
 *   keep insertion order.
 */
import { PyInt } from './types'
import type { PyObject } from './object'

const LINEAR_PROBES = 9
const PERTURB_SHIFT = 5n
const MINSIZE = 8
/** Keys beyond this magnitude fall back to insertion order (their hash is no longer the value). */
const MAX_EXACT = 2 ** 31

export type TableKind = 'set3' | 'table27'

/** CPython's hash of an int or bool key, or null when the key is of another type or too large. */
function intHash(key: PyObject): number | null {
  if (!(key instanceof PyInt)) return null
  const v = typeof key.value === 'bigint' ? Number(key.value) : key.value
  if (!Number.isInteger(v) || Math.abs(v) >= MAX_EXACT) return null
  return v === -1 ? -2 : v
}

/** Slot of `h` in `table` (length a power of two), probing as the table kind does. */
function findFreeSlot(table: (number | null)[], h: number, kind: TableKind): number {
  const mask = table.length - 1
  let perturb = BigInt.asUintN(64, BigInt(h))
  if (kind === 'set3') {
    let i = h & mask
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0
      for (let j = 0; j <= probes; j++) if (table[i + j] === null) return i + j
      perturb >>= PERTURB_SHIFT
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask))
    }
  }
  let i = BigInt(h & mask)
  if (table[Number(i)] === null) return Number(i)
  for (;;) {
    i = BigInt.asUintN(64, i * 5n + perturb + 1n)
    const slot = Number(i & BigInt(mask))
    if (table[slot] === null) return slot
    perturb >>= PERTURB_SHIFT
  }
}

/** set_table_resize / dictresize: the smallest power of two (at least 8) above `minused`. */
function sizeAbove(minused: number): number {
  let size = MINSIZE
  while (size <= minused) size <<= 1
  return size
}

/** The size a table grows to when `used` entries fill it. */
const newSize = (used: number): number => sizeAbove(used > 50000 ? used * 2 : used * 4)

function hashesOf(keys: readonly PyObject[]): number[] | null {
  const hashes: number[] = []
  for (const k of keys) {
    const h = intHash(k)
    if (h === null) return null
    hashes.push(h)
  }
  return hashes
}

/** The table after adding `order` (indices into `hashes`) one by one, resizing as CPython does. */
function build(hashes: number[], order: number[], kind: TableKind): (number | null)[] {
  let table: (number | null)[] = new Array(MINSIZE).fill(null)
  let used = 0
  for (const n of order) {
    table[findFreeSlot(table, hashes[n], kind)] = n
    used++
    const size = table.length
    const grow = kind === 'set3' ? used * 5 >= (size - 1) * 3 : used * 3 >= size * 2
    if (grow) {
      const old = table
      table = new Array(newSize(used)).fill(null)
      for (const entry of old) if (entry !== null) table[findFreeSlot(table, hashes[entry], kind)] = entry
    }
  }
  return table
}

const slots = (table: (number | null)[]): number[] => table.filter((e): e is number => e !== null)

/**
 * The positions (indices into `keys`) in CPython's iteration order, or null when some key's hash is
 * not modelled (then insertion order stands).
 */
export function tableOrder(keys: readonly PyObject[], kind: TableKind): number[] | null {
  const hashes = hashesOf(keys)
  if (hashes === null) return null
  return slots(
    build(
      hashes,
      keys.map((_, i) => i),
      kind,
    ),
  )
}

/**
 * Iteration order of a 3.9+ set display of constants (`{3, 1, 2}`), indices into the distinct `keys`.
 * The compiler folds the items into a frozenset constant, then rebuilds that frozenset from its own
 * iteration order (merge_consts_recursive in Python/compile.c); at run time BUILD_SET + SET_UPDATE
 * merges it into an empty set, presized for twice its length when it would overfill 8 slots (set_merge):
 * the layout is copied when the two tables have the same size, else re-inserted in slot order.
 */
export function constantDisplayOrder(keys: readonly PyObject[]): number[] | null {
  const hashes = hashesOf(keys)
  if (hashes === null) return null
  const folded = slots(
    build(
      hashes,
      keys.map((_, i) => i),
      'set3',
    ),
  )
  const rebuilt = build(hashes, folded, 'set3')
  // set_merge presizes only when the merged entries would overfill the empty set's 8 slots.
  const presized = keys.length * 5 >= (MINSIZE - 1) * 3 ? sizeAbove(2 * keys.length) : MINSIZE
  if (presized === rebuilt.length) return slots(rebuilt)
  const target: (number | null)[] = new Array(presized).fill(null)
  for (const entry of slots(rebuilt)) target[findFreeSlot(target, hashes[entry], 'set3')] = entry
  return slots(target)
}
