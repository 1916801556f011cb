/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KEYFRAME_INTERVAL, PROFILES, type HeapSnapshot, type ProfileName, type Trace } from '@shared/trace'
import { snapshotAt } from '@shared/trace-replay'
import { runProgram, type RunResult } from '../index'
import { MAX_STEPS, recorderChecks } from './recorder'
import { MAX_REFS } from './view'
import programs from './testdata/programs.json'
import lines27 from './testdata/lines.2.7.json'
import lines310 from './testdata/lines.3.10.json'
import lines312 from './testdata/lines.3.12.json'
import lines313 from './testdata/lines.3.13.json'

// The programs, and the 'line' events real CPython's sys.settrace reports for them
// (testdata/record-lines.py, run with each profile's CPython).
const PROGRAMS: Record<string, string> = programs
const LINES: Record<ProfileName, Record<string, number[]>> = {
  '2.7': lines27,
  '3.10': lines310,
  '3.12': lines312,
  '3.13': lines313,
}
const cpythonLines = (profile: ProfileName): Record<string, number[]> => LINES[profile]
// The project's conformance programs, to check that tracing changes nothing.
const CORPUS = import.meta.glob('../../../../conformance/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

function traced(source: string, profile: ProfileName = '3.12'): RunResult & { trace: Trace } {
  const r = runProgram(source, { profile, trace: 'full' })
  expect(r.error).toBeNull()
  expect(r.trace).not.toBeNull()
  return r as RunResult & { trace: Trace }
}

/** The object a variable of the innermost frame (or of the named frame) refers to. */
function target(snapshot: HeapSnapshot, name: string, frame?: string) {
  const frames = frame ? snapshot.frames.filter((f) => f.name === frame) : snapshot.frames
  const f = frames[frames.length - 1]
  const v = f?.vars.find((x) => x.name === name)
  const o = v === undefined ? undefined : snapshot.objects.find((x) => x.id === v.target)
  return o?.type === 'cell' && !frame ? snapshot.objects.find((x) => x.id === o.refs[0]?.target) : o
}

/**
 * Each `print(sys.getrefcount(NAME))` of a program, paired with the step that wrote it: at that
 * step NAME's object must show the printed count minus getrefcount's own argument reference.
 */
function expectBadgesMatchGetrefcount(trace: Trace, names: string[]): number {
  let checked = 0
  let k = 0
  trace.steps.forEach((step, i) => {
    if (step.event.kind !== 'output-written' || !/^\d+\n$/.test(step.event.text) || k >= names.length) return
    const printed = Number(step.event.text)
    const name = names[k++]
    const object = target(snapshotAt(trace, i), name)
    expect(object, `${name} at step ${i}`).toBeDefined()
    expect(object?.refcnt, `${name} at step ${i}`).toBe(printed - 1)
    checked++
  })
  return checked
}

beforeEach(() => {
  recorderChecks.verify = true
  recorderChecks.mismatches = []
})
afterEach(() => {
  recorderChecks.verify = false
})

describe('trace recorder', () => {
  for (const profile of PROFILES) {
    it(`records CPython's line events in order (${profile})`, () => {
      const expected = cpythonLines(profile)
      for (const [name, source] of Object.entries(PROGRAMS)) {
        const { trace } = traced(source, profile)
        const lines = trace.steps
          .filter((s) => s.event.kind === 'line-started' && !s.event.returning)
          .map((s) => (s.event as { line: number }).line)
        expect(lines, name).toEqual(expected[name])
      }
      expect(recorderChecks.mismatches).toEqual([])
    })

    it(`shows the refcounts sys.getrefcount reports, step by step (${profile})`, () => {
      const cycle = traced(PROGRAMS.make_cycle, profile).trace
      expect(expectBadgesMatchGetrefcount(cycle, ['l', 'l', 'l', 'l', 'l', 'l'])).toBe(6)
      const local = traced(PROGRAMS.local, profile).trace
      expect(expectBadgesMatchGetrefcount(local, ['a', 'obj', 'a'])).toBe(3)
      const closure = traced(PROGRAMS.closure, profile).trace
      expect(expectBadgesMatchGetrefcount(closure, ['x', 'y', 'y'])).toBe(3)
      const weak = traced(PROGRAMS.weakref, profile).trace
      expect(expectBadgesMatchGetrefcount(weak, ['a'])).toBe(1)
      expect(recorderChecks.mismatches).toEqual([])
    })
  }

  it('make_cycle: the badge goes 1 → 2 → 1 across steps, the collector frees the three lists', () => {
    const { trace } = traced(PROGRAMS.make_cycle)
    const lists = new Set<number>()
    const badges: number[] = []
    trace.steps.forEach((step, i) => {
      const l = target(snapshotAt(trace, i), 'l', 'make_cycle')
      if (l !== undefined && l.id !== [...lists].pop()) lists.add(l.id)
      for (const o of step.changed) if (lists.has(o.id) && o.id === [...lists][0]) badges.push(o.refcnt)
    })
    expect(lists.size).toBe(3)
    // The first list: allocated (1), holds itself (2), its frame returned (1).
    expect(badges.filter((b, i) => b !== badges[i - 1])).toEqual([1, 2, 1])
    const freed = trace.steps.flatMap((s) => (s.event.kind === 'object-freed' ? s.removed : []))
    expect(freed).toEqual(expect.arrayContaining([...lists]))
    // gc.collect()'s full collection (3.12 may also run an automatic one as the program starts).
    const collected = trace.steps.find(
      (s) => s.event.kind === 'gc-collected' && s.event.generation === 2,
    )?.event
    expect(collected).toMatchObject({ generation: 2, unreachable: 3 })
    // During the collection the lists show gc_refs 0 and end up unreachable.
    const moved = trace.steps.find(
      (s) =>
        s.event.kind === 'gc-phase-entered' &&
        s.event.phase === 'move-unreachable' &&
        s.event.generation === 2,
    )?.event
    expect(moved?.kind === 'gc-phase-entered' && moved.objects.filter((o) => lists.has(o.id))).toEqual(
      [...lists].map((id) => ({ id, gcRefs: 0, reachable: false })),
    )
    const last = snapshotAt(trace, trace.steps.length - 1)
    expect(last.objects.filter((o) => lists.has(o.id))).toEqual([])
  })

  it('a function call: frames show the module and the function with their variable names', () => {
    const { trace } = traced(PROGRAMS.local)
    const i = trace.steps.findIndex((s) => s.event.kind === 'line-started' && s.event.line === 5)
    const snap = snapshotAt(trace, i)
    expect(snap.frames.map((f) => f.name)).toEqual(['<module>', 'show'])
    expect(snap.frames[0].vars.map((v) => v.name)).toEqual(['sys', 'show', 'a'])
    expect(snap.frames[1].vars.map((v) => v.name).sort()).toEqual(['obj', 'x'])
    const a = target(snap, 'a', '<module>')
    expect(target(snap, 'obj')?.id).toBe(a?.id)
    expect(target(snap, 'x')?.id).toBe(a?.id)
    expect(snap.frames[1].line).toBe(5)
  })

  it('a closure: the frame holds the cell, the function holds it through __closure__', () => {
    const { trace } = traced(PROGRAMS.closure)
    const i = trace.steps.findIndex((s) => s.event.kind === 'line-started' && s.event.line === 8)
    const snap = snapshotAt(trace, i)
    const cell = target(snap, 'x', 'outer')
    expect(cell?.type).toBe('cell')
    expect(cell?.refs).toEqual([expect.objectContaining({ label: 'cell_contents', kind: 'cell' })])
    const list = snap.objects.find((o) => o.id === cell?.refs[0].target)
    expect(list?.repr).toBe('[1]')
    const inner = target(snap, 'inner', 'outer')
    const closure = snap.objects.find(
      (o) => o.id === inner?.refs.find((r) => r.label === '__closure__')?.target,
    )
    expect(closure?.type).toBe('tuple')
    expect(closure?.refs).toEqual([{ target: cell?.id, label: '[0]', kind: 'strong' }])
  })

  it('a weakref: dashed reference that does not count, freed object removed, callback step', () => {
    const { trace, stdout } = traced(PROGRAMS.weakref)
    expect(stdout).toBe('2\ncallback\nTrue\n')
    const i = trace.steps.findIndex((s) => s.event.kind === 'line-started' && s.event.line === 13)
    const snap = snapshotAt(trace, i)
    const a = target(snap, 'a')
    const r = target(snap, 'r')
    expect(r?.refs).toContainEqual({ target: a?.id, label: 'referent', kind: 'weak' })
    const freedAt = trace.steps.findIndex((s) => s.event.kind === 'object-freed' && s.event.id === a?.id)
    expect(trace.steps[freedAt].removed).toContain(a?.id)
    const callback = trace.steps.findIndex((s) => s.event.kind === 'weakref-callback-called')
    const printed = trace.steps.findIndex(
      (s) => s.event.kind === 'output-written' && s.event.text === 'callback\n',
    )
    expect(callback).toBeGreaterThan(-1)
    expect(callback).toBeLessThan(printed)
  })

  it('snapshotAt gives a heap consistent with each step: every frame variable and reference resolves', () => {
    for (const source of Object.values(PROGRAMS)) {
      const { trace } = traced(source)
      expect(trace.keyframes.length).toBeLessThanOrEqual(Math.ceil(trace.steps.length / KEYFRAME_INTERVAL))
      expect(trace.keyframes[0]).toBeDefined()
      trace.steps.forEach((step, i) => {
        const snap = snapshotAt(trace, i)
        const ids = new Set(snap.objects.map((o) => o.id))
        expect(ids.size).toBe(snap.objects.length)
        for (const f of snap.frames)
          for (const v of f.vars) expect(ids.has(v.target), `${f.name}.${v.name} @${i}`).toBe(true)
        for (const o of snap.objects)
          for (const ref of o.refs)
            if (ref.kind !== 'weak') expect(ids.has(ref.target), `${o.type} ${ref.label} @${i}`).toBe(true)
        for (const id of step.removed) expect(ids.has(id)).toBe(false)
        // Replaying from the start gives what the keyframe path gives.
        if (i % KEYFRAME_INTERVAL === 0 && i > 0) {
          const replayed = snapshotAt({ ...trace, keyframes: [] }, i)
          expect(replayed.objects).toEqual(snap.objects)
        }
      })
    }
    expect(recorderChecks.mismatches).toEqual([])
  })

  it('keeps the trace bounded: a list growing for 10,000 steps', () => {
    recorderChecks.verify = false
    const source = 'l = []\nfor i in range(2200):\n    l.append(i * 1000)\nprint(len(l))\n'
    const { trace, stdout } = traced(source)
    expect(stdout).toBe('2200\n')
    expect(trace.steps.length).toBeGreaterThan(10_000)
    const last = target(snapshotAt(trace, trace.steps.length - 1), 'l')
    expect(last?.length).toBe(2200)
    expect(last?.refs.length).toBe(MAX_REFS)
    // Measured 12.7 MB for 10,500 steps (about 1.2 KB a step); whole views and keyframes at every step would be over 150 MB.
    expect(JSON.stringify(trace).length).toBeLessThan(14_000_000)
  })

  it('stops recording at MAX_STEPS and says so; the program still runs to its end', () => {
    recorderChecks.verify = false
    const source = 'i = 0\nwhile i < 15000:\n    i += 1\nprint(i)\n'
    const { trace, stdout } = traced(source)
    expect(stdout).toBe('15000\n')
    expect(trace.truncated).toBe(true)
    expect(trace.steps.length).toBe(MAX_STEPS)
  })

  it('changes no output, and probes see the same values, with tracing on', () => {
    recorderChecks.verify = false
    const names = Object.keys(CORPUS)
    expect(names.length).toBeGreaterThan(20)
    for (const name of names) {
      const source = CORPUS[name]
      for (const profile of PROFILES) {
        const off = runProgram(source, { profile })
        const full = runProgram(source, { profile, trace: 'full' })
        expect(full.stdout, `${name} ${profile}`).toBe(off.stdout)
        expect(full.stderr, `${name} ${profile}`).toBe(off.stderr)
      }
    }
    const probes = [{ line: 6, when: 'after' as const, expression: 'sys.getrefcount(l)' }]
    const off = runProgram(PROGRAMS.make_cycle, { profile: '3.12', probes })
    const full = runProgram(PROGRAMS.make_cycle, { profile: '3.12', probes, trace: 'full' })
    expect(full.probes).toEqual(off.probes)
    expect(full.stdout).toBe(off.stdout)
    expect(off.probes[0].hits.map((h) => h.repr)).toEqual(['2', '2', '2'])
    // Every corpus program twice on four profiles: a few hundred runs, longer than the default timeout.
  }, 240_000)
})
