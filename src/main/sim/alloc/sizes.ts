/*
 * How many bytes CPython allocates for each kind of object, and what `sys.getsizeof` reports, per profile.
 *
 * `sys.getsizeof(o)` is `o.__sizeof__()` plus the GC header when the type is GC-tracked
 * (Python/sysmodule.c `_PySys_GetSizeOf`; 3.12+ also adds the pre-header of managed dict/weakref types).
 * `__sizeof__` is `tp_basicsize + ob_size * tp_itemsize` (Objects/typeobject.c `object___sizeof__`)
 * unless the type adds its separately allocated buffers: list items (listobject.c `list___sizeof__`),
 * dict tables (dictobject.c `dict_sizeof` / `_PyDict_SizeOf`), set tables (setobject.c `set_sizeof`).
 * Where each object's memory comes from:
 *
 *                       object itself                        separate buffer (PyMem_Malloc)
 *   list                PyObject_GC_New (56 / 2.7: 72)        ob_item: 8 * allocated
 *   dict                PyObject_GC_New (64 / 2.7: 280,       keys object (3.x) / table (2.7, > 8 slots)
 *                       smalltable inline)
 *   set                 216 / 2.7: 232 (smalltable inline)    table when > 8 slots
 *   tuple, int, str,    one block: header + items             -
 *   bytes, float
 *   instance (3.12)     48 (pre-header + GC + PyObject)       values array (inline in the object on 3.13)
 *
 * Growth rules, per profile, with the CPython function that owns them:
 *   list_resize (listobject.c): 2.7 new = n + (n >> 3) + (n < 9 ? 3 : 6);
 *     3.9+ new = (n + (n >> 3) + 6) & ~3, or (n + 3) & ~3 when growing by more than that over-allocation.
 *     No realloc while allocated/2 <= n <= allocated. 3.x list_preallocate_exact rounds up to even.
 *   dict (dictobject.c insertdict / insertion_resize / dictresize): 2.7 resizes to 4 * used when
 *     fill * 3 >= slots * 2; 3.x when no entry is usable (usable = 2/3 of slots), to used * 3 rounded up
 *     to a power of two (3.12+ `calculate_log2_keysize`, which never picks 8 for 1 <= n <= 7; observed).
 *     3.12+ tables of str-only keys use 16-byte entries, others 24; inserting a non-str key converts.
 *   set (setobject.c set_add_entry / set_table_resize): 2.7 when fill * 3 >= slots * 2; 3.x when
 *     fill * 5 >= mask * 3; new size = smallest power of two above 4 * used.
 *
 * Every function here is checked against numbers recorded from the real interpreters by
 * testdata/probe-sizes.py (see sizes.test.ts and testdata/regen-sizes.sh).
 *
 * Simplifications:
 * - Dict and set tables are modelled by counts (used, fill, slots), not slot positions: an insert that
 *   reuses a dummy slot on 2.7 still counts as new fill.
 * - 3.x dict.copy() of a table with holes and dict/set built from another dict or set use the source
 *   rules as read (clone when dense, else a presized table); only dense copies are verified.
 * - 3.10 instance dicts: the class's shared keys grow like a dict; CPython stops sharing when a second
 *   instance already holds the old keys (CACHED_KEYS becomes NULL) and we do not model that.
 * - 3.12/3.13 cached shared keys: capped at 30 entries (SHARED_KEYS_MAX_SIZE); beyond that CPython
 *   falls back to an ordinary dict, which is not modelled.
 * - Generators (3.12+) embed their frame, whose size depends on the code object; we give the size of
 *   a minimal generator. Class objects: the size of a plain class without __slots__.
 */

import type { ProfileName } from '@shared/trace'
import { ALLOC_CONSTANTS } from './constants'

/** Bytes of one object as CPython allocates it and as sys.getsizeof reports it. */
export interface SizeInfo {
  /** Bytes requested from the object allocator for the object itself (GC header and pre-header included). */
  alloc: number
  /** What sys.getsizeof returns (includes separately allocated buffers for list, dict, set). */
  getsizeof: number
}

const PTR = 8
const is2 = (p: ProfileName): boolean => p === '2.7'
const is312plus = (p: ProfileName): boolean => p === '3.12' || p === '3.13'

/** sizeof(PyGC_Head) in this profile. */
export function gcHeaderSize(p: ProfileName): number {
  return ALLOC_CONSTANTS[p].gcHeaderSize
}

function same(n: number): SizeInfo {
  return { alloc: n, getsizeof: n }
}

