/*
 * The allocator as the object model sees it: one object per interpreter that hands out the memory of
 * every simulated object, so `id()` (the address) behaves like CPython's.
 *
 * The path of a request, top to bottom (the layers of Objects/obmalloc.c's diagram):
 *   +3  free lists (./freelists.ts): a dead float/tuple/list/dict's memory, reused LIFO;
 *       2.7 int and float block allocators.
 *   +2  pymalloc (./pymalloc.ts): 1..512-byte requests, blocks in pools in arenas.
 *    0  raw malloc (./raw.ts): 0 and > 512 bytes; on 2.7 also every PyMem_Malloc (list items, dict tables).
 *
 * `allocObject` is PyObject_Malloc / PyObject_GC_New behind a type's free list; `mallocMem`,
 * `reallocMem`, `freeMem` are the PyMem_* (MEM domain) calls used for list item arrays, dict keys and set
 * tables: pymalloc on 3.x (since 3.6), libc malloc on 2.7 (Include/pymem.h 2.7).
 *
 * Whether the last allocObject came from a free list is kept in `lastFromFreeList`: CPython's gen-0 GC
 * count only moves for allocations that really call the GC allocator.
 *
 * Simplifications:
 * - The caller supplies sizes (./sizes.ts has them); this module does not know types.
 * - Addresses are block addresses; CPython's id() of a GC object is 16 (3.x) or 32 (2.7) bytes further on,
 *   plus 16 on 3.12+ for the pre-header. Equality and reuse, which the lab shows, are unaffected.
 */

import type { ProfileName } from '@shared/trace'
import type { MemoryManager } from '../objects/memory'
import { ALLOC_CONSTANTS } from './constants'
import { FreeLists, IntFloatBlocks, usesObjectBlocks } from './freelists'
import { Pymalloc } from './pymalloc'

/** Who owns a block, for the allocator panel (a type name, an object handle, "list items", …). */
export type OwnerTag = string

/** The allocator of one simulated interpreter. Implements the object model's MemoryManager. */
export class LayeredMemory implements MemoryManager {
  readonly pymalloc: Pymalloc
  readonly freeLists: FreeLists
  /** 2.7 int and float block allocators (null on 3.x). */
  readonly intBlocks: IntFloatBlocks | null
  readonly floatBlocks: IntFloatBlocks | null
  /** True when the last allocObject reused a free-list entry (no GC allocation counted). */
  lastFromFreeList = false
  /** True when the last freeObject kept the memory on a free list (no GC deallocation counted). */
  lastToFreeList = false
  private readonly owners = new Map<number, OwnerTag>()
  /** Blocks standing for the interpreter's start-up objects (see createMemory). */
  private readonly startup = new Set<number>()
  /** True once a block was tagged: only then do allocations and frees keep the owner map current. */
  private tagging = false
  private objectBytes = 0

  constructor(readonly profile: ProfileName) {
    this.pymalloc = new Pymalloc(ALLOC_CONSTANTS[profile])
    this.freeLists = new FreeLists(profile)
    if (profile === '2.7') {
      const raw = this.pymalloc.raw
      this.intBlocks = new IntFloatBlocks(
        (n) => raw.malloc(n),
        (a) => raw.free_(a),
      )
      this.floatBlocks = new IntFloatBlocks(
        (n) => raw.malloc(n),
        (a) => raw.free_(a),
      )
      // _PyInt_Init: the 262 cached small ints come from the int blocks first.
      for (let i = 0; i < 262; i++) this.intBlocks.alloc()
    } else {
      this.intBlocks = this.floatBlocks = null
    }
  }

  /**
   * Memory for a new object of `nbytes` (GC header included) whose free-list key is `kind`
   * ('float', 'int', 'tuple:N', 'list', 'dict', 'set', 'frame', 'method', or anything else for none).
   */
  allocObject(kind: string, nbytes: number, owner?: OwnerTag): number {
    let address: number
    if (kind === 'other') {
      // No free list: straight to pymalloc (the common case, kept short).
      this.lastFromFreeList = false
      this.objectBytes += nbytes
      address = this.pymalloc.malloc(nbytes)
      if (owner !== undefined) this.setOwner(address, owner)
      return address
    }
    const blocks = this.objectBlocks(kind)
    if (blocks !== null) {
      address = blocks.alloc()
      this.lastFromFreeList = true
    } else {
      const reused = this.freeLists.pop(kind)
      this.lastFromFreeList = reused !== null
      address = reused ?? this.pymalloc.malloc(nbytes)
    }
    this.objectBytes += nbytes
    if (owner !== undefined) this.setOwner(address, owner)
    return address
  }

  /** Give a dead object's memory back: to its free list when it has room, else to pymalloc. */
  freeObject(kind: string, address: number, nbytes: number): void {
    this.objectBytes -= nbytes
    if (this.tagging) this.owners.delete(address)
    if (kind === 'other') {
      this.lastToFreeList = false
      this.pymalloc.free(address)
      return
    }
    const blocks = this.objectBlocks(kind)
    if (blocks !== null) {
      blocks.release(address)
      this.lastToFreeList = true
      return
    }
    if (this.freeLists.push(kind, address)) {
      if (this.tagging) this.owners.set(address, `free list: ${kind}`)
      this.lastToFreeList = true
      return
    }
    this.lastToFreeList = false
    this.pymalloc.free(address)
  }

