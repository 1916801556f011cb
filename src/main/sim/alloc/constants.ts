/*
 * The tunables of CPython's small-object allocator (pymalloc), per profile.
 *
 * CPython keeps these as C macros at the top of the pymalloc section of `Objects/obmalloc.c` (2.7, 3.10)
 * and, from 3.11, in `Include/internal/pycore_obmalloc.h`: ALIGNMENT, SMALL_REQUEST_THRESHOLD,
 * NB_SMALL_SIZE_CLASSES, POOL_SIZE (POOL_BITS), ARENA_SIZE (ARENA_BITS), POOL_OVERHEAD. The GC header
 * (`PyGC_Head`) lives in `Include/objimpl.h` (2.7) and `Include/internal/pycore_gc.h` (3.8+); the 3.12+
 * pre-header (managed `__dict__` and weakref pointers) in `Include/internal/pycore_object.h`.
 *
 * Every number below was checked on the four interpreters of the lab (x86-64, pymalloc on); see
 * shared/reference/cpython-memory.md §1.2 and §10 for the evidence (`sys._debugmallocstats()` on 3.x,
 * address spacing of same-sized objects on 2.7).
 *
 *   request n (1..512) --> size class (n - 1) >> 4 --> block of ((n - 1) >> 4) + 1) * 16 bytes
 *
 *   class  block   2.7 blocks/pool (4 KiB)   3.x blocks/pool (16 KiB)
 *     0      16          253                        1021
 *     1      32          126                         510
 *     ...
 *    31     512            7                          31
 *
 * History kept for the lab's notes: before 2.7.17 (bpo-27987 backport) ALIGNMENT was 8, and before 3.3
 * SMALL_REQUEST_THRESHOLD was 256. Course material that says "requests over 256 bytes get a 256 KB
 * block from malloc" mixes the old threshold with 2.7's arena size.
 *
 * Simplifications:
 * - 64-bit Linux builds only (ALIGNMENT 16, pointer size 8).
 * - Debug builds (PYMEM_DEBUG byte padding) and PYTHONMALLOC=malloc are not modelled.
 */

import type { ProfileName } from '@shared/trace'

/** The allocator constants of one profile. */
export interface AllocConstants {
  /** Block sizes are multiples of this (bytes). */
  alignment: number
  /** Requests of 1..this many bytes go to pymalloc; 0 and larger ones go to raw malloc. */
  smallRequestThreshold: number
  /** Number of size classes: smallRequestThreshold / alignment. */
  sizeClasses: number
  /** Bytes per pool (one size class per pool). */
  poolSize: number
  /** Bytes per arena (mapped from the OS in one piece). */
  arenaSize: number
  /** Pool header bytes before the first block. */
  poolOverhead: number
  /** 3.9+ (bpo-37257): a wholly free arena that is last in usable_arenas is kept, not unmapped. */
  keepOneEmptyArena: boolean
  /** 3.8+ keeps nfp2lasta[] so re-sorting usable_arenas is O(1); 2.7 walks the list. */
  nfp2lasta: boolean
  /** sizeof(PyGC_Head): bytes before a GC object's PyObject header. */
  gcHeaderSize: number
  /** 3.12+: managed `__dict__`/weakref pointers before the GC header (0 when the profile has none). */
  preHeaderSize: number
  /** True when PyMem_Malloc (list item arrays, dict tables) is served by pymalloc, false when by libc. */
  memDomainUsesPymalloc: boolean
  /** The historical threshold the course material quotes (older releases); for notes only. */
  historicalSmallRequestThreshold: number
}

const KiB = 1024
const MiB = 1024 * KiB

/** 3.12 and 3.13 share every allocator constant. */
const PY312: Readonly<AllocConstants> = {
  alignment: 16,
  smallRequestThreshold: 512,
  sizeClasses: 32,
  poolSize: 16 * KiB,
  arenaSize: 1 * MiB,
  poolOverhead: 48,
  keepOneEmptyArena: true,
  nfp2lasta: true,
  gcHeaderSize: 16,
  preHeaderSize: 16,
  memDomainUsesPymalloc: true,
  historicalSmallRequestThreshold: 256,
}

/** Allocator constants per profile (x86-64). */
export const ALLOC_CONSTANTS: Readonly<Record<ProfileName, Readonly<AllocConstants>>> = {
  '2.7': {
    alignment: 16, // 8 before 2.7.17; 2.7.18 spaces a 200-byte request 208 apart
    smallRequestThreshold: 512, // measured: 496-byte objects are spaced 496 apart (glibc would give 512)
    sizeClasses: 32,
    poolSize: 4 * KiB, // SYSTEM_PAGE_SIZE
    arenaSize: 256 * KiB,
    poolOverhead: 48,
    keepOneEmptyArena: false,
    nfp2lasta: false,
    gcHeaderSize: 32, // union padded to long double alignment
    preHeaderSize: 0,
    memDomainUsesPymalloc: false, // 2.7 PyMem_MALLOC is malloc
    historicalSmallRequestThreshold: 256,
  },
  '3.10': {
    alignment: 16,
    smallRequestThreshold: 512,
    sizeClasses: 32,
    poolSize: 16 * KiB, // USE_LARGE_POOLS (radix tree, bpo-37448): "N unused pools * 16384 bytes"
    arenaSize: 1 * MiB,
    poolOverhead: 48,
    keepOneEmptyArena: true,
    nfp2lasta: true,
    gcHeaderSize: 16,
    preHeaderSize: 0,
    memDomainUsesPymalloc: true,
    historicalSmallRequestThreshold: 256,
  },
  // 3.12 adds the pre-header that holds the managed __dict__ and weakref pointers (MANAGED_WEAKREF_OFFSET).
  '3.12': PY312,
  '3.13': PY312,
}

/** The size class of a request of `nbytes`, or null when pymalloc does not serve it (0 or > threshold). */
export function sizeClassOf(c: AllocConstants, nbytes: number): number | null {
  if (nbytes <= 0 || nbytes > c.smallRequestThreshold) return null
  return Math.floor((nbytes - 1) / c.alignment)
}

/** INDEX2SIZE: the block size of a size class. */
export function blockSizeOf(c: AllocConstants, sizeClass: number): number {
  return (sizeClass + 1) * c.alignment
}

/** How many blocks of a size class fit in one pool after its header. */
export function blocksPerPool(c: AllocConstants, sizeClass: number): number {
  return Math.floor((c.poolSize - c.poolOverhead) / blockSizeOf(c, sizeClass))
}
