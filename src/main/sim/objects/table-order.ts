/**
 * The order in which CPython iterates a set (every version) and a 2.7 dict: the order of their hash
 * tables' slots, not insertion order. Modelled for the keys whose hashes do not depend on the run (objects/hash.ts: ints,
 * bools, floats, tuples and frozensets of such keys, None on 3.12+, instances with their own
 * `__hash__`, and 2.7 str).
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
 * A set (every version) or 2.7 dict that has had a key deleted replays its history (LoggedMap below):
 * dummy slots, their reuse by later inserts (2.7: the first dummy on the probe path; 3.x sets: the last
 * one before an empty slot), and the resizes they cause (fill counts dummies).
 *
 * Simplifications:
 * - Until its first deletion a table is rebuilt from the current keys in insertion order; a set copied
 *   whole from another set (set_merge's direct copy) and then changed by deletions replays as if built
 *   by adds. A 2.7 dict copy replays the copied keys' insertion, not PyDict_Merge's presized table.
 * - Keys of any other type (3.x str, whose hash is randomised per run; non-ASCII 2.7 str; NaN; instances
 *   without `__hash__` and, before 3.12, None, hashed by address — the simulator's addresses do not
 *   have CPython's low bits) keep insertion order.
 */
import { pyHash } from './hash'
import type { PyObject } from './object'

const LINEAR_PROBES = 9
const PERTURB_SHIFT = 5n
const MINSIZE = 8

export type TableKind = 'set3' | 'table27'

/** CPython's hash of `key` when it does not depend on the run, else null. */
const keyHash = (key: PyObject): bigint | null => pyHash(key)