// ---- numbers --------------------------------------------------------------------------------------

function digits30(v: bigint): number {
  let a = v < 0n ? -v : v
  let n = 0
  while (a > 0n) {
    a >>= 30n
    n++
  }
  return n
}

/** True when 2.7 represents this value as `int` (a C long), false when it is a `long`. */
export function isShortInt27(value: bigint): boolean {
  return value >= -(2n ** 63n) && value < 2n ** 63n
}

/** An int (2.7: int or long by value). 30-bit digits; 3.12+ counts one digit for zero. */
export function intSize(p: ProfileName, value: bigint): SizeInfo {
  if (is2(p) && isShortInt27(value)) return same(24)
  let nd = digits30(value)
  if (is312plus(p)) nd = Math.max(nd, 1)
  return same(24 + 4 * nd)
}

/**
 * The allocation of an int made by + or - of ints a and b (longobject.c x_add / x_sub allocate one digit
 * more than the longer operand and only then normalise, so the block can be bigger than getsizeof says).
 * 2.7 short ints are fixed-size; small results come from the cache and are not allocated at all.
 */
export function intAddResultSize(p: ProfileName, a: bigint, b: bigint): SizeInfo {
  const result = intSize(p, a + b)
  if (is2(p) && isShortInt27(a + b)) return result
  const nd = Math.max(digits30(a), digits30(b)) + 1
  return { alloc: Math.max(result.alloc, 24 + 4 * nd), getsizeof: result.getsizeof }
}

/** True or False (2.7: an int; 3.x: an int of one digit, or zero digits for False before 3.12). */
export function boolSize(p: ProfileName, value: boolean): SizeInfo {
  return intSize(p, value ? 1n : 0n)
}

/** A float. */
export function floatSize(_p: ProfileName): SizeInfo {
  return same(24)
}

/** None, object(), and other bare PyObject headers. */
export function bareObjectSize(_p: ProfileName): SizeInfo {
  return same(16)
}

// ---- text and bytes ---------------------------------------------------------------------------------

/** 2.7 byte string (`str`) of `n` bytes; 3.x `bytes` of `n` bytes. */
export function bytesSize(p: ProfileName, n: number): SizeInfo {
  return same((is2(p) ? 37 : 33) + n)
}

/**
 * A `str`. On 3.x: compact ASCII, or compact with 1/2/4 bytes a character (PEP 393). On 2.7 the `str`
 * type is bytes: its size is that of the UTF-8 encoding (what a utf-8 source literal holds).
 * `singleton` marks 3.12+'s static one-character latin-1 strings, which carry a cached UTF-8 copy.
 */
export function strSize(
  p: ProfileName,
  codepoints: readonly number[],
  opts: { singleton?: boolean } = {},
): SizeInfo {
  if (is2(p)) return bytesSize(p, utf8Length(codepoints))
  const n = codepoints.length
  const max = codepoints.reduce((m, c) => Math.max(m, c), 0)
  if (max < 128) return same((p === '3.10' ? 48 : 40) + n + 1)
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4
  const size = (p === '3.10' ? 72 : 56) + (n + 1) * kind
  if (opts.singleton === true && is312plus(p) && n === 1)
    return { alloc: size, getsizeof: size + utf8Length(codepoints) + 1 }
  return same(size)
}

/**
 * strSize for a JS string (UTF-16) without building a code-point array: the same formulas, from the
 * code-point count, the largest code point and the UTF-8 length.
 */
export function strSizeOfText(p: ProfileName, text: string, opts: { singleton?: boolean } = {}): SizeInfo {
  let n = 0
  let max = 0
  let utf8 = 0
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00)
        i++
      }
    }
    n++
    if (c > max) max = c
    utf8 += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  if (is2(p)) return bytesSize(p, utf8)
  if (max < 128) return same((p === '3.10' ? 48 : 40) + n + 1)
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4
  const size = (p === '3.10' ? 72 : 56) + (n + 1) * kind
  if (opts.singleton === true && is312plus(p) && n === 1) return { alloc: size, getsizeof: size + utf8 + 1 }
  return same(size)
}

/** 2.7 `unicode` (UCS4 build): a 48-byte object plus a separate buffer of 4 * (n + 1) bytes. */
export function unicodeSize27(codepoints: readonly number[]): SizeInfo {
  return { alloc: 48, getsizeof: 48 + 4 * (codepoints.length + 1) }
}

