/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import {
  PROFILES,
  type GcObjectState,
  type GcPhase,
  type ProfileName,
  type Trace,
  type TraceStep,
} from '@shared/trace'
import { runProgram } from '../index'
import recorded from './testdata/collect.cpython.json'

// The programs of testdata/collect/ and what real CPython 2.7.18, 3.10.13, 3.12.1 and 3.13.0 print for
// them: stdout, and the `gc: done, N unreachable, M uncollectable` lines of DEBUG_STATS
// (testdata/collect.cpython.json, written by testdata/record-collect.py). Every expected number below is
// read from that recording; the trace adds what CPython cannot show (each phase's gc_refs).
const SOURCES = import.meta.glob('./testdata/collect/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>
const CPYTHON = recorded as Record<string, Record<ProfileName, { stdout: string; gcDone: string[] }>>
const source = (name: string): string => SOURCES[`./testdata/collect/${name}.py`]
const cpythonLines = (name: string, p: ProfileName): string[] => CPYTHON[name][p].stdout.trimEnd().split('\n')
const numbers = (line: string): number[] => line.split(' ').map(Number)
/** CPython's DEBUG_STATS counts of the program's k-th reported collection: [unreachable, uncollectable]. */
function cpythonDone(name: string, p: ProfileName, k = 0): [number, number] {
  const m = /^gc: done, (\d+) unreachable, (\d+) uncollectable$/.exec(CPYTHON[name][p].gcDone[k])
  expect(m).not.toBeNull()
  return [Number(m?.[1]), Number(m?.[2])]
}

/** The DEBUG_STATS `gc: done` lines of a run's stderr, without the elapsed time (as recorded). */
const gcDoneLines = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('gc: done'))
    .map((l) => l.replace(/,? ?[0-9.]+s elapsed\.?$/, ''))

function traced(name: string, profile: ProfileName): Trace {
  const r = runProgram(source(name), { profile, trace: 'full' })
  expect(r.error).toBeNull()
  // Tracing runs update_refs and subtract_refs as separate walks; the output must not change.
  expect(r.stdout).toBe(CPYTHON[name][profile].stdout)
  expect(gcDoneLines(r.stderr)).toEqual(CPYTHON[name][profile].gcDone)
  return r.trace as Trace
}

/** Handles of the objects of `type` allocated while `line` ran, in allocation order. */
function allocated(trace: Trace, line: number, type: string): number[] {
  return trace.steps.flatMap((s) =>
    s.event.kind === 'object-allocated' && s.line === line && s.event.type === type ? [s.event.id] : [],
  )
}

interface Collection {
  generation: number
  phases: Map<GcPhase, GcObjectState[]>
  unreachable: number
  uncollectable: number
  /** Every step from the first phase to the end (finalizers and callbacks record their own lines). */
  steps: TraceStep[]
}

/** The collections that started while `line` ran, with each phase's object states, in order. */
function collectionsAt(trace: Trace, line: number): Collection[] {
  const out: Collection[] = []
  let phases = new Map<GcPhase, GcObjectState[]>()
  let steps: TraceStep[] | null = null
  for (const s of trace.steps) {
    const e = s.event
    if (steps === null && e.kind === 'gc-phase-entered' && s.line === line) steps = []
    if (steps === null) continue
    steps.push(s)
    if (e.kind === 'gc-phase-entered') phases.set(e.phase, e.objects)
    else if (e.kind === 'gc-collected') {
      const c = { generation: e.generation, unreachable: e.unreachable, uncollectable: e.uncollectable }
      out.push({ ...c, phases, steps })
      phases = new Map()
      steps = null
    }
  }
  return out
}

/** The state of object `id` in a phase (undefined when the phase did not see it). */
function stateIn(c: Collection, phase: GcPhase, id: number): GcObjectState | undefined {
  return c.phases.get(phase)?.find((o) => o.id === id)
}

/** Objects named by the `kind` events of a collection (or of the whole trace). */
function eventIds(of: Trace | Collection, kind: 'finalizer-called' | 'object-freed'): number[] {
  return of.steps.flatMap((s) => (s.event.kind === kind ? [s.event.id] : []))
}

describe('collect.ts: every program prints what CPython prints (untraced: fused update/subtract walk)', () => {
  for (const name of Object.keys(CPYTHON))
    for (const p of PROFILES)
      it(`${name} on ${p}`, () => {
        const r = runProgram(source(name), { profile: p })
        expect(r.error).toBeNull()
        expect(r.stdout).toBe(CPYTHON[name][p].stdout)
        expect(gcDoneLines(r.stderr)).toEqual(CPYTHON[name][p].gcDone)
      })
})

