// Benchmark, not a test: `npx tsx src/shared/trace-replay.bench.ts`. Moving to any step of a
// 10,000-step trace with 2,000 live objects must take well under 50 ms.
import { KEYFRAME_INTERVAL, type HeapSnapshot, type ObjectView, type Trace, type TraceStep } from './trace'
import { snapshotAt } from './trace-replay'

function object(id: number, refcnt: number): ObjectView {
  return {
    id,
    type: 'list',
    repr: '[]',
    refcnt,
    immortal: false,
    address: id * 64,
    size: 56,
    sizeClass: 6,
    generation: 0,
    refs: [{ target: Math.max(1, id - 1), label: '[0]', kind: 'strong' }],
  }
}

function bigTrace(steps: number, live: number): Trace {
  const gc = {
    counts: [0, 0, 0] as [number, number, number],
    thresholds: [700, 10, 10] as [number, number, number],
    enabled: true,
  }
  const allocator = { arenas: 1, poolsInUse: 1, bytesFromOs: 262144, bytesInUse: 0 }
  const heap = new Map<number, ObjectView>()
  const out: TraceStep[] = []
  const keyframes: HeapSnapshot[] = []
  for (let i = 0; i < steps; i += 1) {
    const id = i + 1
    const changed = [object(id, 1 + (i % 3))]
    const removed = id > live ? [id - live] : []
    for (const o of changed) heap.set(o.id, o)
    for (const r of removed) heap.delete(r)
    out.push({
      event: { kind: 'line-started', line: 1 + (i % 20) },
      line: 1,
      changed,
      removed,
      frames: [{ name: '<module>', line: 1, vars: [{ name: 'x', target: id }] }],
      gc,
      allocator,
    })
    if (i % KEYFRAME_INTERVAL === 0)
      keyframes.push({ objects: [...heap.values()], frames: out[i].frames, gc, allocator })
  }
  return { profile: '3.12', steps: out, keyframes, truncated: false }
}

function measure(name: string, pick: (round: number) => number, rounds = 2_000): void {
  const trace = bigTrace(10_000, 2_000)
  const times: number[] = []
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now()
    snapshotAt(trace, pick(r))
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2)
  console.log(`${name}: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`)
}

measure('snapshotAt, a random step', (r) => (r * 7919 + 4231) % 10_000)
measure('snapshotAt, the step before a keyframe (most replay)', () => KEYFRAME_INTERVAL * 100 - 1)