/** Slot of `h` in `table` (length a power of two), probing as the table kind does. */
function findFreeSlot(table: (number | null)[], h: bigint, kind: TableKind): number {
  const mask = BigInt(table.length - 1)
  let perturb = BigInt.asUintN(64, h)
  let i = perturb & mask
  if (kind === 'set3') {
    const m = table.length - 1
    for (;;) {
      const at = Number(i)
      const probes = at + LINEAR_PROBES <= m ? LINEAR_PROBES : 0
      for (let j = 0; j <= probes; j++) if (table[at + j] === null) return at + j
      perturb >>= PERTURB_SHIFT
      i = (i * 5n + 1n + perturb) & mask
    }
  }
  if (table[Number(i)] === null) return Number(i)
  for (;;) {
    i = BigInt.asUintN(64, i * 5n + perturb + 1n)
    const slot = Number(i & mask)
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

function hashesOf(keys: readonly PyObject[]): bigint[] | null {
  const hashes: bigint[] = []
  for (const k of keys) {
    const h = keyHash(k)
    if (h === null) return null
    hashes.push(h)
  }
  return hashes
}

/** The table after adding `order` (indices into `hashes`) one by one, resizing as CPython does. */
function build(hashes: bigint[], order: number[], kind: TableKind): (number | null)[] {
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

// ---- tables replayed from their history (dummies, resizes, merges) ----

const DUMMY = -1

/** One live slot: the container's key (its normalised Map key), the key object and its hash. */
interface Slot {
  k: unknown
  obj: PyObject
  h: bigint
}

/**
 * A set's or 2.7 dict's hash table as CPython builds it: a deleted key leaves a dummy slot that a later
 * insert may reuse, fill counts dummies, and a resize re-inserts the live keys in slot order. Keys are
 * the containers' Map keys (equal Python keys share one).
 */
export class SlotTable {
  slots: (Slot | typeof DUMMY | null)[] = new Array(MINSIZE).fill(null)
  readonly slotOf = new Map<unknown, number>()
  fill = 0
  used = 0
  // The hash field of slot 0: its key's hash, or (2.7) where the last pop left the search finger.
  hash0 = 0n

  constructor(readonly kind: TableKind) {}

  get size(): number {
    return this.slots.length
  }

  has(k: unknown): boolean {
    return this.slotOf.has(k)
  }

  clone(): SlotTable {
    const t = new SlotTable(this.kind)
    t.slots = [...this.slots]
    for (const [k, v] of this.slotOf) t.slotOf.set(k, v)
    t.fill = this.fill
    t.used = this.used
    t.hash0 = this.hash0
    return t
  }

  /**
   * Add a key that is not in the table. 2.7 (lookdict/set_lookkey): the first dummy on the probe path is
   * reused. 3.x sets (set_add_entry): linear probes, and the last dummy seen before an empty slot is.
   */
  insert(k: unknown, obj: PyObject, h: bigint, mayGrow = true): void {
    const size = this.slots.length
    const mask = BigInt(size - 1)
    let perturb = BigInt.asUintN(64, h)
    let i = perturb & mask
    let freeslot = -1
    let slot = -1
    if (this.kind === 'set3') {
      for (;;) {
        const at = Number(i)
        const probes = at + LINEAR_PROBES <= size - 1 ? LINEAR_PROBES : 0
        for (let j = 0; j <= probes; j++) {
          const s = this.slots[at + j]
          if (s === null) {
            slot = at + j
            break
          }
          if (s === DUMMY) freeslot = at + j
        }
        if (slot >= 0) break
        perturb >>= PERTURB_SHIFT
        i = (i * 5n + 1n + perturb) & mask
      }
    } else {
      let at = Number(i)
      while (this.slots[at] !== null) {
        if (this.slots[at] === DUMMY && freeslot < 0) freeslot = at
        i = BigInt.asUintN(64, i * 5n + perturb + 1n)
        at = Number(i & mask)
        perturb >>= PERTURB_SHIFT
      }
      slot = at
    }
    const target = freeslot >= 0 ? freeslot : slot
    this.slots[target] = { k, obj, h }
    if (target === 0) this.hash0 = h
    this.slotOf.set(k, target)
    this.used++
    // 3.x set_add_entry returns after reusing a dummy; 2.7 checks the fill after any new key.
    if (freeslot >= 0 && this.kind === 'set3') return
    if (freeslot < 0) this.fill++
    if (!mayGrow) return
    const grow = this.kind === 'set3' ? this.fill * 5 >= (size - 1) * 3 : this.fill * 3 >= size * 2
    if (grow) this.resize(newSize(this.used))
  }

  /** Add `obj` under `k` unless present; false when its hash is not modelled. */
  add(k: unknown, obj: PyObject): boolean {
    if (this.slotOf.has(k)) return true
    const h = keyHash(obj)
    if (h === null) return false
    this.insert(k, obj, h)
    return true
  }

  delete(k: unknown): boolean {
    const slot = this.slotOf.get(k)
    if (slot === undefined) return false
    this.slots[slot] = DUMMY
    this.slotOf.delete(k)
    this.used--
    return true
  }

  /** dictresize / set_table_resize to the smallest power of two above `minused`. */
  resizeAbove(minused: number): void {
    this.resize(sizeAbove(minused))
  }

  /** The live keys re-inserted in slot order into a clean table of `size` slots. */
  private resize(size: number): void {
    const live = this.entries()
    this.slots = new Array(size).fill(null)
    this.slotOf.clear()
    this.fill = 0
    this.used = 0
    this.hash0 = 0n
    for (const e of live) this.insert(e.k, e.obj, e.h)
  }

  private live(i: number): boolean {
    const e = this.slots[i]
    return e !== null && e !== DUMMY
  }

  /**
   * The key set.pop / 2.7 dict.popitem take (the caller deletes it). 3.x set_pop: the first live slot
   * from the set's finger on, wrapping; 2.7 set_pop / dict_popitem: slot 0 if live, else from the
   * finger kept in slot 0's hash field (1 when out of range) on, wrapping to 1; the finger is left one
   * past the slot taken. Returns the key and the new finger.
   */
  popKey(finger: number): [unknown, number] {
    const mask = this.slots.length - 1
    if (this.kind === 'set3') {
      let i = finger & mask
      while (!this.live(i)) i = i + 1 > mask ? 0 : i + 1
      return [(this.slots[i] as Slot).k, i + 1]
    }
    let i = 0
    if (!this.live(0)) {
      const f = this.hash0
      i = f > BigInt(mask) || f < 1n ? 1 : Number(f)
      while (!this.live(i)) i = i + 1 > mask ? 1 : i + 1
    }
    const k = (this.slots[i] as Slot).k
    this.hash0 = BigInt(i + 1)
    return [k, i + 1]
  }

  entries(): Slot[] {
    return this.slots.filter((s): s is Slot => s !== null && s !== DUMMY)
  }

  keys(): unknown[] {
    return this.entries().map((e) => e.k)
  }

  /** A table holding `entries` added one by one, or null when some key's hash is not modelled. */
  static built(entries: Iterable<[unknown, PyObject]>, kind: TableKind): SlotTable | null {
    const t = new SlotTable(kind)
    for (const [k, obj] of entries) if (!t.add(k, obj)) return null
    return t
  }
}

/** Most pending changes kept before a container's table history is given up (then: rebuilt order). */
const MAX_PENDING = 200_000

/**
 * The storage of a set or 2.7 dict: a Map that also logs which keys were added and deleted, in order, so
 * the hash table can be replayed when the container is iterated (the hashes are only computed then).
 * Operations that lay the table out otherwise (set_merge's copies, presized merges) hand it a table
 * (`restart`), which later changes replay on.
 */
export class LoggedMap<K, V> extends Map<K, V> {
  // Until the first deletion (or restart) the table is what inserting the keys in insertion order gives
  // (the Map's own order), so nothing is logged; from then on every insert and delete is.
  private logging = false
  private pendingKeys: K[] = []
  private pendingObjs: (PyObject | null)[] = []
  private table: SlotTable | null

  constructor(
    private readonly keyOf: (v: V) => PyObject,
    private readonly kind: TableKind,
  ) {
    super()
    this.table = new SlotTable(kind)
  }

  override set(k: K, v: V): this {
    if (this.logging && !super.has(k)) this.log(k, this.keyOf(v))
    return super.set(k, v)
  }

  override delete(k: K): boolean {
    if (this.table !== null && super.has(k)) {
      this.startLogging()
      this.log(k, null)
    }
    return super.delete(k)
  }

  override clear(): void {
    if (this.table !== null || this.logging) {
      this.table = new SlotTable(this.kind)
      this.logging = false
      this.pendingKeys = []
      this.pendingObjs = []
    }
    super.clear()
  }

  private startLogging(): void {
    if (this.logging) return
    this.logging = true
    for (const [k, v] of super.entries()) this.log(k, this.keyOf(v))
  }

  private log(k: K, obj: PyObject | null): void {
    if (this.table === null) return
    if (this.pendingKeys.length >= MAX_PENDING) {
      this.giveUp()
      return
    }
    this.pendingKeys.push(k)
    this.pendingObjs.push(obj)
  }

  private giveUp(): void {
    this.table = null
    this.pendingKeys = []
    this.pendingObjs = []
  }

  /** The table after replaying the pending changes; null when some key's hash is not modelled. */
  private replayed(): SlotTable | null {
    const t = this.table
    if (t === null) return null
    const keys = this.pendingKeys
    const objs = this.pendingObjs
    for (let i = 0; i < keys.length; i++) {
      const obj = objs[i]
      if (obj === null) t.delete(keys[i])
      else if (!t.add(keys[i], obj)) {
        this.giveUp()
        return null
      }
    }
    this.pendingKeys = []
    this.pendingObjs = []
    return t
  }

  /**
   * The live keys in CPython's slot order; null when the table has no history of its own (the order
   * rebuilt from the insertion order is then exact) or when some key's hash is not modelled.
   */
  slotOrder(): K[] | null {
    if (!this.logging) return null
    const t = this.replayed()
    return t === null ? null : (t.keys() as K[])
  }

  /** A copy of the table as it is now, or null when some key's hash is not modelled. */
  snapshot(): SlotTable | null {
    if (!this.logging) {
      const entries: [unknown, PyObject][] = []
      for (const [k, v] of super.entries()) entries.push([k, this.keyOf(v)])
      return SlotTable.built(entries, this.kind)
    }
    return this.replayed()?.clone() ?? null
  }

  // 3.x set_pop's search finger (so->finger), kept across table changes.
  private finger = 0

  /** The key set.pop (2.7: also dict.popitem) takes, or null when the table is not modelled. */
  popKey(): K | null {
    if (super.size === 0) return null
    this.startLogging()
    const t = this.replayed()
    if (t === null) return null
    const [k, finger] = t.popKey(this.finger)
    this.finger = finger
    return k as K
  }

  /** From now on the table is `t` (the Map already holds its keys); null: not modelled. */
  restart(t: SlotTable | null): void {
    this.logging = true
    this.pendingKeys = []
    this.pendingObjs = []
    this.table = t
  }
}
