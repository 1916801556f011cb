/*
 * Layers +2 and 0 of CPython's allocator: pymalloc's arenas, pools and blocks, and the arenas' mapping
 * from the OS.
 *
 * Where CPython does this: `Objects/obmalloc.c`.
 *   2.7:  `PyObject_Malloc`, `PyObject_Free`, `PyObject_Realloc`, `new_arena`.
 *   3.10, 3.12, 3.13: `pymalloc_alloc` -> `allocate_from_new_pool` / `pymalloc_pool_extend`,
 *         `pymalloc_free` -> `insert_to_usedpool` / `insert_to_freepool`, `pymalloc_realloc`,
 *         `new_arena`; from 3.12 the state lives in `_PyRuntime.obmalloc` (pycore_obmalloc.h).
 *
 * The picture (3.x numbers; 2.7: 4 KiB pools, 256 KiB arenas, 64 pools an arena):
 *
 *   arena (1 MiB, mmap'd)                         pool (16 KiB, one size class)
 *   +------+------+------+-- ... --+------+       +--------+-------+-------+-------+-- ... --+
 *   |excess| pool | pool |         | pool |       | header | block | block | block |  tail   |
 *   +------+------+------+-- ... --+------+       |  48 B  | used  | free  | used  | (never  |
 *    a non-pool-aligned arena loses one pool      +--------+-------+-------+-------+  used)  +
 *                                                   freeblock -> LIFO list of freed blocks
 *                                                   nextoffset / maxnextoffset bound the tail
 *
 * A block is always in exactly one place: in use, on its pool's freeblock list, or in the pool's
 * untouched tail (offset >= nextoffset). A pool is in exactly one state:
 *   used  - some blocks in use and at least one available; linked in usedpools[sizeClass];
 *   full  - every block in use; linked nowhere;
 *   empty - no block in use; on its arena's freepools list (it keeps its last size class and freelist).
 * Virgin pools (never carved) sit above `arena.poolAddress` and are counted in `nfreepools` too.
 *
 * Arenas with at least one free pool are on `usable_arenas`, sorted by ascending nfreepools so that
 * allocation concentrates in the busiest arena and nearly empty arenas can drain and be unmapped. 3.8+
 * keeps `nfp2lasta[n]`, the last arena with n free pools, so re-sorting after a free is O(1); 2.7 walks
 * right from the arena (Case 4 in its `PyObject_Free`), which we copy. An arena is returned to the OS
 * exactly when its last pool empties; 3.9+ (bpo-37257) keeps it instead when it is the last arena on
 * usable_arenas, so one empty arena stays mapped to avoid mmap/munmap thrashing.
 *
 * Observable consequence (shared/reference/cpython-memory.md §1.3, §9): a freed block goes to the head
 * of its pool's freelist, so the next request of the same size class gets the same address (`id()`
 * reuse); consecutive fresh blocks of a pool are one block size apart.
 *
 * Simulated addresses (model-only): arena object i lives at ARENA_TOP - (i + 1) * (arenaSize + 64 KiB)
 * + pageShift. On 3.x pageShift is 4 KiB, a page-aligned but not pool-aligned address as mmap gives, so
 * each arena loses one pool to alignment (63 usable pools, matching `_debugmallocstats`' "bytes lost to
 * arena alignment = 16,384 per arena"). On 2.7 pools are one page, so arenas are always pool-aligned
 * (64 pools). Arena objects are reused LIFO like CPython's `unused_arena_objects`, and a reused object
 * gets the same address (as a fresh mmap of the same size usually does).
 *
 * Simplifications:
 * - No radix tree / `address_in_range`: a Map from pool address to pool answers "is this ours".
 * - Requests pymalloc refuses go to ./raw.ts (a model of libc malloc), not to a real malloc.
 * - The arena-object table never shrinks and has no initial size of 16 (INITIAL_ARENA_OBJECTS).
 * - No thread state, no debug hooks, no `_Py_AllocatedBlocks` accounting.
 */

import { type AllocConstants, blockSizeOf, blocksPerPool, sizeClassOf } from './constants'
import { RawMalloc } from './raw'