/** Bytes of the separate 2.7 unicode buffer. */
export function unicodeBuffer27(length: number): number {
  return 4 * (length + 1)
}

function utf8Length(codepoints: readonly number[]): number {
  let n = 0
  for (const c of codepoints) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  return n
}

// ---- tuple and list ---------------------------------------------------------------------------------

/** A tuple (or namedtuple instance) of n items. */
export function tupleSize(p: ProfileName, n: number): SizeInfo {
  return same(24 + PTR * n + gcHeaderSize(p))
}

/** A list with room for `allocated` items: alloc is the list object, getsizeof adds the item array. */
export function listSize(p: ProfileName, allocated: number): SizeInfo {
  const obj = 40 + gcHeaderSize(p)
  return { alloc: obj, getsizeof: obj + PTR * allocated }
}

/** Bytes of a list's item array (PyMem_Malloc'd separately). */
export function listItemsBytes(allocated: number): number {
  return PTR * allocated
}

/**
 * list_resize: the capacity after resizing a list of `size` items and capacity `allocated` to `newsize`.
 * Returns `allocated` unchanged when CPython does not realloc.
 */
export function listResize(p: ProfileName, allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated
  if (newsize === 0) return 0
  if (is2(p)) return newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)
  let n = (newsize + (newsize >> 3) + 6) & ~3
  if (newsize - size > n - newsize) n = (newsize + 3) & ~3
  return n
}

/**
 * Capacity of an empty list that is filled from a sized iterable of n items (list(x), [].extend(x),
 * a constant list literal of 3+ items): 3.x list_preallocate_exact (rounded up to even); 2.7 list_resize.
 */
export function listPreallocate(p: ProfileName, n: number): number {
  if (n === 0) return 0
  if (is2(p)) return listResize(p, 0, 0, n)
  return (n + 1) & ~1
}

// ---- dict ---------------------------------------------------------------------------------------------

/** The shape of a dict's table as far as sizes go. */
export interface DictTable {
  /** Live entries (ma_used). */
  used: number
  /** 2.7: active + dummy slots (ma_fill); 3.x: entries used including deleted (dk_nentries). */
  fill: number
  /** Slots (2.7 mask + 1; 3.x dk_size); 0 on 3.x means the shared empty keys (Py_EMPTY_KEYS). */
  size: number
  /**
   * 3.x: str-only keys — 3.12+ DICT_KEYS_UNICODE (16-byte entries), 3.10 a `lookdict_unicode*` lookup.
   * Once a key of another type goes in, the table stays general (resizes keep the kind).
   */
  unicode: boolean
}

const usableFraction = (n: number): number => Math.floor((n << 1) / 3)

function bitLength(n: number): number {
  return n <= 0 ? 0 : Math.floor(Math.log2(n)) + 1
}

// Table size dictresize picks for `minsize` entries.
function dictNewSize(p: ProfileName, minsize: number): number {
  if (is2(p)) {
    let s = 8
    while (s <= minsize) s <<= 1
    return s
  }
  if (is312plus(p)) return 1 << bitLength(((minsize | 8) - 1) | 7) // calculate_log2_keysize
  let s = 8
  while (s < minsize) s <<= 1
  return s
}

/** A new empty dict ({} or dict()). */
export function dictNew(p: ProfileName): DictTable {
  return is2(p) ? { used: 0, fill: 0, size: 8, unicode: false } : { used: 0, fill: 0, size: 0, unicode: true }
}

/** After inserting a key that was not in the dict (replacing a value changes nothing). */
export function dictInsert(p: ProfileName, t: DictTable, keyIsStr: boolean): DictTable {
  if (is2(p)) {
    const after = { used: t.used + 1, fill: t.fill + 1, size: t.size, unicode: t.unicode }
    if (after.fill * 3 >= after.size * 2)
      return dictResized(p, after, after.used * (after.used > 50000 ? 2 : 4))
    return after
  }
  let cur = t
  if (cur.size === 0) cur = { used: 0, fill: 0, size: 8, unicode: keyIsStr }
  else {
    if (is312plus(p) && cur.unicode && !keyIsStr)
      cur = { used: cur.used, fill: cur.used, size: dictNewSize(p, cur.used * 3), unicode: false }
    if (usableFraction(cur.size) - cur.fill <= 0) cur = dictResized(p, cur, cur.used * 3)
  }
  return {
    used: cur.used + 1,
    fill: cur.fill + 1,
    size: cur.size,
    unicode: cur.unicode && keyIsStr,
  }
}

