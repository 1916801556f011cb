/**
 * The allocator panel's data for a trace step (`AllocatorDetailView` of src/shared/trace.ts): every
 * arena pymalloc holds, each pool in it with its size class, state and blocks in use, and the
 * size-class table, read from the pymalloc model (alloc/pymalloc.ts) the way
 * `sys._debugmallocstats()` (Objects/obmalloc.c `_PyObject_DebugMallocStats`) walks `arenas[]`.
 *
 * Pool states are obmalloc.c's: `used` (some blocks in use, on `usedpools[]`), `full` (no free
 * block), `empty` (on the arena's free-pool list, ready for any size class).
 *
 * Simplifications:
 * - Counts only, no block-by-block owners (alloc/panel.ts has those): this runs at every step whose
 *   allocator totals changed, so it costs one pass over the pools, not over the blocks.
 * - Raw-malloc (> 512 bytes) chunks are not listed; the summary's byte totals include them.
 */
import type { AllocatorDetailView, PoolDetailView, SizeClassDetailView } from '@shared/trace'
import type { MemoryManager } from '../objects/memory'
import { blockSizeOf } from '../alloc/constants'
import { LayeredMemory } from '../alloc/memory'

/** The pools of `mem` as the allocator panel shows them, or undefined when it models no pymalloc. */
export function allocatorDetail(mem: MemoryManager): AllocatorDetailView | undefined {
  if (!(mem instanceof LayeredMemory)) return undefined
  const p = mem.pymalloc
  const rows = new Map<number, SizeClassDetailView>()
  const arenas = p.arenas().map((a) => ({
    address: a.address,
    pools: a.pools.map((pool, index): PoolDetailView => {
      const total = pool.szidx < 0 ? 0 : p.capacity(pool.szidx)
      const state = pool.count === 0 ? 'empty' : pool.count >= total ? 'full' : 'used'
      if (state !== 'empty') {
        let row = rows.get(pool.szidx)
        if (row === undefined) {
          row = {
            index: pool.szidx,
            blockSize: blockSizeOf(p.c, pool.szidx),
            pools: 0,
            blocksInUse: 0,
            freeBlocks: 0,
          }
          rows.set(pool.szidx, row)
        }
        row.pools++
        row.blocksInUse += pool.count
        row.freeBlocks += total - pool.count
      }
      return {
        index,
        sizeClass: Math.max(0, pool.szidx),
        state,
        blocksInUse: pool.count,
        blocksTotal: total,
      }
    }),
  }))
  return { arenas, sizeClasses: [...rows.values()].sort((x, y) => x.index - y.index) }
}
