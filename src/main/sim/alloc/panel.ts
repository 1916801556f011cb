/*
 * The allocator panel's view of memory: arenas -> pools -> blocks, per-size-class counts and totals, as
 * plain JSON. It reads the model of ./pymalloc.ts and ./raw.ts; `sys._debugmallocstats()` (3.x,
 * Objects/obmalloc.c `_PyObject_DebugMallocStats`) prints the same per-class table, which is where the
 * column names come from.
 *
 * The totals make the course's point visible: after small objects die, `bytesInUse` drops but
 * `bytesFromOs` does not, because freed blocks go back to their pools, not to the OS; only an arena
 * whose pools are all empty is unmapped.
 *
 * Simplifications:
 * - Walks every carved block of every pool: O(blocks), meant for a panel refresh, not the hot path.
 */

import { blockSizeOf } from './constants'
import type { LayeredMemory } from './memory'
import type { Pool } from './pymalloc'

/** One block of a pool. */
export interface BlockView {
  address: number
  state: 'used' | 'free'
  /** Owner tag supplied by the object model, when known. */
  owner: string | null
}

/** One pool of an arena. */
export interface PoolView {
  address: number
  /** Size class, or null when the pool was never initialised. */
  sizeClass: number | null
  blockSize: number | null
  state: 'used' | 'full' | 'empty'
  blocksInUse: number
  /** Blocks on the LIFO freelist, head first. */
  freelist: number[]
  /** Blocks never handed out (the tail above nextoffset). */
  untouched: number
  /** Carved blocks (used or on the freelist), in address order. */
  blocks: BlockView[]
}

export interface ArenaView {
  index: number
  address: number
  /** Usable pools (63 or 64). */
  totalPools: number
  freePools: number
  /** Pools never carved. */
  virginPools: number
  pools: PoolView[]
}

export interface SizeClassView {
  sizeClass: number
  blockSize: number
  pools: number
  blocksInUse: number
  freeBlocks: number
}

export interface RawBlockView {
  address: number
  requested: number
  chunkSize: number
  owner: string | null
}

export interface AllocatorPanelView {
  arenas: ArenaView[]
  sizeClasses: SizeClassView[]
  raw: RawBlockView[]
  totals: {
    arenas: number
    /** Arenas mapped (ARENA_SIZE each) plus the raw heap. */
    bytesFromOs: number
    /** Block sizes of pymalloc blocks in use plus raw chunks in use. */
    bytesInUse: number
    pymallocBytesFromOs: number
    pymallocBytesInUse: number
    rawBytesInUse: number
  }
  /** Objects waiting on free lists, by kind. */
  freeLists: Record<string, number[]>
}

function poolView(mem: LayeredMemory, pool: Pool): PoolView {
  const c = mem.pymalloc.c
  if (pool.szidx < 0) {
    return {
      address: pool.address,
      sizeClass: null,
      blockSize: null,
      state: 'empty',
      blocksInUse: 0,
      freelist: [],
      untouched: 0,
      blocks: [],
    }
  }
  const size = blockSizeOf(c, pool.szidx)
  const free = new Set(pool.freeblock)
  const blocks: BlockView[] = []
  for (let off = c.poolOverhead; off < pool.nextoffset; off += size) {
    const address = pool.address + off
    const used = !free.has(address)
    blocks.push({
      address,
      state: used ? 'used' : 'free',
      owner: used ? (mem.ownerOf(address) ?? null) : null,
    })
  }
  const untouched =
    pool.nextoffset <= pool.maxnextoffset ? Math.floor((pool.maxnextoffset - pool.nextoffset) / size) + 1 : 0
  const state = pool.count === 0 ? 'empty' : pool.freeblock.length === 0 ? 'full' : 'used'
  return {
    address: pool.address,
    sizeClass: pool.szidx,
    blockSize: size,
    state,
    blocksInUse: pool.count,
    freelist: [...pool.freeblock].reverse(),
    untouched,
    blocks,
  }
}

/** The whole panel view (JSON-safe). */
export function allocatorPanel(mem: LayeredMemory): AllocatorPanelView {
  const p = mem.pymalloc
  const c = p.c
  const classes: SizeClassView[] = []
  for (let i = 0; i < c.sizeClasses; i++)
    classes.push({ sizeClass: i, blockSize: blockSizeOf(c, i), pools: 0, blocksInUse: 0, freeBlocks: 0 })
  const arenas: ArenaView[] = p.arenas().map((a) => {
    const pools = a.pools.map((pool) => poolView(mem, pool))
    for (const pv of pools) {
      if (pv.sizeClass === null || pv.state === 'empty') continue
      const row = classes[pv.sizeClass]
      row.pools++
      row.blocksInUse += pv.blocksInUse
      row.freeBlocks += p.capacity(pv.sizeClass) - pv.blocksInUse
    }
    return {
      index: a.index,
      address: a.address,
      totalPools: a.ntotalpools,
      freePools: a.nfreepools,
      virginPools: a.ntotalpools - a.pools.length,
      pools,
    }
  })
  const raw = p.raw.blocks().map((b) => ({ ...b, owner: mem.ownerOf(b.address) ?? null }))
  return {
    arenas,
    sizeClasses: classes.filter((r) => r.pools > 0),
    raw,
    totals: {
      arenas: p.arenaCount(),
      bytesFromOs: p.bytesFromOs() + p.raw.bytesFromOs(),
      bytesInUse: p.bytesInUse() + p.raw.bytesInUse(),
      pymallocBytesFromOs: p.bytesFromOs(),
      pymallocBytesInUse: p.bytesInUse(),
      rawBytesInUse: p.raw.bytesInUse(),
    },
    freeLists: mem.freeLists.view(),
  }
}

/** Where a request of `nbytes` goes in a profile: its size class and pool size, or raw malloc. */
export function requestRoute(
  mem: LayeredMemory,
  nbytes: number,
): { route: 'pymalloc'; sizeClass: number; blockSize: number; poolSize: number } | { route: 'raw' } {
  const c = mem.pymalloc.c
  if (nbytes <= 0 || nbytes > c.smallRequestThreshold) return { route: 'raw' }
  const sizeClass = Math.floor((nbytes - 1) / c.alignment)
  return { route: 'pymalloc', sizeClass, blockSize: blockSizeOf(c, sizeClass), poolSize: c.poolSize }
}