function dictResized(p: ProfileName, t: DictTable, minsize: number): DictTable {
  return { used: t.used, fill: t.used, size: dictNewSize(p, minsize), unicode: t.unicode }
}

/** After deleting a key (tables never shrink on delete). */
export function dictDelete(_p: ProfileName, t: DictTable): DictTable {
  return { used: t.used - 1, fill: t.fill, size: t.size, unicode: t.unicode }
}

/** After dict.clear(). */
export function dictClear(p: ProfileName): DictTable {
  return dictNew(p)
}

/**
 * The empty table BUILD_MAP (a dict display of n items) starts from, before its n inserts:
 * 2.7/3.x `_PyDict_NewPresized`. 3.12+ picks the key kind from the keys up front.
 */
export function dictPresized(p: ProfileName, n: number, allStrKeys: boolean): DictTable {
  if (is2(p)) return n > 5 ? { used: 0, fill: 0, size: dictNewSize(p, n), unicode: false } : dictNew(p)
  if (n <= 5) return dictNew(p)
  const estimate = (n * 3 + 1) >> 1
  if (is312plus(p)) return { used: 0, fill: 0, size: dictNewSize(p, estimate), unicode: allStrKeys }
  let s = 16
  while (s < estimate) s <<= 1
  return { used: 0, fill: 0, size: s, unicode: true }
}

/** A dict display {k: v, ...} of n keys: presized, then n inserts. */
export function dictDisplay(p: ProfileName, keysAreStr: readonly boolean[]): DictTable {
  let t = dictPresized(
    p,
    keysAreStr.length,
    keysAreStr.every((s) => s),
  )
  for (const s of keysAreStr) t = dictInsert(p, t, s)
  return t
}

/** dict.copy() (and dict(d) on 3.x): 2.7 PyDict_Merge presizing; 3.x clone of a dense table. */
export function dictCopy(p: ProfileName, t: DictTable): DictTable {
  if (t.used === 0) return dictNew(p)
  if (is2(p)) {
    const size = t.used * 3 >= 16 ? dictNewSize(p, t.used * 2) : 8
    return { used: t.used, fill: t.used, size, unicode: false }
  }
  if (t.used >= Math.floor((t.fill * 2) / 3))
    return { used: t.used, fill: t.used, size: t.size, unicode: t.unicode }
  const estimate = (t.used * 3 + 1) >> 1
  return { used: t.used, fill: t.used, size: dictNewSize(p, estimate), unicode: t.unicode }
}

/** Bytes of the separately allocated table: 2.7 table (0 while the inline smalltable is used); 3.x keys. */
export function dictKeysBytes(p: ProfileName, t: DictTable): number {
  if (is2(p)) return t.size > 8 ? t.size * 24 : 0
  if (t.size === 0) return 0
  const ix = t.size <= 0xff ? 1 : t.size <= 0xffff ? 2 : t.size <= 0xffffffff ? 4 : 8
  if (p === '3.10') return 40 + ix * t.size + 24 * usableFraction(t.size)
  return 32 + ix * t.size + (t.unicode ? 16 : 24) * usableFraction(t.size)
}

/** A dict object: alloc is the dict object (2.7 includes its 8-slot smalltable), getsizeof adds the table. */
export function dictSize(p: ProfileName, t: DictTable): SizeInfo {
  const obj = (is2(p) ? 248 : 48) + gcHeaderSize(p)
  return { alloc: obj, getsizeof: obj + dictKeysBytes(p, t) }
}

// ---- set ----------------------------------------------------------------------------------------------

/** The shape of a set's hash table. */
export interface SetTable {
  used: number
  /** Active + dummy slots. */
  fill: number
  /** Slots (mask + 1); 8 is the inline smalltable. */
  size: number
}

function setNewSize(minused: number): number {
  let s = 8
  while (s <= minused) s <<= 1
  return s
}

/** An empty set or frozenset. */
export function setNew(_p: ProfileName): SetTable {
  return { used: 0, fill: 0, size: 8 }
}

/** After adding an element that was not in the set. */
export function setAdd(p: ProfileName, t: SetTable): SetTable {
  const after = { used: t.used + 1, fill: t.fill + 1, size: t.size }
  const grow = is2(p) ? after.fill * 3 >= after.size * 2 : after.fill * 5 >= (after.size - 1) * 3
  if (!grow) return after
  return {
    used: after.used,
    fill: after.used,
    size: setNewSize(after.used > 50000 ? after.used * 2 : after.used * 4),
  }
}