/** Highest simulated arena address (model-only); arenas grow downwards from here like mmap's. */
export const ARENA_TOP = 0x7f3a00000000
/** Pool keys below this are kept in an array (pymalloc.poolByKey); the rest (none in practice) in a Map. */
const POOL_KEY_LIMIT = 1 << 20

/** One pool: a POOL_SIZE slice of an arena serving one size class. */
export interface Pool {
  /** Simulated address of the pool header (a multiple of POOL_SIZE). */
  readonly address: number
  readonly arena: Arena
  /** Size class last used; -1 (DUMMY_SIZE_IDX) until the pool is first initialised. */
  szidx: number
  /** Blocks in use (`ref.count`). */
  count: number
  /** The LIFO freeblock list; the head is the last element. */
  freeblock: number[]
  /** Offset of the next never-used block. */
  nextoffset: number
  /** Largest offset a block may start at. */
  maxnextoffset: number
  /** usedpools links (null when the pool is not on a usedpools list). */
  nextpool: Pool | null
  prevpool: Pool | null
  inUsedpools: boolean
  /** Next pool on the arena's freepools list. */
  nextFree: Pool | null
  onFreepools: boolean
}

/** One arena: ARENA_SIZE bytes mapped from the OS (an `arena_object` in CPython). */
export interface Arena {
  /** Index in the arena-object table. */
  readonly index: number
  /** Address of the mapping (0 when the arena object is unused). */
  address: number
  /** Address of the first usable pool. */
  firstPool: number
  /** Next virgin pool to carve. */
  poolAddress: number
  nfreepools: number
  ntotalpools: number
  freepools: Pool | null
  nextarena: Arena | null
  prevarena: Arena | null
  /** Pools carved so far, by address order. */
  pools: Pool[]
}

/** What a pymalloc or raw call did, for the panel and the tests. */
export type BlockOrigin = 'pymalloc' | 'raw'

/** The pymalloc model of one interpreter, with its raw-malloc fallback. */
export class Pymalloc {
  readonly c: AllocConstants
  readonly raw = new RawMalloc()
  /** usedpools[sizeClass]: head of the list of used pools of that class. */
  private readonly usedpools: (Pool | null)[]
  private usableArenas: Arena | null = null
  private readonly nfp2lasta: (Arena | null)[]
  private readonly allArenas: Arena[] = []
  private readonly unusedArenaObjects: Arena[] = []
  private readonly poolByAddress = new Map<number, Pool>()
  /** Pools by poolKey for the small keys of arena pools (an array read, not a hash lookup, on every free). */
  private readonly poolByKey: (Pool | undefined)[] = []
  private mappedArenas = 0
  private pymallocBytesInUse = 0
  private poolsInUseCount = 0
  /** Arena mappings and unmappings, in order (for the lab's "given back to the OS" moment). */
  readonly arenaEvents: { kind: 'mapped' | 'unmapped'; address: number }[] = []

  constructor(c: AllocConstants) {
    this.c = c
    this.usedpools = new Array<Pool | null>(c.sizeClasses).fill(null)
    this.nfp2lasta = new Array<Arena | null>(c.arenaSize / c.poolSize + 1).fill(null)
  }

  // ---- allocation -------------------------------------------------------------------------------

  /**
   * PyObject_Malloc(nbytes): a pymalloc block for 1..512 bytes, else a raw-malloc block.
   * After this, the returned address is in use and is nowhere else (not on any freelist or tail).
   */
  malloc(nbytes: number): number {
    const size = sizeClassOf(this.c, nbytes)
    if (size === null) return this.raw.malloc(nbytes)
    return this.pymallocAlloc(size)
  }

  private pymallocAlloc(size: number): number {
    const pool = this.usedpools[size]
    let bp: number
    if (pool !== null) {
      pool.count++
      bp = pool.freeblock.pop() as number
      if (pool.freeblock.length === 0) this.poolExtend(pool, size)
    } else {
      bp = this.allocateFromNewPool(size)
    }
    this.pymallocBytesInUse += blockSizeOf(this.c, size)
    return bp
  }

  // pymalloc_pool_extend: refill an emptied freelist from the tail, or unlink the now-full pool.
  private poolExtend(pool: Pool, size: number): void {
    if (pool.nextoffset <= pool.maxnextoffset) {
      pool.freeblock.push(pool.address + pool.nextoffset)
      pool.nextoffset += blockSizeOf(this.c, size)
      return
    }
    this.unlinkUsed(pool) // used -> full
  }