  private objectBlocks(kind: string): IntFloatBlocks | null {
    if (!usesObjectBlocks(this.profile, kind)) return null
    return kind === 'int' ? this.intBlocks : this.floatBlocks
  }

  /** PyMem_Malloc: pymalloc on 3.x, libc malloc on 2.7. */
  mallocMem(nbytes: number, owner?: OwnerTag): number {
    const address = ALLOC_CONSTANTS[this.profile].memDomainUsesPymalloc
      ? this.pymalloc.malloc(nbytes)
      : this.pymalloc.raw.malloc(nbytes)
    if (owner !== undefined) this.setOwner(address, owner)
    return address
  }

  /** PyMem_Realloc (null address: malloc). Returns the possibly new address. */
  reallocMem(address: number | null, nbytes: number, owner?: OwnerTag): number {
    const tag = owner ?? (address === null || !this.tagging ? undefined : this.owners.get(address))
    if (address !== null && this.tagging) this.owners.delete(address)
    let moved: number
    if (ALLOC_CONSTANTS[this.profile].memDomainUsesPymalloc) moved = this.pymalloc.realloc(address, nbytes)
    else
      moved = address === null ? this.pymalloc.raw.malloc(nbytes) : this.pymalloc.raw.realloc(address, nbytes)
    if (tag !== undefined) this.owners.set(moved, tag)
    return moved
  }

  /** PyMem_Free. */
  freeMem(address: number): void {
    if (this.tagging) this.owners.delete(address)
    if (ALLOC_CONSTANTS[this.profile].memDomainUsesPymalloc) this.pymalloc.free(address)
    else this.pymalloc.raw.free_(address)
  }

  /** Tag the block at `address` for the panel (e.g. with the object's handle once it exists). */
  setOwner(address: number, owner: OwnerTag): void {
    this.tagging = true
    this.owners.set(address, owner)
  }

  /** Entries on `kind`'s free list, and its limit (undefined: the type has no free list here). */
  freeListLength(kind: string): number {
    return this.freeLists.size(kind)
  }
  freeListLimit(kind: string): number | undefined {
    return this.freeLists.spec(kind)?.max
  }

  /** The interpreter itself takes the newest entry of `kind`'s free list (false when it is empty). */
  takeFreeListEntry(kind: string): boolean {
    const address = this.freeLists.pop(kind)
    if (address === null) return false
    if (this.tagging) this.owners.delete(address)
    this.markStartup(address)
    return true
  }

  /**
   * The interpreter itself frees an object of `kind` whose block is `nbytes` (gc/compiler-allocations.ts):
   * the block goes on the free list when that has room (true), else back to pymalloc, which here means
   * nothing is recorded (false).
   */
  giveFreeListEntry(kind: string, nbytes: number): boolean {
    const spec = this.freeLists.spec(kind)
    if (spec === undefined || this.freeLists.size(kind) >= spec.max) return false
    const address = this.pymalloc.malloc(nbytes)
    this.markStartup(address)
    return this.freeLists.push(kind, address)
  }

  /** Mark a block as one of the interpreter's start-up objects (kept for the whole run). */
  markStartup(address: number): void {
    this.startup.add(address)
  }

  /** The owner tag of a block, if any. */
  ownerOf(address: number): OwnerTag | undefined {
    return this.owners.get(address) ?? (this.startup.has(address) ? STARTUP_OWNER : undefined)
  }

  /**
   * What gc.collect() of the oldest generation does to free lists in this profile: empties the lists it
   * clears (their memory goes back to pymalloc) and, on 2.7, frees int/float blocks with no live object.
   */
  clearFreeListsForFullCollect(): void {
    for (const { address } of this.freeLists.clearForFullCollect()) {
      this.owners.delete(address)
      this.pymalloc.free(address)
    }
    this.intBlocks?.clear()
    this.floatBlocks?.clear()
  }

  /** Bytes of live objects as the object model sized them (the memory cap). */
  bytesInUse(): number {
    return this.objectBytes
  }

  /** Totals for the trace's AllocatorSummaryView. */
  summary(): { arenas: number; poolsInUse: number; bytesFromOs: number; bytesInUse: number } {
    const p = this.pymalloc
    return {
      arenas: p.arenaCount(),
      poolsInUse: p.poolsInUse(),
      bytesFromOs: p.bytesFromOs() + p.raw.bytesFromOs(),
      bytesInUse: p.bytesInUse() + p.raw.bytesInUse(),
    }
  }
}

/** Owner tag of the blocks that stand for the interpreter's own start-up objects. */
export const STARTUP_OWNER = 'interpreter start-up'

/**
 * A MemoryManager for a profile: the layered CPython model, as a program finds it when it starts.
 *
 * By the time the first line of a program runs, CPython has made thousands of objects (modules, code
 * objects, type dicts, interned names) and every size class has a pool in use. So a program's freed
 * block stays in a used pool and the next request of that class gets it back, while a request of
 * another class goes to that class's own pool. A fresh model with no start-up objects would instead
 * empty a pool on the first free and hand the same address to the next request of *any* class (an
 * empty pool is re-initialised for whatever size asks next), which CPython programs never see. One
 * block per size class, kept for the whole run, stands in for those start-up objects.
 */
export function createMemory(profile: ProfileName): LayeredMemory {
  const mem = new LayeredMemory(profile)
  const c = ALLOC_CONSTANTS[profile]
  for (let i = 0; i < c.sizeClasses; i++) mem.markStartup(mem.pymalloc.malloc((i + 1) * c.alignment))
  return mem
}
