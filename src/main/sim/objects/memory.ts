/**
 * Where objects get their addresses. CPython asks its object allocator (`PyObject_Malloc`, pymalloc in
 * `Objects/obmalloc.c`) or a type's free list for memory, and `id()` is that address. The simulator keeps
 * the same split: the object model asks a MemoryManager for `nbytes` under a free-list `kind`, and the
 * allocator issue (src/main/sim/alloc/) supplies the real pymalloc + free-list model behind this interface.
 *
 * The default implementation here is a simple LIFO-per-size allocator: a freed block is handed out again
 * to the next request of the same rounded size, which already reproduces CPython's visible id reuse
 * (`id([]) == id([])`).
 *
 * Simplifications:
 * - No arenas or pools in the default manager; addresses grow from a fixed base in 16-byte steps.
 */

/** The allocator interface the object model uses. */
export interface MemoryManager {
  /** Memory for a new object of `nbytes` bytes; `kind` is the free-list key ('float', 'tuple:3', 'list', 'dict', 'other'). */
  allocObject(kind: string, nbytes: number): number
  /** Give the object's memory back (to its free list or pymalloc). */
  freeObject(kind: string, address: number, nbytes: number): void
  /** Bytes currently handed out (for the memory cap). */
  bytesInUse(): number
  /** Summary for traces. */
  summary(): { arenas: number; poolsInUse: number; bytesFromOs: number; bytesInUse: number }
}

/** LIFO reuse per rounded size; good enough until the pymalloc model is wired in. */
export class SimpleMemory implements MemoryManager {
  private next = 0x7f0000100000
  private free = new Map<number, number[]>()
  private inUse = 0
  private fromOs = 0

  allocObject(_kind: string, nbytes: number): number {
    const size = (nbytes + 15) & ~15
    this.inUse += size
    const list = this.free.get(size)
    if (list !== undefined && list.length > 0) return list.pop() as number
    const a = this.next
    this.next += size
    this.fromOs += size
    return a
  }

  freeObject(_kind: string, address: number, nbytes: number): void {
    const size = (nbytes + 15) & ~15
    this.inUse -= size
    let list = this.free.get(size)
    if (list === undefined) this.free.set(size, (list = []))
    list.push(address)
  }

  bytesInUse(): number {
    return this.inUse
  }

  summary() {
    return { arenas: 0, poolsInUse: 0, bytesFromOs: this.fromOs, bytesInUse: this.inUse }
  }
}