  // allocate_from_new_pool (3.x) / the "no used pool" branch of PyObject_Malloc (2.7).
  private allocateFromNewPool(size: number): number {
    if (this.usableArenas === null) {
      const fresh = this.newArena()
      fresh.nextarena = fresh.prevarena = null
      this.usableArenas = fresh
      if (this.c.nfp2lasta) this.nfp2lasta[fresh.nfreepools] = fresh
    }
    const ua = this.usableArenas
    if (this.c.nfp2lasta) {
      if (this.nfp2lasta[ua.nfreepools] === ua) this.nfp2lasta[ua.nfreepools] = null
      if (ua.nfreepools > 1) this.nfp2lasta[ua.nfreepools - 1] = ua
    }
    let pool = ua.freepools
    if (pool !== null) {
      ua.freepools = pool.nextFree
      pool.nextFree = null
      pool.onFreepools = false
    } else {
      pool = this.carvePool(ua)
    }
    ua.nfreepools--
    if (ua.nfreepools === 0) {
      // Wholly allocated: remove from usable_arenas.
      this.usableArenas = ua.nextarena
      if (this.usableArenas !== null) this.usableArenas.prevarena = null
      ua.nextarena = ua.prevarena = null
    }
    // Link the pool into usedpools (the list is empty here) and hand out its first available block.
    this.linkUsedFront(pool, size)
    this.poolsInUseCount++
    pool.count = 1
    if (pool.szidx === size) {
      // This pool last held the same size class: its freelist and tail are still valid.
      const bp = pool.freeblock.pop() as number
      if (pool.freeblock.length === 0) this.poolExtend(pool, size)
      return bp
    }
    const blockSize = blockSizeOf(this.c, size)
    pool.szidx = size
    pool.freeblock = [pool.address + this.c.poolOverhead + blockSize]
    pool.nextoffset = this.c.poolOverhead + 2 * blockSize
    pool.maxnextoffset = this.c.poolSize - blockSize
    return pool.address + this.c.poolOverhead
  }

  private carvePool(arena: Arena): Pool {
    const pool: Pool = {
      address: arena.poolAddress,
      arena,
      szidx: -1,
      count: 0,
      freeblock: [],
      nextoffset: 0,
      maxnextoffset: 0,
      nextpool: null,
      prevpool: null,
      inUsedpools: false,
      nextFree: null,
      onFreepools: false,
    }
    arena.poolAddress += this.c.poolSize
    arena.pools.push(pool)
    const key = this.poolKey(pool.address)
    if (key >= 0 && key < POOL_KEY_LIMIT) {
      while (this.poolByKey.length < key) this.poolByKey.push(undefined)
      this.poolByKey[key] = pool
    } else this.poolByAddress.set(key, pool)
    return pool
  }

  // new_arena: take an unused arena object (LIFO) or a fresh one, and map ARENA_SIZE bytes for it.
  private newArena(): Arena {
    let arena = this.unusedArenaObjects.pop()
    if (arena === undefined) {
      arena = {
        index: this.allArenas.length,
        address: 0,
        firstPool: 0,
        poolAddress: 0,
        nfreepools: 0,
        ntotalpools: 0,
        freepools: null,
        nextarena: null,
        prevarena: null,
        pools: [],
      }
      this.allArenas.push(arena)
    }
    const pageShift = this.c.poolSize > 4096 ? 4096 : 0
    const address = ARENA_TOP - (arena.index + 1) * (this.c.arenaSize + 65536) + pageShift
    arena.address = address
    arena.nfreepools = this.c.arenaSize / this.c.poolSize
    arena.poolAddress = address
    const excess = address % this.c.poolSize
    if (excess !== 0) {
      arena.nfreepools--
      arena.poolAddress += this.c.poolSize - excess
    }
    arena.firstPool = arena.poolAddress
    arena.ntotalpools = arena.nfreepools
    arena.freepools = null
    arena.pools = []
    this.mappedArenas++
    this.arenaEvents.push({ kind: 'mapped', address })
    return arena
  }

  // ---- free -------------------------------------------------------------------------------------

