/**
 * The memory of a frame on profiles where frames are GC heap objects (2.7 and 3.10, Profile.heapFrames):
 * Objects/frameobject.c `PyFrame_New` (3.10 `_PyFrame_New_NoTrack`) and `frame_dealloc`.
 *
 * - A call takes its code object's zombie frame (`co_zombieframe`, the last frame of that code that
 *   died) when there is one; else a frame from the free list (200 at most; emptied by a full collection,
 *   alloc/freelists.ts); else a fresh `PyObject_GC_NewVar`, the only case that raises generation 0's count.
 * - A dying frame becomes its code's zombie when the code has none; else it goes on the free list; else
 *   `PyObject_GC_Del` lowers the count.
 * So a function's first call costs one allocation and later calls none, while recursion allocates a frame
 * per extra level until the free list holds enough (see conformance/gc-frame-allocations.py).
 * 3.11+ frames live in the thread's data stack and cost nothing here; their frame objects are made on
 * demand (Frame.object) and counted like any object.
 *
 * Simplifications:
 * - A frame's size uses its locals and cells plus a nominal value stack of 8 slots (the code's real
 *   co_stacksize is not computed); it only places the block in the allocator model (model-only bytes).
 * - A live frame is not in the collector's generation lists (CPython tracks it): a collection during a
 *   call promotes one object fewer per active frame (visible only in DEBUG_STATS generation sizes).
 * - A free-list frame too small for the call is resized in CPython (`PyObject_GC_Resize`); here the block
 *   keeps its size.
 */
import { R } from '../objects/runtime'
import type { CodeInfo } from '../objects/types'

const NOMINAL_STACK = 8

/** Bytes of a frame for `code` (GC header included). */
function frameBytes(code: CodeInfo): number {
  const py2 = R.profile.py2
  const basic = py2 ? 384 + 32 : 360 + 16
  return basic + 8 * (code.nlocals + code.ncells + NOMINAL_STACK)
}

/** A frame for a call of `code` is made: returns its block (0 when frames are not heap objects). */
export function frameAllocated(code: CodeInfo): number {
  if (!R.profile.heapFrames) return 0
  const zombie = code.zombieFrame ?? 0
  if (zombie !== 0) {
    code.zombieFrame = 0
    return zombie
  }
  const m = R.memory
  const address = m.allocObject('frame', frameBytes(code))
  if (!m.lastFromFreeList) R.countInterpreterAllocation()
  return address
}

/** The frame (block `address`) of a call of `code` dies. */
export function frameReleased(code: CodeInfo, address: number): void {
  if (address === 0) return
  if ((code.zombieFrame ?? 0) === 0) {
    code.zombieFrame = address
    return
  }
  const m = R.memory
  m.freeObject('frame', address, frameBytes(code))
  if (!m.lastToFreeList && R.gens[0].count > 0) R.gens[0].count--
}
