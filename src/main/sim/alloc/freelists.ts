/*
 * Layer +3 of CPython's allocator: the object-specific free lists.
 *
 * Some types keep the memory of their dead objects instead of handing it back to pymalloc, and give it
 * to the next object of the same type: the newest freed object is reused first (LIFO), so `id()` repeats.
 * Where CPython does this, per profile:
 *
 *   type     2.7 (Objects/...)                  3.10                       3.12 / 3.13
 *   float    floatobject.c block allocator      float free list, 100       same (3.13: pycore_freelist.h)
 *   int      intobject.c block allocator        none (pymalloc)            none
 *   tuple    tupleobject.c sizes 1..19 x 2000   sizes 1..19 x 2000         sizes 1..20 x 2000
 *   list     listobject.c 80                    80                         80
 *   dict     dictobject.c 80                    80 + 80 size-8 keys        80 + 80 size-8 unicode keys
 *   set      setobject.c 80                     none                       none
 *   frame    frameobject.c 200 (+ zombie)       200 (+ zombie)             none (frames live on a data stack)
 *   method   classobject.c 256                  none                       none
 *   builtin  methodobject.c 256 (cfunction)     none                       none
 *
 * 2.7's int and float "block allocators" (`fill_free_list` in intobject.c / floatobject.c) get
 * 1000-byte blocks from `PyMem_MALLOC` (libc malloc on 2.7) and cut each into 41 objects of 24 bytes;
 * the free list starts at the *last* object of a new block, so fresh ints and floats get descending
 * addresses 24 apart, and a freed one is reused first. Blocks are only given back by a full collection
 * (`PyInt_ClearFreeList`, `PyFloat_ClearFreeList`), and only when none of their objects is alive.
 *
 * `gc.collect()` of the oldest generation empties free lists (`clear_freelists` in 2.7
 * Modules/gcmodule.c; `_PyGC_ClearAllFreeLists` in 3.10/3.12; `_PyObject_ClearFreeLists` in 3.13):
 * 2.7 clears method, frame, cfunction, tuple, unicode, int and float, but NOT list, dict or set
 * (shared/reference/cpython-memory.md §2 shows this with gen-0 counts); 3.x clears float, tuple, list,
 * dict (+ keys), frame (3.10), context, async generators and slices.
 *
 * An object taken from or returned to a free list bypasses the GC allocation counter (gen-0 count):
 * only `_PyObject_GC_Alloc`/`PyObject_GC_Del` move it.
 *
 * Kinds (the free-list key the object model passes): 'float', 'int', 'tuple:N', 'list', 'dict',
 * 'dictkeys', 'set', 'frame', 'method', 'cfunction', anything else ('instance', 'other', …) has no free list. Only
 * exact types go to free lists: a namedtuple or a subclass of list must use 'other'.
 *
 * Simplifications:
 * - 2.7 unicode and 3.x context/async-generator/slice free lists are not modelled (the lab's
 *   programs do not make those objects).
 * - Frame zombie frames (one cached frame per code object) are left to the interpreter.
 * - 2.7's `PyFloat_ClearFreeList` rebuild order is copied; the int/float small caches' own blocks are
 *   preallocated at start (262 small ints on 2.7) so later addresses look like CPython's.
 */

import type { ProfileName } from '@shared/trace'
import { RAW_BASE } from './raw'

/** One free list's limit and whether a full collection empties it. */
export interface FreeListSpec {
  /** Most objects kept. */
  max: number
  /** True when gc.collect() of the oldest generation empties it. */
  clearedByFullCollect: boolean
}

function tupleLists(maxSize: number, cleared: boolean): Record<string, FreeListSpec> {
  const out: Record<string, FreeListSpec> = {}
  for (let n = 1; n <= maxSize; n++) out[`tuple:${n}`] = { max: 2000, clearedByFullCollect: cleared }
  return out
}