describe('update_refs / subtract_refs / move_unreachable', () => {
  for (const p of PROFILES) {
    it(`two-list cycle with one external reference on ${p}: gc_refs = refcount, then refcount minus internal references`, () => {
      const trace = traced('cycle-external-ref', p)
      const [a] = allocated(trace, 4, 'list')
      const [b] = allocated(trace, 5, 'list')
      // CPython: sys.getrefcount - 1 of a and b; a holds b once and b holds a once (gc.get_referents).
      const [rcA, rcB] = numbers(cpythonLines('cycle-external-ref', p)[0])
      const [aToB, bToA] = numbers(cpythonLines('cycle-external-ref', p)[1])
      const found = Number(cpythonLines('cycle-external-ref', p)[2])
      const cs = collectionsAt(trace, 10)
      expect(cs.map((c) => c.generation)).toEqual([0])
      const [c] = cs
      expect(stateIn(c, 'update-refs', a)).toEqual({ id: a, gcRefs: rcA, reachable: true })
      expect(stateIn(c, 'update-refs', b)).toEqual({ id: b, gcRefs: rcB, reachable: true })
      // The globals dict is old (the first gc.collect() promoted it), so a's name is an external reference.
      expect(stateIn(c, 'subtract-refs', a)?.gcRefs).toBe(rcA - bToA)
      expect(stateIn(c, 'subtract-refs', b)?.gcRefs).toBe(rcB - aToB)
      expect(rcB - aToB).toBe(0)
      // a is referenced from outside, so both stay reachable; CPython's gc.collect(0) found nothing.
      expect(stateIn(c, 'move-unreachable', a)?.reachable).toBe(true)
      expect(stateIn(c, 'move-unreachable', b)?.reachable).toBe(true)
      expect(c.unreachable).toBe(found)
    })

    it(`an object scanned before what reaches it goes back to young on ${p}`, () => {
      const trace = traced('cycle-moved-back', p)
      const [b] = allocated(trace, 4, 'list')
      const [a] = allocated(trace, 5, 'list')
      const [rcA, rcB] = numbers(cpythonLines('cycle-moved-back', p)[0])
      const [c] = collectionsAt(trace, 9)
      // b comes first in the list with gc_refs 0 (only a refers to it) ...
      expect(stateIn(c, 'subtract-refs', b)?.gcRefs).toBe(rcB - 1)
      expect(stateIn(c, 'subtract-refs', b)?.gcRefs).toBe(0)
      expect(stateIn(c, 'subtract-refs', a)?.gcRefs).toBe(rcA - 1)
      // ... so move_unreachable moves it out, and visit_reachable brings it back when it scans a.
      expect(stateIn(c, 'move-unreachable', b)?.reachable).toBe(true)
      expect(stateIn(c, 'move-unreachable', a)?.reachable).toBe(true)
      const young = c.phases.get('move-unreachable')?.map((o) => o.id) ?? []
      expect(young.indexOf(b)).toBeGreaterThan(young.indexOf(a))
      expect(c.unreachable).toBe(Number(cpythonLines('cycle-moved-back', p)[1]))
      expect(eventIds(c, 'object-freed')).not.toContain(b)
    })

    it(`the unreachable set after move_unreachable is exactly the garbage cycle on ${p}`, () => {
      const trace = traced('unreachable-set', p)
      const [x] = allocated(trace, 4, 'list')
      const [pl] = allocated(trace, 5, 'list')
      const [q] = allocated(trace, 6, 'list')
      const [c] = collectionsAt(trace, 9)
      const moved = c.phases.get('move-unreachable') ?? []
      expect(moved.filter((o) => !o.reachable)).toEqual([
        { id: pl, gcRefs: 0, reachable: false },
        { id: q, gcRefs: 0, reachable: false },
      ])
      expect(moved.find((o) => o.id === x)?.reachable).toBe(true)
      // CPython's gc.collect(0) returned the size of that set; the cycle died, x did not.
      expect(c.unreachable).toBe(Number(cpythonLines('unreachable-set', p)[0]))
      expect(eventIds(c, 'object-freed')).toEqual(expect.arrayContaining([pl, q]))
      expect(eventIds(c, 'object-freed')).not.toContain(x)
    })
  }
})

