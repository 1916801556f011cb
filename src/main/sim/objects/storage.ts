/**
 * Where container contents live. A CPython list, dict or set is two allocations: the object itself and
 * a buffer it owns (a list's `ob_item` array, a 3.x dict's keys object or a 2.7 dict's table, a set's
 * table once it outgrows the 8-slot smalltable inside the object). The buffer's size is what makes
 * `sys.getsizeof` of a container grow, and its blocks take their place in pymalloc like any object's.
 * This module keeps, for every container, the shape CPython would have (a list's `allocated`, a dict's
 * or set's table counts; the formulas are alloc/sizes.ts's, checked against the real interpreters) and
 * asks the allocator for the buffer as CPython does:
 *
 *   list   Objects/listobject.c  list_resize (append, insert, pop, del, slice assignment, extend),
 *          list_preallocate_exact (3.x: list(x) of a sized x, extend from a list or tuple into an empty
 *          list), PyList_New / list_new_prealloc (literals, slices, concatenation, repetition: exact),
 *          _list_clear (a list emptied by clear() or a slice deletion gives its array back).
 *   dict   Objects/dictobject.c  insertdict -> insertion_resize -> dictresize (new keys, then the old
 *          ones freed), _PyDict_NewPresized (displays), clone_combined_dict / PyDict_Merge (copy),
 *          dict_dealloc -> free_keys_object (3.x size-8 keys go to the keys free list).
 *   set    Objects/setobject.c  set_add_entry -> set_table_resize, set_merge (presized), set_clear.
 *
 * The buffers go through the PyMem_* calls (MemoryManager.mallocMem/reallocMem/freeMem): pymalloc on
 * 3.x, libc malloc on 2.7. A 3.x dict's keys object is a PyObject_Malloc block, and its size-8 keys go
 * through the 'dictkeys' free list.
 *
 * Simplifications:
 * - `extend` and `list(x)` take the length hint of a sized built-in (list, tuple, str, dict, set,
 *   range, views) as exact and 8 (PyObject_LengthHint's default) for everything else (generators, map,
 *   zip, ...).
 * - 3.13's list(dict) fast path (list_extend_dict, which does not preallocate) is not modelled.
 * - str.split() and other C functions that preallocate a list of 12 are exact here.
 * - 3.10 split-table values arrays and 3.12 instance values arrays are not allocated (their blocks would
 *   only shift addresses, not the reuse the lab shows); 3.13 inline values are part of the instance.
 */
import { PyDict, PyList, PySet, PyStr, PyTuple, PyType, type PyInstance } from './types'
import type { PyObject } from './object'
import { R } from './runtime'
import {
  dictClear,
  dictCopy,
  dictDelete,
  dictInsert,
  dictKeysBytes,
  dictNew,
  dictPresized,
  listPreallocate,
  listResize,
  setAdd,
  setDiscard,
  setMerge,
  setNew,
  SharedKeys,
  type DictTable,
  type SetTable,
} from '../alloc/sizes'

// ---- lists --------------------------------------------------------------------------------------------

/** Give a list the capacity `cap`: realloc (or malloc, or free) its item array. */
export function listSetCapacity(l: PyList, cap: number): void {
  if (cap === l.allocated) return
  if (cap > l.allocated && cap - l.allocated > 4096) R.guardMemory(8 * (cap - l.allocated))
  const m = R.memory
  if (cap === 0) {
    if (l.itemsAddress !== 0) m.freeMem(l.itemsAddress)
    l.itemsAddress = 0
  } else l.itemsAddress = m.reallocMem(l.itemsAddress === 0 ? null : l.itemsAddress, 8 * cap)
  l.allocated = cap
}

/**
 * list_resize after the list went from `oldsize` items to `l.items.length` (append, insert, pop, remove,
 * del, slice assignment). Postcondition: `allocated` is what CPython's list has; an emptied list keeps
 * list_resize's answer (0 unless `allocated` was 1).
 */
export function listResized(l: PyList, oldsize: number): void {
  const n = l.items.length
  const a = l.allocated
  if (a >= n && n >= a >> 1) return
  listSetCapacity(l, listResize(R.profile.name, a, oldsize, n))
}

/** _list_clear: clear(), and slice assignment or deletion that leaves the list empty. */
export function listCleared(l: PyList): void {
  listSetCapacity(l, 0)
}

/** True for the objects list_extend takes by its PySequence_Fast path (exact list or tuple). */
function isFastSequence(src: PyObject): boolean {
  return src.type === R.T.list || src.type === R.T.tuple
}