/** Free lists per profile, keyed by kind. 2.7 'int' and 'float' are block allocators (see IntFloatBlocks). */
export const FREE_LISTS: Readonly<Record<ProfileName, Readonly<Record<string, FreeListSpec>>>> = {
  '2.7': {
    ...tupleLists(19, true),
    list: { max: 80, clearedByFullCollect: false },
    dict: { max: 80, clearedByFullCollect: false },
    set: { max: 80, clearedByFullCollect: false },
    frame: { max: 200, clearedByFullCollect: true },
    method: { max: 256, clearedByFullCollect: true },
    cfunction: { max: 256, clearedByFullCollect: true },
  },
  '3.10': {
    float: { max: 100, clearedByFullCollect: true },
    ...tupleLists(19, true),
    list: { max: 80, clearedByFullCollect: true },
    // The one-slice cache (interp->slice_cache; 3.13 freelists.slices), kept by a full collection.
    slice: { max: 1, clearedByFullCollect: false },
    dict: { max: 80, clearedByFullCollect: true },
    dictkeys: { max: 80, clearedByFullCollect: true },
    frame: { max: 200, clearedByFullCollect: true },
  },
  '3.12': {
    float: { max: 100, clearedByFullCollect: true },
    ...tupleLists(20, true),
    list: { max: 80, clearedByFullCollect: true },
    // The one-slice cache (interp->slice_cache; 3.13 freelists.slices), kept by a full collection.
    slice: { max: 1, clearedByFullCollect: false },
    dict: { max: 80, clearedByFullCollect: true },
    dictkeys: { max: 80, clearedByFullCollect: true },
  },
  '3.13': {
    float: { max: 100, clearedByFullCollect: true },
    ...tupleLists(20, true),
    list: { max: 80, clearedByFullCollect: true },
    // The one-slice cache (interp->slice_cache; 3.13 freelists.slices), kept by a full collection.
    slice: { max: 1, clearedByFullCollect: false },
    dict: { max: 80, clearedByFullCollect: true },
    dictkeys: { max: 80, clearedByFullCollect: true },
  },
}

/** True when the profile keeps 2.7-style int/float block allocators for this kind. */
export function usesObjectBlocks(profile: ProfileName, kind: string): boolean {
  return profile === '2.7' && (kind === 'int' || kind === 'float')
}

/** The per-type free lists of one interpreter: LIFO stacks of addresses. */
export class FreeLists {
  private readonly specs: Readonly<Record<string, FreeListSpec>>
  private readonly lists = new Map<string, number[]>()

  constructor(readonly profile: ProfileName) {
    this.specs = FREE_LISTS[profile]
  }

  /** The spec of `kind`'s free list, or undefined when the type has none in this profile. */
  spec(kind: string): FreeListSpec | undefined {
    return Object.prototype.hasOwnProperty.call(this.specs, kind) ? this.specs[kind] : undefined
  }

  /** Pop the most recently freed object's address, or null when the list is empty or absent. */
  pop(kind: string): number | null {
    const list = this.lists.get(kind)
    if (list === undefined || list.length === 0) return null
    return list.pop() as number
  }

  /** Keep `address` on `kind`'s list; false when there is no list or it is full (caller frees it). */
  push(kind: string, address: number): boolean {
    const spec = this.spec(kind)
    if (spec === undefined) return false
    let list = this.lists.get(kind)
    if (list === undefined) this.lists.set(kind, (list = []))
    if (list.length >= spec.max) return false
    list.push(address)
    return true
  }

  /** Number of objects on `kind`'s list. */
  size(kind: string): number {
    return this.lists.get(kind)?.length ?? 0
  }

  /**
   * What a full collection does: empty every list it clears in this profile.
   * After this, those lists are empty; returns the (kind, address) pairs the caller must give back to pymalloc.
   */
  clearForFullCollect(): { kind: string; address: number }[] {
    const out: { kind: string; address: number }[] = []
    for (const [kind, list] of this.lists) {
      const spec = this.spec(kind)
      if (spec === undefined || !spec.clearedByFullCollect) continue
      // CPython pops each list from its head while freeing.
      while (list.length > 0) out.push({ kind, address: list.pop() as number })
    }
    return out
  }

  /** JSON-safe view: kind -> addresses, head last. */
  view(): Record<string, number[]> {
    const out: Record<string, number[]> = {}
    for (const [kind, list] of this.lists) if (list.length > 0) out[kind] = [...list]
    return out
  }
}

/** Bytes of one 2.7 int/float block (BLOCK_SIZE) and of its header (BHEAD_SIZE). */
export const OBJECT_BLOCK_SIZE = 1000
export const OBJECT_BLOCK_HEADER = 8
/** Bytes of one 2.7 int or float object (PyIntObject / PyFloatObject). */
export const OBJECT_BLOCK_ITEM = 24
/** Objects per block: N_INTOBJECTS / N_FLOATOBJECTS = (1000 - 8) / 24. */
export const OBJECTS_PER_BLOCK = Math.floor((OBJECT_BLOCK_SIZE - OBJECT_BLOCK_HEADER) / OBJECT_BLOCK_ITEM)

/**
 * 2.7's int or float block allocator. `malloc`/`free` are the raw allocator's (PyMem_MALLOC is libc
 * malloc on 2.7), passed in so the blocks show up as raw-malloc blocks in the panel.
 */