/** After discarding an element. */
export function setDiscard(_p: ProfileName, t: SetTable): SetTable {
  return { used: t.used - 1, fill: t.fill, size: t.size }
}

/**
 * set_merge into `t` from another set or dict of `n` elements (set(s), s.update(s2), and on 3.x the
 * constant-set display {1, 2, 3}, compiled to BUILD_SET 0 + SET_UPDATE of a frozenset constant).
 */
export function setMerge(p: ProfileName, t: SetTable, n: number): SetTable {
  let cur = t
  const presize = is2(p) ? (cur.fill + n) * 3 >= cur.size * 2 : (cur.fill + n) * 5 >= (cur.size - 1) * 3
  if (presize) cur = { used: cur.used, fill: cur.used, size: setNewSize((cur.used + n) * 2) }
  return { used: cur.used + n, fill: cur.fill + n, size: cur.size }
}

/** A set or frozenset: alloc is the object (with its inline smalltable), getsizeof adds a bigger table. */
export function setSize(p: ProfileName, t: SetTable): SizeInfo {
  const obj = 200 + gcHeaderSize(p)
  return { alloc: obj, getsizeof: obj + (t.size > 8 ? t.size * 16 : 0) }
}

// ---- instances ------------------------------------------------------------------------------------

/** What a user class's instances carry. */
export interface InstanceLayout {
  /** Number of __slots__ (excluding '__weakref__' and '__dict__'). */
  slots: number
  /** True when instances have a __dict__ (no __slots__, or '__dict__' in them). */
  hasDict: boolean
  /** True when instances can be weakly referenced (no __slots__, or '__weakref__' in them). */
  hasWeakref: boolean
}

/**
 * An instance of a user class. `inlineValues` is the 3.13 inline values capacity (the class's
 * shared-keys usable size when the object was made, see SharedKeys.onInstanceCreated).
 */
export function instanceSize(p: ProfileName, layout: InstanceLayout, inlineValues = 0): SizeInfo {
  const gc = gcHeaderSize(p)
  if (is2(p)) {
    const basic = 16 + PTR * layout.slots + (layout.hasDict ? PTR : 0) + (layout.hasWeakref ? PTR : 0)
    // A 2.7 class that adds nothing to object is not a GC type.
    return same(basic === 16 ? 16 : basic + gc)
  }
  if (p === '3.10')
    return same(16 + PTR * layout.slots + (layout.hasDict ? PTR : 0) + (layout.hasWeakref ? PTR : 0) + gc)
  // 3.12+: __dict__ and __weakref__ pointers move into the pre-header (MANAGED_DICT / MANAGED_WEAKREF).
  const pre = layout.hasDict || layout.hasWeakref ? ALLOC_CONSTANTS[p].preHeaderSize : 0
  const size = 16 + PTR * layout.slots + gc + pre
  if (p === '3.13' && layout.hasDict)
    return { alloc: size + inlineValuesBytes(inlineValues), getsizeof: size }
  return same(size)
}

/** 3.13 `_PyInlineValuesSize`: the values array embedded at the end of an instance. */
export function inlineValuesBytes(capacity: number): number {
  return Math.ceil(capacity / PTR) * PTR + (capacity + 1) * PTR
}

/** 3.12 `new_values`: the separately PyMem_Malloc'd values array of an instance. */
export function valuesArrayBytes312(capacity: number): number {
  return Math.ceil((capacity + 2) / PTR) * PTR + capacity * PTR
}

/**
 * A class's cached shared keys (`ht_cached_keys`), which decide the size of its instances' __dict__.
 * 3.10: split keys that grow like a dict's (8, 16, 32 slots). 3.12/3.13: 30 usable entries from the
 * start, and every new instance shrinks the usable count by one (down to 1): init_inline_values /
 * `_PyObject_InitInlineValues`. 2.7 has no shared keys (instance dicts are ordinary dicts).
 */
export class SharedKeys {
  nentries = 0
  usable: number
  size: number
  /** Attribute names already in the keys. */
  private readonly names = new Set<string>()

  constructor(readonly profile: ProfileName) {
    this.size = 8
    this.usable = is312plus(profile) ? 30 : usableFraction(8)
  }

