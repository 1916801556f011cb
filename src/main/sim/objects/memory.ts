/**
 * Where objects get their addresses. CPython asks its object allocator (`PyObject_Malloc`, pymalloc in
 * `Objects/obmalloc.c`) or a type's free list for the memory of every object, and `id()` is that
 * address. The object model does the same through this interface: `allocObject(kind, nbytes)` for an
 * object (behind the free list `kind` names), `mallocMem`/`reallocMem`/`freeMem` for the buffers some
 * objects keep apart from themselves (a list's `ob_item`, a dict's keys object, a set's table). The
 * implementation is the layered allocator of src/main/sim/alloc/ (`createMemory(profile)`), installed
 * by the Runtime before bootstrap.
 *
 * Two flags carry what CPython's GC counter needs: an object taken from a free list was never given to
 * `_PyObject_GC_Alloc`, so generation 0's count does not move (`lastFromFreeList`), and an object put
 * back on a free list never reaches `PyObject_GC_Del`, so the count does not drop (`lastToFreeList`).
 *
 * Objects CPython keeps in static storage or creates once at start-up and never frees (None, True,
 * False, the small ints, `()`, `''`, the one-character latin-1 strings, built-in types) do not come
 * from here at all: the Runtime gives them addresses in a static region (`Runtime.staticAddress`).
 *
 * Simplifications:
 * - One interface for every profile; what differs (2.7 int/float blocks, which free lists exist, whether
 *   PyMem_Malloc is pymalloc) is inside the allocator, keyed by the profile.
 */

/** The allocator interface the object model uses. */
export interface MemoryManager {
  /** Memory for a new object of `nbytes` bytes; `kind` is the free-list key ('float', 'tuple:3', 'list', 'dict', 'other'). */
  allocObject(kind: string, nbytes: number): number
  /** Give the object's memory back (to its free list or pymalloc). */
  freeObject(kind: string, address: number, nbytes: number): void
  /** True when the last allocObject reused a free-list entry (no GC allocation counted). */
  readonly lastFromFreeList: boolean
  /** True when the last freeObject kept the object on a free list (no GC deallocation counted). */
  readonly lastToFreeList: boolean
  /** PyMem_Malloc: a separately allocated buffer. */
  mallocMem(nbytes: number): number
  /** PyMem_Realloc (null: malloc); returns the possibly moved address. */
  reallocMem(address: number | null, nbytes: number): number
  /** PyMem_Free. */
  freeMem(address: number): void
  /** Tag a block with its owner (an object handle) for the allocator panel. */
  setOwner(address: number, owner: string): void
  /** Entries on `kind`'s free list, and its limit (undefined: no free list for that kind). */
  freeListLength(kind: string): number
  freeListLimit(kind: string): number | undefined
  /** The interpreter itself takes the newest entry of `kind`'s free list (false when empty). */
  takeFreeListEntry(kind: string): boolean
  /** The interpreter frees an object of `kind`: its block goes on the free list when that has room. */
  giveFreeListEntry(kind: string, nbytes: number): boolean
  /** What a collection of the oldest generation does to the free lists of this profile. */
  clearFreeListsForFullCollect(): void
  /** Bytes currently handed out (for the memory cap). */
  bytesInUse(): number
  /** Summary for traces. */
  summary(): { arenas: number; poolsInUse: number; bytesFromOs: number; bytesInUse: number }
}