  /** True when `address` is a block pymalloc handed out (CPython's address_in_range). */
  ownsBlock(address: number): boolean {
    const pool = this.poolOf(address)
    return pool !== undefined && pool.szidx >= 0
  }

  private poolOf(address: number): Pool | undefined {
    const key = this.poolKey(Math.floor(address / this.c.poolSize) * this.c.poolSize)
    if (key >= 0 && key < this.poolByKey.length) return this.poolByKey[key]
    return this.poolByAddress.get(key)
  }

  /**
   * The key of the pool starting at `poolAddress` in poolByAddress: its distance below ARENA_TOP in pools.
   * Arena pools get small integers, which V8 keeps unboxed (raw addresses are above 2^31 and would be
   * boxed as heap numbers on every lookup, i.e. on every free).
   */
  private poolKey(poolAddress: number): number {
    return (ARENA_TOP - poolAddress) / this.c.poolSize
  }

  /**
   * PyObject_Free(address). After this the block is the head of its pool's freelist (pymalloc) or
   * back with raw malloc; a pool may have moved full -> used or used -> empty, and an arena may be unmapped.
   */
  free(address: number): void {
    const pool = this.poolOf(address)
    if (pool === undefined) {
      this.raw.free_(address)
      return
    }
    const wasFull = pool.freeblock.length === 0
    pool.freeblock.push(address)
    pool.count--
    this.pymallocBytesInUse -= blockSizeOf(this.c, pool.szidx)
    if (wasFull) {
      // full -> used: back at the front of usedpools (insert_to_usedpool).
      this.linkUsedFront(pool, pool.szidx)
      return
    }
    if (pool.count !== 0) return
    // used -> empty (insert_to_freepool).
    this.unlinkUsed(pool)
    this.poolsInUseCount--
    this.insertToFreepool(pool)
  }

