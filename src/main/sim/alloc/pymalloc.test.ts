// Invariants of the arena/pool/block model (property-based), request routing per profile, and the
// id-reuse behaviours of shared/reference/cpython-memory.md §9 at the allocator level.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROFILES, type ProfileName } from '@shared/trace'
import { ALLOC_CONSTANTS, blockSizeOf } from './constants'
import { LayeredMemory } from './memory'
import { allocatorPanel, requestRoute } from './panel'
import { Pymalloc } from './pymalloc'

/** Check every structural invariant of a Pymalloc against the addresses the test believes are live. */
function checkInvariants(p: Pymalloc, live: Map<number, number>): void {
  const c = p.c
  const seen = new Map<number, string>()
  let pymallocLive = 0
  let poolsInUse = 0
  for (const arena of p.arenas()) {
    let empty = 0
    expect(arena.pools.length).toBeLessThanOrEqual(arena.ntotalpools)
    for (const pool of arena.pools) {
      if (pool.szidx < 0) continue
      const size = blockSizeOf(c, pool.szidx)
      const free = new Set(pool.freeblock)
      expect(free.size).toBe(pool.freeblock.length)
      // Every carved block is either in use or on the freelist; blocks past nextoffset are untouched.
      let carved = 0
      for (let off = c.poolOverhead; off < pool.nextoffset; off += size) {
        const a = pool.address + off
        carved++
        const place = free.has(a) ? 'free' : 'used'
        expect(seen.has(a)).toBe(false)
        seen.set(a, place)
        if (place === 'used') {
          expect(live.get(a)).toBeDefined()
          pymallocLive++
        } else expect(live.has(a)).toBe(false)
      }
      for (const a of pool.freeblock) expect(a - pool.address).toBeLessThan(pool.nextoffset)
      expect(pool.count).toBe(carved - pool.freeblock.length)
      expect(pool.nextoffset).toBeLessThanOrEqual(pool.maxnextoffset + size)
      // Pool states and where the pool is linked.
      if (pool.count === 0) {
        empty++
        expect(pool.onFreepools).toBe(true)
        expect(pool.inUsedpools).toBe(false)
      } else if (pool.freeblock.length === 0) {
        poolsInUse++
        expect(pool.inUsedpools).toBe(false)
        expect(pool.onFreepools).toBe(false)
      } else {
        poolsInUse++
        expect(pool.inUsedpools).toBe(true)
        expect(pool.onFreepools).toBe(false)
        expect(p.usedPoolList(pool.szidx)).toContain(pool)
      }
    }
    // nfreepools = empty carved pools + virgin pools.
    expect(arena.nfreepools).toBe(empty + arena.ntotalpools - arena.pools.length)
    // An arena whose pools are all free is only still mapped on 3.9+, as the last usable arena.
    if (arena.nfreepools === arena.ntotalpools) {
      expect(c.keepOneEmptyArena).toBe(true)
      const usable = p.usableArenaList()
      expect(usable[usable.length - 1]).toBe(arena)
    }
  }
  // usable_arenas: exactly the arenas with a free pool, sorted by nfreepools ascending.
  const usable = p.usableArenaList()
  expect(new Set(usable)).toEqual(new Set(p.arenas().filter((a) => a.nfreepools > 0)))
  for (let i = 1; i < usable.length; i++)
    expect(usable[i - 1].nfreepools).toBeLessThanOrEqual(usable[i].nfreepools)
  expect(p.poolsInUse()).toBe(poolsInUse)
  // Live addresses never overlap (pymalloc blocks and raw chunks alike).
  const spans = [...live.entries()].map(([a, n]) => [a, a + Math.max(1, n)]).sort((x, y) => x[0] - y[0])
  for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1])
  let rawLive = 0
  for (const a of live.keys()) if (p.raw.owns(a)) rawLive++
  expect(pymallocLive + rawLive).toBe(live.size)
}

type Op = { op: 'malloc'; n: number } | { op: 'free'; i: number } | { op: 'realloc'; i: number; n: number }

const sizeArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 16, 24, 48, 56, 64, 232, 280, 513, 1000) },
  { weight: 1, arbitrary: fc.integer({ min: 513, max: 4000 }) },
)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('malloc' as const), n: sizeArb }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('free' as const), i: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('realloc' as const), i: fc.nat(), n: sizeArb }) },
)

describe.each(PROFILES)('pymalloc invariants on %s', (profile: ProfileName) => {
  it('hold after every step of random malloc/free/realloc sequences', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
        const p = new Pymalloc(ALLOC_CONSTANTS[profile])
        const live = new Map<number, number>()
        const order: number[] = []
        for (const o of ops) {
          if (o.op === 'malloc') {
            const a = p.malloc(o.n)
            expect(live.has(a)).toBe(false)
            live.set(a, o.n)
            order.push(a)
          } else if (order.length > 0) {
            const idx = o.i % order.length
            const a = order[idx]
            if (o.op === 'free') {
              p.free(a)
              live.delete(a)
              order.splice(idx, 1)
            } else {
              live.delete(a)
              const b = p.realloc(a, o.n)
              expect(live.has(b)).toBe(false)
              live.set(b, o.n)
              order[idx] = b
            }
          }
          checkInvariants(p, live)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('releases an arena exactly when its last pool empties (keeping one on 3.9+)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 31 }),
        fc.nat(),
        (arenas, cls, seed) => {
          const c = ALLOC_CONSTANTS[profile]
          const p = new Pymalloc(c)
          const size = blockSizeOf(c, cls)
          const perArena = p.capacity(cls) * (c.arenaSize / c.poolSize)
          const addrs: number[] = []
          for (let i = 0; i < perArena * arenas; i++) addrs.push(p.malloc(size))
          const mapped = p.arenaCount()
          expect(mapped).toBeGreaterThanOrEqual(arenas)
          // Free in a seeded shuffled order; count unmaps against arenas that became wholly free.
          const shuffled = addrs
            .map((a, i) => [a, (i * 7919 + seed) % addrs.length] as const)
            .sort((x, y) => x[1] - y[1])
          for (const [a] of shuffled) {
            const before = p.arenaCount()
            const arena = p.arenas().find((ar) => a >= ar.address && a < ar.address + c.arenaSize)
            expect(arena).toBeDefined()
            p.free(a)
            const wholly = arena!.address !== 0 && arena!.nfreepools === arena!.ntotalpools
            const released = p.arenaCount() === before - 1
            if (released) expect(arena!.address).toBe(0)
            if (!c.keepOneEmptyArena) expect(released).toBe(arena!.address === 0)
            else if (wholly) expect(p.usableArenaList().at(-1)).toBe(arena)
          }
          expect(p.bytesInUse()).toBe(0)
          expect(p.arenaCount()).toBe(c.keepOneEmptyArena ? 1 : 0)
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('request routing per profile', () => {
  const requests = [1, 24, 256, 257, 512, 513]
  it.each(PROFILES)('%s: size class, block and pool of 1, 24, 256, 257, 512, 513 bytes', (profile) => {
    const mem = new LayeredMemory(profile)
    const routes = requests.map((n) => ({ n, ...requestRoute(mem, n) }))
    const pool = profile === '2.7' ? 4096 : 16384
    expect(routes).toEqual([
      { n: 1, route: 'pymalloc', sizeClass: 0, blockSize: 16, poolSize: pool },
      { n: 24, route: 'pymalloc', sizeClass: 1, blockSize: 32, poolSize: pool },
      { n: 256, route: 'pymalloc', sizeClass: 15, blockSize: 256, poolSize: pool },
      { n: 257, route: 'pymalloc', sizeClass: 16, blockSize: 272, poolSize: pool },
      { n: 512, route: 'pymalloc', sizeClass: 31, blockSize: 512, poolSize: pool },
      { n: 513, route: 'raw' },
    ])
    // And the allocator really does it: 513 bytes is a raw block, 512 a pymalloc block.
    const p = mem.pymalloc
    expect(p.ownsBlock(p.malloc(512))).toBe(true)
    const big = p.malloc(513)
    expect(p.ownsBlock(big)).toBe(false)
    expect(p.raw.owns(big)).toBe(true)
    expect(p.raw.owns(p.malloc(0))).toBe(true)
  })
})

describe.each(PROFILES)('id reuse at the allocator level on %s', (profile) => {
  it('a freed block goes to the next request of the same size class (id([]) == id([]))', () => {
    const mem = new LayeredMemory(profile)
    const a = mem.allocObject('other', 48)
    mem.freeObject('other', a, 48)
    expect(mem.allocObject('other', 40)).toBe(a) // 40 and 48 share the 48-byte class
  })
  it('consecutive fresh blocks of a pool are one block size apart', () => {
    const p = new Pymalloc(ALLOC_CONSTANTS[profile])
    const xs = [p.malloc(300), p.malloc(300), p.malloc(300)]
    expect(xs[1] - xs[0]).toBe(304)
    expect(xs[2] - xs[1]).toBe(304)
  })
  it('LIFO: the most recently freed block comes back first', () => {
    const p = new Pymalloc(ALLOC_CONSTANTS[profile])
    const [a, b, c] = [p.malloc(64), p.malloc(64), p.malloc(64)]
    p.free(a)
    p.free(c)
    expect(p.malloc(64)).toBe(c)
    expect(p.malloc(64)).toBe(a)
    expect(p.malloc(64)).not.toBe(b)
  })
  it('list, instance and 3-tuple deleted then recreated reuse the id; a new float reuses a dead float', () => {
    const mem = new LayeredMemory(profile)
    for (const [kind, n] of [
      ['list', profile === '2.7' ? 72 : 56],
      ['instance', profile === '2.7' ? 64 : 48],
      ['tuple:3', profile === '2.7' ? 80 : 64],
      ['float', 24],
    ] as const) {
      const a = mem.allocObject(kind, n)
      mem.freeObject(kind, a, n)
      expect(mem.allocObject(kind, n)).toBe(a)
    }
  })
  it('a free-list hit is reported (no GC allocation counted)', () => {
    const mem = new LayeredMemory(profile)
    const a = mem.allocObject('list', 56)
    expect(mem.lastFromFreeList).toBe(false)
    mem.freeObject('list', a, 56)
    mem.allocObject('list', 56)
    expect(mem.lastFromFreeList).toBe(true)
  })
  it('gc.collect() clears list free lists on 3.x but not on 2.7', () => {
    const mem = new LayeredMemory(profile)
    const a = mem.allocObject('list', 56)
    mem.freeObject('list', a, 56)
    mem.clearFreeListsForFullCollect()
    expect(mem.freeLists.size('list')).toBe(profile === '2.7' ? 1 : 0)
  })
})

describe('layout facts', () => {
  it('3.x arenas lose one pool to alignment (63 pools), 2.7 arenas have 64', () => {
    for (const profile of PROFILES) {
      const p = new Pymalloc(ALLOC_CONSTANTS[profile])
      p.malloc(16)
      expect(p.arenas()[0].ntotalpools).toBe(profile === '2.7' ? 64 : 63)
    }
  })
  it('2.7 floats come from 1000-byte raw blocks, 24 bytes apart, descending', () => {
    const mem = new LayeredMemory('2.7')
    const xs = [mem.allocObject('float', 24), mem.allocObject('float', 24)]
    expect(xs[0] - xs[1]).toBe(24)
    expect(mem.pymalloc.raw.blocks().some((b) => b.requested === 1000)).toBe(true)
  })
  it('the panel shows freed small objects staying with pymalloc, not the OS', () => {
    const mem = new LayeredMemory('3.12')
    const xs = Array.from({ length: 100 }, () => mem.allocObject('other', 48, 'C'))
    const before = allocatorPanel(mem).totals
    for (const a of xs) mem.freeObject('other', a, 48)
    const after = allocatorPanel(mem)
    expect(after.totals.bytesFromOs).toBe(before.bytesFromOs)
    expect(after.totals.pymallocBytesInUse).toBeLessThan(before.pymallocBytesInUse)
    expect(JSON.parse(JSON.stringify(after))).toEqual(after)
  })
})