export class IntFloatBlocks {
  /**
   * CPython's block_list, stored reversed: the head (newest block) is the last element, so adding a
   * block is a push, not an unshift of every older block.
   */
  private blocks: number[] = []
  /** The free list; the head is the last element. */
  private freeList: number[] = []
  /**
   * The state of every object slot of the blocks: LIVE, FREE, or 0 (not a slot of a current block). Set
   * for a whole block in fillFreeList, flipped by alloc/release, cleared when the block is freed. Stored
   * as pages of bytes indexed by `(address - RAW_BASE) / 8` (liveKey; slots are 8-byte aligned): an array
   * read per int/float alloc and free instead of a hash lookup (2.7 `range(200000)` keeps 200,000 ints
   * live).
   */
  private readonly live = new Map<number, Uint8Array>()
  private lastPageKey = -1
  private lastPage: Uint8Array | undefined = undefined
  private liveObjects = 0

  constructor(
    private readonly malloc: (n: number) => number,
    private readonly free: (address: number) => void,
  ) {}

  /** An object's address (fill_free_list when the list is empty). O(1) amortised. */
  alloc(): number {
    if (this.freeList.length === 0) this.fillFreeList()
    const address = this.freeList.pop() as number
    this.setState(address, LIVE)
    this.liveObjects++
    return address
  }

  // fill_free_list: a new block; its objects linked so the last one is handed out first.
  private fillFreeList(): void {
    const block = this.malloc(OBJECT_BLOCK_SIZE)
    this.blocks.push(block)
    for (let i = 0; i < OBJECTS_PER_BLOCK; i++) {
      const address = block + OBJECT_BLOCK_HEADER + i * OBJECT_BLOCK_ITEM
      this.freeList.push(address)
      this.setState(address, FREE)
    }
  }

  private state(address: number): number {
    const k = liveKey(address)
    const page = this.page(k >>> LIVE_PAGE_BITS)
    return page === undefined ? 0 : page[k & LIVE_PAGE_MASK]
  }

  /** The page `p` of `live` (the last one looked up is kept: consecutive slots share a page). */
  private page(p: number): Uint8Array | undefined {
    if (p === this.lastPageKey) return this.lastPage
    const page = this.live.get(p)
    if (page !== undefined) {
      this.lastPageKey = p
      this.lastPage = page
    }
    return page
  }

  private setState(address: number, st: number): void {
    const k = liveKey(address)
    if (k !== Math.floor(k) || k < 0)
      throw new Error(`int/float slot not 8-aligned: 0x${address.toString(16)}`)
    let page = this.page(k >>> LIVE_PAGE_BITS)
    if (page === undefined) {
      page = new Uint8Array(1 << LIVE_PAGE_BITS)
      this.live.set(k >>> LIVE_PAGE_BITS, page)
    }
    page[k & LIVE_PAGE_MASK] = st
  }

  /** Give an object back: it becomes the head of the free list. */
  release(address: number): void {
    if (this.state(address) !== LIVE)
      throw new Error(`int/float free of unknown address 0x${address.toString(16)}`)
    this.setState(address, FREE)
    this.liveObjects--
    this.freeList.push(address)
  }

  /** PyInt_ClearFreeList / PyFloat_ClearFreeList: free blocks with no live object, rebuild the list. */
  clear(): number {
    const oldBlocks = this.blocks
    this.blocks = []
    this.freeList = []
    let freed = 0
    // Walk block_list from its head; a kept block is pushed onto the new list's head, which reverses the
    // list as CPython's loop does (both arrays store the head last).
    for (let j = oldBlocks.length - 1; j >= 0; j--) {
      const block = oldBlocks[j]
      const first = block + OBJECT_BLOCK_HEADER
      let anyLive = false
      for (let i = 0; i < OBJECTS_PER_BLOCK; i++)
        if (this.state(first + i * OBJECT_BLOCK_ITEM) === LIVE) {
          anyLive = true
          break
        }
      if (anyLive) {
        this.blocks.push(block)
        for (let i = 0; i < OBJECTS_PER_BLOCK; i++) {
          const a = first + i * OBJECT_BLOCK_ITEM
          if (this.state(a) !== LIVE) this.freeList.push(a)
        }
      } else {
        for (let i = 0; i < OBJECTS_PER_BLOCK; i++) this.setState(first + i * OBJECT_BLOCK_ITEM, 0)
        this.free(block)
        freed++
      }
    }
    return freed
  }

  /** Live objects. */
  liveCount(): number {
    return this.liveObjects
  }

  /** Block addresses in block_list order (from the head). */
  blockList(): number[] {
    return [...this.blocks].reverse()
  }
}

/** The live map's index for an object address (see IntFloatBlocks.live): object slots are 8-aligned. */
function liveKey(address: number): number {
  return (address - RAW_BASE) / 8
}

const LIVE = 2
const FREE = 1
/** Slots per page of IntFloatBlocks.live (4096: a page covers 32 KiB of addresses). */
const LIVE_PAGE_BITS = 12
const LIVE_PAGE_MASK = (1 << LIVE_PAGE_BITS) - 1
