// The object model's memory through the simulator's door: requests of 256/257/512/513 bytes land a
// block (pymalloc size class) or a glibc chunk (raw malloc) apart, as recorded from CPython
// (testdata/routing.py; its stdout under each interpreter is in testdata/routing.json). alloc/pymalloc.test.ts
// checks the same routing, and 1- and 24-byte requests, at the allocator level.
import { describe, expect, it } from 'vitest'
import type { ProfileName } from '@shared/trace'
import { runProgram } from '../index'
import { R } from './runtime'
import { requestRoute } from '../alloc/panel'
import { STARTUP_OWNER, type LayeredMemory } from '../alloc/memory'
import routing from './testdata/routing.json'

const PROFILES: ProfileName[] = ['2.7', '3.10', '3.12', '3.13']
const recorded: Record<ProfileName, string> = routing.stdout

describe.each(PROFILES)('object memory on %s', (profile) => {
  it('spaces 256/257/512/513-byte objects as CPython does', () => {
    const r = runProgram(routing.program, { profile })
    expect(r.error).toBeNull()
    expect(r.stdout).toBe(recorded[profile])
  })

  it('sends 513-byte objects to raw malloc and 512-byte ones to a pymalloc pool', () => {
    const r = runProgram("big = 'x' * 600\nsmall = 'y' * 400\nprint(id(big) != id(small))\n", { profile })
    expect(r.stdout).toBe('True\n')
    const mem = R.memory as LayeredMemory
    expect(requestRoute(mem, 513)).toEqual({ route: 'raw' })
    expect(requestRoute(mem, 512)).toMatchObject({ route: 'pymalloc', sizeClass: 31, blockSize: 512 })
    const raw = mem.pymalloc.raw.blocks().map((b) => b.requested)
    expect(raw.some((n) => n > 512)).toBe(true)
  })

  it('keeps one start-up block in every size class, so a program never empties a pool', () => {
    runProgram('x = [1]\ndel x\n', { profile })
    const mem = R.memory as LayeredMemory
    const startup = mem.pymalloc
      .arenas()
      .flatMap((a) => a.pools)
      .filter((p) => p.szidx >= 0 && p.count > 0 && mem.ownerOf(p.address + 48) === STARTUP_OWNER)
    expect(new Set(startup.map((p) => p.szidx)).size).toBe(32)
  })
})