describe('finalizers', () => {
  for (const p of PROFILES) {
    it(`objects with __del__ in a cycle on ${p}: finalized in list (allocation) order on 3.x, gc.garbage on 2.7`, () => {
      const trace = traced('finalizer-order', p)
      const instances = [14, 15, 16].map((line) => allocated(trace, line, 'N')[0])
      const lines = cpythonLines('finalizer-order', p)
      const [c] = collectionsAt(trace, 22)
      expect([c.unreachable, c.uncollectable]).toEqual(cpythonDone('finalizer-order', p))
      expect(c.unreachable).toBe(Number(lines[p === '2.7' ? 0 : 3]))
      if (p === '2.7') {
        // Never finalized: everything is uncollectable, the instances wait in gc.garbage in list order.
        expect(eventIds(trace, 'finalizer-called')).toEqual([])
        expect(lines[1]).toBe("['c', 'a', 'b']")
        expect(eventIds(c, 'object-freed')).toEqual([])
      } else {
        // CPython printed del c, del a, del b: the order the instances were allocated in.
        expect(lines.slice(0, 3)).toEqual(['del c', 'del a', 'del b'])
        expect(eventIds(c, 'finalizer-called')).toEqual(instances)
        expect(eventIds(c, 'object-freed')).toEqual(expect.arrayContaining(instances))
      }
    })

    it(`resurrection on ${p}`, () => {
      const trace = traced('resurrection', p)
      const [r] = allocated(trace, 14, 'R')
      const lines = cpythonLines('resurrection', p)
      const [first] = collectionsAt(trace, 18)
      expect([first.unreachable, first.uncollectable]).toEqual(cpythonDone('resurrection', p))
      if (p === '2.7') {
        expect(eventIds(trace, 'finalizer-called')).toEqual([])
        expect(first.unreachable).toBe(Number(lines[0]))
        return
      }
      // __del__ ran once and saved the object: not counted (CPython's collect returned 0), not freed.
      expect(first.unreachable).toBe(Number(lines[1]))
      expect(eventIds(first, 'finalizer-called')).toEqual([r])
      expect(eventIds(first, 'object-freed')).not.toContain(r)
      expect(stateIn(first, 'check-garbage', r)?.reachable).toBe(true)
      // Unreachable again later: collected, and __del__ is not called a second time.
      const [second] = collectionsAt(trace, 24)
      expect(second.unreachable).toBe(Number(lines[4]))
      expect(eventIds(second, 'object-freed')).toContain(r)
      expect(eventIds(trace, 'finalizer-called')).toEqual([r])
    })

    it(`what a __del__ object reaches on ${p}`, () => {
      const trace = traced('garbage-reached', p)
      const [d] = allocated(trace, 11, 'D')
      const [items] = allocated(trace, 12, 'list')
      const other = allocated(trace, 13, 'dict')
      const lines = cpythonLines('garbage-reached', p)
      const [c] = collectionsAt(trace, 16)
      expect([c.unreachable, c.uncollectable]).toEqual(cpythonDone('garbage-reached', p))
      expect(c.unreachable).toBe(Number(lines[p === '2.7' ? 0 : 1]))
      const freed = eventIds(c, 'object-freed')
      if (p === '2.7') {
        // D goes to gc.garbage, and everything it reaches stays alive with it.
        expect(lines[1]).toBe("['D']")
        expect(freed).toEqual([])
        // move_finalizer_reachable: D and all it reaches are on the finalizers list, nothing left to clear.
        const mf = c.phases.get('move-finalizers') ?? []
        for (const id of [d, items, ...other]) expect(mf.find((o) => o.id === id)?.reachable).toBe(true)
        expect(mf.filter((o) => !o.reachable)).toEqual([])
        // Emptied by hand, the cycle is found again and saved again.
        const [again] = collectionsAt(trace, 24)
        expect(again.unreachable).toBe(Number(lines[3]))
      } else {
        expect(eventIds(c, 'finalizer-called')).toEqual([d])
        expect(freed).toEqual(expect.arrayContaining([d, items, ...other]))
      }
    })
  }
})

describe('DEBUG_SAVEALL', () => {
  for (const p of PROFILES)
    it(`keeps every unreachable object in gc.garbage instead of freeing it on ${p}`, () => {
      const trace = traced('saveall', p)
      const [a] = allocated(trace, 6, 'list')
      const [b] = allocated(trace, 7, 'list')
      const lines = cpythonLines('saveall', p)
      const [c] = collectionsAt(trace, 10)
      expect(c.unreachable).toBe(Number(lines[0]))
      expect(eventIds(c, 'object-freed')).toEqual([])
      // With the flag off and gc.garbage emptied, the same cycle is collected and freed.
      const [again] = collectionsAt(trace, 15)
      expect(again.unreachable).toBe(Number(lines[3]))
      expect(eventIds(again, 'object-freed')).toEqual(expect.arrayContaining([a, b]))
    })
})