/** PyObject_LengthHint(o, 8): exact for sized built-ins, the default 8 for the rest. */
function lengthHint(src: PyObject, n: number): number {
  const t = src.type
  const T = R.T
  if (
    src instanceof PyList ||
    src instanceof PyTuple ||
    src instanceof PyStr ||
    src instanceof PyDict ||
    src instanceof PySet ||
    t === T.range ||
    t === T.dict_keys ||
    t === T.dict_values ||
    t === T.dict_items ||
    t.sizeKey === 'list_iterator' ||
    t.sizeKey === 'dict_iterator' ||
    t === T.set_iterator ||
    t === T.range_iterator
  )
    return n
  return 8
}

/**
 * list_extend: `l` had `oldsize` items and now holds `l.items.length` taken from `src`.
 * Postcondition: `allocated` follows CPython's fast path (list, tuple) or its length-hint path.
 */
export function listExtended(l: PyList, oldsize: number, src: PyObject): void {
  const p = R.profile.name
  const total = l.items.length
  const n = total - oldsize
  let cap = l.allocated
  if (isFastSequence(src)) {
    if (n === 0) return
    cap = !R.profile.py2 && cap === 0 ? listPreallocate(p, n) : listResize(p, cap, oldsize, total)
    listSetCapacity(l, cap)
    return
  }
  const mn = oldsize + lengthHint(src, n)
  cap = listResize(p, cap, oldsize, mn)
  for (let i = oldsize; i < total; i++) if (i >= cap) cap = listResize(p, cap, i, i + 1)
  if (total < cap) cap = listResize(p, cap, total, total)
  listSetCapacity(l, cap)
}

/** list(x) (list___init__): 3.x preallocates exactly for an x with a length, then extends. */
export function listInitFrom(l: PyList, src: PyObject): void {
  const n = l.items.length
  if (!R.profile.py2 && n > 0 && lengthHint(src, n) === n && !isFastSequence(src))
    listSetCapacity(l, listPreallocate(R.profile.name, n))
  listExtended(l, 0, src)
}

/** A list display of constants (3.9+: BUILD_LIST 0 + LIST_EXTEND of a tuple constant when 3+ items). */
export function listFromConstants(l: PyList): void {
  const n = l.items.length
  if (R.profile.py2 || n < 3) return
  listSetCapacity(l, listPreallocate(R.profile.name, n))
}

/** The list's item array goes back to the allocator (list_dealloc, before the header). */
export function listFreeItems(l: PyList): void {
  if (l.itemsAddress !== 0) R.memory.freeMem(l.itemsAddress)
  l.itemsAddress = 0
}

// ---- dicts ------------------------------------------------------------------------------------------

function keysKind(t: DictTable): string {
  // new_keys_object / free_keys_object: only PyDict_MINSIZE keys use the free list (3.12+: unicode ones).
  if (t.size !== 8) return 'other'
  const p = R.profile.name
  return p === '3.10' || t.unicode ? 'dictkeys' : 'other'
}

/** dictresize: allocate the keys/table for `next`, then free the old one (new first, as CPython). */
function dictReplaceTable(d: PyDict, next: DictTable): void {
  const prev = d.table as DictTable
  d.table = next
  const p = R.profile.name
  const m = R.memory
  const py2 = R.profile.py2
  const old = d.keysAddress
  const bytes = dictKeysBytes(p, next)
  if (bytes > 0) d.keysAddress = py2 ? m.mallocMem(bytes) : m.allocObject(keysKind(next), bytes)
  else d.keysAddress = 0
  if (old !== 0) {
    if (py2) m.freeMem(old)
    else m.freeObject(keysKind(prev), old, dictKeysBytes(p, prev))
  }
}

/** A new dict's table: empty (3.x: the shared empty keys; 2.7: the smalltable). */
export function dictBorn(d: PyDict): void {
  d.table = dictNew(R.profile.name)
}

/** _PyDict_NewPresized for a display of `n` items. */
export function dictPresize(d: PyDict, n: number, allStr: boolean): void {
  if (d.table === null) return
  dictReplaceTable(d, dictPresized(R.profile.name, n, allStr))
}

