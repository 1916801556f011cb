/*
 * Layer 0: the C library's malloc, as pymalloc's fallback for requests it does not serve.
 *
 * CPython sends a request to the RAW domain (`PyMem_RawMalloc` -> libc `malloc`) when pymalloc refuses
 * it: size 0, or more than SMALL_REQUEST_THRESHOLD (512) bytes (`_PyObject_Malloc` in
 * `Objects/obmalloc.c` 3.x: "ptr = pymalloc_alloc(...); if ptr == NULL: ptr = PyMem_RawMalloc(nbytes)";
 * 2.7 `PyObject_Malloc` jumps to `redirect:` and calls `malloc`, bumping 0 to 1). On 2.7 the MEM domain
 * (`PyMem_MALLOC`: list item arrays, dict tables) is libc malloc too.
 *
 * What glibc does is not CPython's business, so this module is a *model-only* stand-in with the two
 * properties the lab shows: a chunk header (glibc: 16-byte chunk granularity, at least 32 bytes, 8 bytes
 * of size field) and LIFO reuse of a freed chunk of the same chunk size (like glibc's tcache), which is
 * what makes `id()` of large objects repeat in CPython too.
 *
 * States of a raw block: in use (in `live`) -> free (on `free[chunkSize]`) -> in use again.
 *
 * Simplifications:
 * - Addresses come from a simulated range starting at RAW_BASE that only grows; freed chunks are reused
 *   only for the same chunk size (no splitting, no coalescing, never returned to the OS).
 * - realloc keeps the address when the new chunk fits in the old one, otherwise moves (no in-place growth).
 */

/** Start of the simulated libc heap (model-only). */
export const RAW_BASE = 0x555555a00000
/** Chunk slots per page of RawMalloc.live (a page covers 64 KiB of addresses). */
const RAW_PAGE = 4096

/** A block handed out by the raw allocator. */
export interface RawBlock {
  address: number
  /** Bytes the caller asked for (0 counted as 1, as CPython's PyMem_RawMalloc does). */
  requested: number
  /** glibc chunk size this request occupies. */
  chunkSize: number
}

/** glibc's chunk size for a request (x86-64: request + 8, rounded up to 16, at least 32). */
export function rawChunkSize(nbytes: number): number {
  const n = Math.max(1, nbytes)
  return Math.max(32, (n + 8 + 15) & ~15)
}

/** The model of libc malloc/free/realloc (all O(1)). */
export class RawMalloc {
  private top = RAW_BASE
  /**
   * Live blocks in pages indexed by `(address - RAW_BASE) / 16` (liveIndex; chunks are 16-byte aligned):
   * an array read per malloc/free instead of a hash lookup.
   */
  private readonly live = new Map<number, (RawBlock | undefined)[]>()
  private readonly free = new Map<number, number[]>()
  private bytesLive = 0

  /** malloc(nbytes): the address of a chunk (LIFO reuse of a freed chunk of the same size). */
  malloc(nbytes: number): number {
    const chunkSize = rawChunkSize(nbytes)
    const stack = this.free.get(chunkSize)
    let address: number
    if (stack !== undefined && stack.length > 0) address = stack.pop() as number
    else {
      // The user pointer sits 16 bytes into the chunk (prev_size + size fields).
      address = this.top + 16
      this.top += chunkSize
    }
    this.setBlock(address, { address, requested: Math.max(1, nbytes), chunkSize })
    this.bytesLive += chunkSize
    return address
  }

  /** free(address). Throws on an address that is not a live raw block (a simulator bug). */
  free_(address: number): void {
    const block = this.block(address)
    if (block === undefined) throw new Error(`raw free of unknown address 0x${address.toString(16)}`)
    this.setBlock(address, undefined)
    this.bytesLive -= block.chunkSize
    let stack = this.free.get(block.chunkSize)
    if (stack === undefined) this.free.set(block.chunkSize, (stack = []))
    stack.push(address)
  }

  /** realloc(address, nbytes): same address when the chunk is big enough, else a new chunk. */
  realloc(address: number, nbytes: number): number {
    const block = this.block(address)
    if (block === undefined) throw new Error(`raw realloc of unknown address 0x${address.toString(16)}`)
    const chunkSize = rawChunkSize(nbytes)
    if (chunkSize <= block.chunkSize) {
      block.requested = Math.max(1, nbytes)
      return address
    }
    const moved = this.malloc(nbytes)
    this.free_(address)
    return moved
  }

  /** True when `address` is a live raw block. */
  owns(address: number): boolean {
    return this.block(address) !== undefined
  }

  /** The live block at `address`, if any. */
  block(address: number): RawBlock | undefined {
    const k = (address - RAW_BASE) / 16
    const page = this.live.get(Math.floor(k / RAW_PAGE))
    return page === undefined ? undefined : page[k - Math.floor(k / RAW_PAGE) * RAW_PAGE]
  }

  private setBlock(address: number, b: RawBlock | undefined): void {
    const k = (address - RAW_BASE) / 16
    if (k !== Math.floor(k) || k < 0) throw new Error(`raw chunk not 16-aligned: 0x${address.toString(16)}`)
    const p = Math.floor(k / RAW_PAGE)
    let page = this.live.get(p)
    if (page === undefined) {
      if (b === undefined) return
      page = new Array<RawBlock | undefined>(RAW_PAGE).fill(undefined)
      this.live.set(p, page)
    }
    page[k - p * RAW_PAGE] = b
  }

  /** Live raw blocks in address order (for the allocator panel; O(n log n), not on the hot path). */
  blocks(): RawBlock[] {
    const out: RawBlock[] = []
    for (const page of this.live.values()) for (const b of page) if (b !== undefined) out.push({ ...b })
    return out.sort((a, b) => a.address - b.address)
  }

  /** Sum of live chunk sizes. */
  bytesInUse(): number {
    return this.bytesLive
  }

  /** Bytes the simulated heap has grown to (held from the OS; glibc rarely trims). */
  bytesFromOs(): number {
    return this.top - RAW_BASE
  }
}