  /**
   * A new instance: returns the values capacity it gets. 3.12 `init_inline_values` decrements the usable
   * count first and sizes the values array after; 3.13 `_PyType_AllocNoTrack` sizes the inline values
   * (`_PyInlineValuesSize`) before `_PyObject_InitInlineValues` decrements, so each new instance of a
   * class is 8 bytes smaller than the one before, down to one usable entry (verified: successive 3.13
   * instances land in different size classes, so a freed instance's id is not reused by the next).
   */
  onInstanceCreated(): number {
    const before = this.nentries + this.usable
    if (is312plus(this.profile) && this.usable > 1) this.usable--
    return this.profile === '3.13' ? before : this.nentries + this.usable
  }

  /** An attribute `name` was set on some instance: a new key when the keys do not hold it yet. */
  onSetKey(name: string): void {
    if (this.names.has(name)) return
    this.names.add(name)
    this.onNewKey()
  }

  /** An attribute name not yet in the keys was set on some instance. */
  onNewKey(): void {
    if (this.profile === '3.10') {
      if (usableFraction(this.size) - this.nentries <= 0)
        this.size = dictNewSize(this.profile, this.nentries * 3)
      this.nentries++
      this.usable = usableFraction(this.size) - this.nentries
      return
    }
    if (this.usable > 0) {
      this.nentries++
      this.usable--
    }
  }

  /** sys.getsizeof(instance.__dict__) for a dict that uses these shared keys. */
  dictGetsizeof(): number {
    const obj = 48 + gcHeaderSize(this.profile)
    if (this.profile === '3.10') return obj + PTR * usableFraction(this.size)
    return obj + PTR * (this.nentries + this.usable)
  }
}

// ---- everything else ------------------------------------------------------------------------------

/** Fixed-size objects the lab's programs make, by type name. */
const FIXED: Readonly<Record<string, Readonly<Record<ProfileName, number>>>> = {
  function: { '2.7': 120, '3.10': 144, '3.12': 160, '3.13': 160 },
  cell: { '2.7': 56, '3.10': 40, '3.12': 40, '3.13': 40 },
  method: { '2.7': 80, '3.10': 64, '3.12': 64, '3.13': 64 },
  generator: { '2.7': 80, '3.10': 104, '3.12': 176, '3.13': 176 },
  weakref: { '2.7': 88, '3.10': 72, '3.12': 80, '3.13': 80 },
  weakproxy: { '2.7': 88, '3.10': 72, '3.12': 80, '3.13': 80 },
  class: { '2.7': 904, '3.10': 1072, '3.12': 1704, '3.13': 1712 },
  range: { '2.7': 40, '3.10': 48, '3.12': 48, '3.13': 48 },
  builtin_function_or_method: { '2.7': 72, '3.10': 72, '3.12': 72, '3.13': 72 },
  getset_descriptor: { '2.7': 72, '3.10': 64, '3.12': 64, '3.13': 64 },
  member_descriptor: { '2.7': 72, '3.10': 64, '3.12': 64, '3.13': 64 },
  // Iterators and views (GC header included; range iterators are not GC objects). list_iterator: also
  // tuple, str, bytes, sequence and reverse iterators and `reversed` (two pointer-sized fields).
  list_iterator: { '2.7': 64, '3.10': 48, '3.12': 48, '3.13': 48 },
  dict_iterator: { '2.7': 88, '3.10': 72, '3.12': 72, '3.13': 72 },
  set_iterator: { '2.7': 80, '3.10': 64, '3.12': 64, '3.13': 64 },
  range_iterator: { '2.7': 48, '3.10': 48, '3.12': 40, '3.13': 40 },
  enumerate: { '2.7': 80, '3.10': 64, '3.12': 72, '3.13': 72 },
  zip: { '2.7': 64, '3.10': 64, '3.12': 64, '3.13': 64 },
  map: { '2.7': 48, '3.10': 48, '3.12': 48, '3.13': 48 },
  dict_view: { '2.7': 48, '3.10': 40, '3.12': 40, '3.13': 40 },
  slice: { '2.7': 72, '3.10': 56, '3.12': 56, '3.13': 56 },
  // BaseException and the builtin exception classes (PyBaseExceptionObject, GC header included).
  exception: { '2.7': 72, '3.10': 80, '3.12': 88, '3.13': 88 },
}

/** Type names fixedSize knows. */
export const FIXED_SIZE_TYPES = Object.keys(FIXED)

/** A function, cell, bound method, generator, weakref/proxy, class object or range (2.7: xrange). */
export function fixedSize(p: ProfileName, typeName: string): SizeInfo {
  const row = FIXED[typeName]
  if (row === undefined) throw new Error(`no fixed size for ${typeName}`)
  return same(row[p])
}