/** After a new key went into `d` (replacing a value is not an insert). */
export function dictInserted(d: PyDict, key: PyObject): void {
  if (d.shared !== null) {
    if (key instanceof PyStr) d.shared.onSetKey(key.value)
    return
  }
  if (d.table === null) return
  const t = d.table
  const p = R.profile.name
  const next = dictInsert(p, t, key.type === R.T.str)
  // A resize resets fill to used; otherwise the same table just holds one more entry (3.10 switches
  // its lookup function to the general one in place; 3.12+ rebuilds the keys as a general table).
  if (next.fill === t.fill + 1 && next.size === t.size && (next.unicode === t.unicode || p === '3.10')) {
    d.table = next
    return
  }
  dictReplaceTable(d, next)
}

/** After a key was deleted (tables never shrink on delete). */
export function dictDeleted(d: PyDict): void {
  if (d.table === null || d.shared !== null) return
  d.table = dictDelete(R.profile.name, d.table)
}

/** dict.clear(): back to the empty table. */
export function dictCleared(d: PyDict): void {
  if (d.table === null || d.shared !== null) return
  dictReplaceTable(d, dictClear(R.profile.name))
}

/** `d` was made as a copy of `src` (dict.copy(), dict(d)). */
export function dictCopied(d: PyDict, src: PyDict): void {
  if (d.table === null) return
  const from = src.table ?? { used: src.map.size, fill: src.map.size, size: 8, unicode: false }
  dictReplaceTable(d, dictCopy(R.profile.name, { ...from, used: src.map.size }))
}

/** The keys object / table goes back to the allocator (dict_dealloc, before the dict object). */
export function dictFreeKeys(d: PyDict): void {
  if (d.keysAddress !== 0 && d.table !== null) {
    if (R.profile.py2) R.memory.freeMem(d.keysAddress)
    else R.memory.freeObject(keysKind(d.table), d.keysAddress, dictKeysBytes(R.profile.name, d.table))
  }
  d.keysAddress = 0
}

/** The class's shared keys (ht_cached_keys), made with the first instance. */
export function sharedKeysOf(t: PyType): SharedKeys {
  if (t.sharedKeys === null) t.sharedKeys = new SharedKeys(R.profile.name)
  return t.sharedKeys
}

/** An instance __dict__ that uses its class's shared keys (3.x split table). */
export function dictUseSharedKeys(d: PyDict, o: PyInstance): void {
  if (R.profile.py2) return
  d.shared = sharedKeysOf(o.type)
  for (const k of d.map.keys()) if (typeof k === 'string') d.shared.onSetKey(k)
}

// ---- sets ---------------------------------------------------------------------------------------------

function setReplaceTable(s: PySet, next: SetTable): void {
  const prev = s.table
  s.table = next
  if (prev.size === next.size) return
  const m = R.memory
  const old = s.tableAddress
  s.tableAddress = next.size > 8 ? m.mallocMem(16 * next.size) : 0
  if (old !== 0) m.freeMem(old)
}

/** After adding an element that was not in the set. */
export function setAdded(s: PySet): void {
  const t = s.table
  const next = setAdd(R.profile.name, t)
  if (next.size === t.size) s.table = next
  else setReplaceTable(s, next)
}

/** After `n` elements of another set or dict were merged in (set(s), s | t, s.copy(), constant {1, 2, 3}). */
export function setMerged(s: PySet, n: number): void {
  if (n <= 0) return
  setReplaceTable(s, setMerge(R.profile.name, s.table, n))
}

/**
 * A new set was filled by `s.map.size` single adds (set(iterable), a display, a comprehension's worth):
 * its table is what that many set_add_entry calls leave. Only for a set that was empty.
 */
export function setBuiltByAdds(s: PySet): void {
  const p = R.profile.name
  let t = setNew(p)
  for (let i = s.map.size; i > 0; i--) t = setAdd(p, t)
  s.table = setNew(p)
  setReplaceTable(s, t)
}

/** The result `r` of a set operation on `a`: a | b copies a then merges b; the others add one by one. */
export function setOpResult(op: string, r: PySet, a: PySet): void {
  if (op === '|') {
    const n = Math.min(a.map.size, r.map.size)
    setMerged(r, n)
    setMerged(r, r.map.size - n)
  } else setBuiltByAdds(r)
}

/** After an element was discarded. */
export function setDiscarded(s: PySet): void {
  s.table = setDiscard(R.profile.name, s.table)
}

/** set.clear(): back to the smalltable. */
export function setCleared(s: PySet): void {
  setReplaceTable(s, setNew(R.profile.name))
}

/** The set's table goes back to the allocator (set_dealloc, before the set object). */
export function setFreeTable(s: PySet): void {
  if (s.tableAddress !== 0) R.memory.freeMem(s.tableAddress)
  s.tableAddress = 0
}