  private insertToFreepool(pool: Pool): void {
    const ao = pool.arena
    pool.nextFree = ao.freepools
    ao.freepools = pool
    pool.onFreepools = true
    let nf = ao.nfreepools
    const lastnf = this.c.nfp2lasta ? this.nfp2lasta[nf] : null
    if (this.c.nfp2lasta && lastnf === ao) {
      const p = ao.prevarena
      this.nfp2lasta[nf] = p !== null && p.nfreepools === nf ? p : null
    }
    ao.nfreepools = ++nf

    // Case 1: every pool is free: give the arena back to the OS (3.9+: unless it is the last usable arena).
    if (nf === ao.ntotalpools && (!this.c.keepOneEmptyArena || ao.nextarena !== null)) {
      this.unlinkArena(ao)
      this.releaseArena(ao)
      return
    }
    // Case 2: the arena had no free pool, so it was not on usable_arenas: put it at the head.
    if (nf === 1) {
      ao.nextarena = this.usableArenas
      ao.prevarena = null
      if (this.usableArenas !== null) this.usableArenas.prevarena = ao
      this.usableArenas = ao
      if (this.c.nfp2lasta && this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao
      return
    }
    if (this.c.nfp2lasta) {
      // 3.8+: nfp2lasta tells where the arena belongs in O(1).
      if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao
      if (ao === lastnf) return // it was the rightmost of its old count: still sorted
      const after = lastnf as Arena
      this.unlinkArena(ao)
      ao.prevarena = after
      ao.nextarena = after.nextarena
      if (after.nextarena !== null) after.nextarena.prevarena = ao
      after.nextarena = ao
      return
    }
    // 2.7 Case 3: still in order.
    if (ao.nextarena === null || nf <= ao.nextarena.nfreepools) return
    // 2.7 Case 4: move right past every arena with fewer free pools (a walk over arenas, not pools).
    let after = ao.nextarena
    this.unlinkArena(ao)
    while (after.nextarena !== null && nf > after.nextarena.nfreepools) after = after.nextarena
    ao.prevarena = after
    ao.nextarena = after.nextarena
    if (after.nextarena !== null) after.nextarena.prevarena = ao
    after.nextarena = ao
  }

  // Remove an arena from usable_arenas (it must be on it).
  private unlinkArena(ao: Arena): void {
    if (ao.prevarena === null) this.usableArenas = ao.nextarena
    else ao.prevarena.nextarena = ao.nextarena
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao.prevarena
    ao.nextarena = ao.prevarena = null
  }

  private releaseArena(ao: Arena): void {
    // Its nfp2lasta entry was already moved off it above (the arena was the rightmost of its count).
    if (this.c.nfp2lasta) {
      for (let n = 0; n < this.nfp2lasta.length; n++) if (this.nfp2lasta[n] === ao) this.nfp2lasta[n] = null
    }
    for (const pool of ao.pools) {
      const key = this.poolKey(pool.address)
      if (key >= 0 && key < this.poolByKey.length) this.poolByKey[key] = undefined
      else this.poolByAddress.delete(key)
    }
    this.arenaEvents.push({ kind: 'unmapped', address: ao.address })
    ao.address = 0
    ao.pools = []
    ao.freepools = null
    ao.nfreepools = 0
    this.mappedArenas--
    this.unusedArenaObjects.push(ao)
  }

  private linkUsedFront(pool: Pool, size: number): void {
    const head = this.usedpools[size]
    pool.prevpool = null
    pool.nextpool = head
    if (head !== null) head.prevpool = pool
    this.usedpools[size] = pool
    pool.inUsedpools = true
  }

  private unlinkUsed(pool: Pool): void {
    if (pool.prevpool === null) this.usedpools[pool.szidx] = pool.nextpool
    else pool.prevpool.nextpool = pool.nextpool
    if (pool.nextpool !== null) pool.nextpool.prevpool = pool.prevpool
    pool.nextpool = pool.prevpool = null
    pool.inUsedpools = false
  }

  // ---- realloc ----------------------------------------------------------------------------------

  /**
   * PyObject_Realloc(address, nbytes). A pymalloc block stays put when the new size fits its class and
   * is more than 3/4 of it; otherwise a new block is taken (pymalloc or raw) and the old one freed. A raw
   * block stays with raw malloc even when it shrinks below the threshold (CPython "punts": it cannot know
   * how many bytes of a foreign block are valid to copy). realloc(null, n) is malloc(n).
   */
  realloc(address: number | null, nbytes: number): number {
    if (address === null) return this.malloc(nbytes)
    const pool = this.poolOf(address)
    if (pool === undefined) return this.raw.realloc(address, nbytes)
    const size = blockSizeOf(this.c, pool.szidx)
    if (nbytes <= size && 4 * nbytes > 3 * size) return address
    const moved = this.malloc(nbytes)
    this.free(address)
    return moved
  }

  // ---- queries ----------------------------------------------------------------------------------

  /** Block size of the pymalloc block at `address`, or null when it is not a pymalloc block. */
  blockSizeAt(address: number): number | null {
    const pool = this.poolOf(address)
    return pool === undefined ? null : blockSizeOf(this.c, pool.szidx)
  }

  /** Size class of the pymalloc block at `address`, or null. */
  sizeClassAt(address: number): number | null {
    const pool = this.poolOf(address)
    return pool === undefined ? null : pool.szidx
  }

  /** Arenas currently mapped, in arena-object order. */
  arenas(): Arena[] {
    return this.allArenas.filter((a) => a.address !== 0)
  }

  /** The usable_arenas list, head first. */
  usableArenaList(): Arena[] {
    const out: Arena[] = []
    for (let a = this.usableArenas; a !== null; a = a.nextarena) out.push(a)
    return out
  }

  /** The usedpools list of one size class, head first. */
  usedPoolList(sizeClass: number): Pool[] {
    const out: Pool[] = []
    for (let p = this.usedpools[sizeClass]; p !== null; p = p.nextpool) out.push(p)
    return out
  }

  /** Number of mapped arenas. */
  arenaCount(): number {
    return this.mappedArenas
  }

  /** Pools that hold at least one block in use (used + full). */
  poolsInUse(): number {
    return this.poolsInUseCount
  }

  /** Bytes of pymalloc blocks in use (block sizes, not request sizes). */
  bytesInUse(): number {
    return this.pymallocBytesInUse
  }

  /** Bytes of arenas mapped from the OS. */
  bytesFromOs(): number {
    return this.mappedArenas * this.c.arenaSize
  }

  /** Blocks a pool of this class holds (constant per class). */
  capacity(sizeClass: number): number {
    return blocksPerPool(this.c, sizeClass)
  }
}
