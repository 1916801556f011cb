/**
 * The `gc` module (Modules/gcmodule.c `GcMethods`; 3.13: Modules/gcmodule.c over Python/gc.c), per
 * profile:
 *
 *   collect([generation])   ValueError "invalid generation" outside 0..2; returns unreachable found
 *   enable/disable/isenabled, get_count, get_threshold, set_threshold(t0[, t1[, t2]])
 *   get_debug/set_debug, DEBUG_* constants (2.7 also DEBUG_INSTANCES, DEBUG_OBJECTS; DEBUG_LEAK 62 / 38)
 *   garbage, get_objects, get_referrers, get_referents, is_tracked
 *   3.x: callbacks, get_stats;  3.7+: freeze, unfreeze, get_freeze_count
 *
 * Simplifications:
 * - get_objects() takes its optional generation argument on 3.x only, as CPython 3.8+ does.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { dictSetStr } from '../objects/ops'
import { PyInt, PyList } from '../objects/types'
import { fn } from '../interp/builtins'
import { ctl } from '../interp/call'
import type { Frame } from '../interp/frame'
import { DEBUG, collect, freeze, gcState, generationObjects, unfreeze } from './collect'
import { traverse } from './traverse'

function intArg(o: PyObject | undefined, what: string): number {
  if (!(o instanceof PyInt) || o.type === R.T.float)
    raise('TypeError', `an integer is required (got type ${o === undefined ? 'NoneType' : o.type.name})`)
  void what
  return Number(o.value)
}

/**
 * A METH_VARARGS C function receives its arguments packed in a new tuple: an allocation that counts
 * towards generation 0 when the tuple free list for that size is empty (e.g. right after a full
 * collection cleared it). Model that allocation and its release.
 */
function varargsTuple(a: PyObject[]): void {
  if (a.length === 0) return
  decref(R.tuple(a.map((x) => incref(x))))
}

/**
 * 2.7 tracks a frame in the collector's lists while it runs (3.10 only once it escapes), so
 * gc.get_referrers() finds the running frames whose locals hold a target: their frame objects are made
 * now (interp/frame.ts Frame.object; on 2.7 that costs no allocation, the frame already exists).
 */
function trackRunningFrames(targets: Set<PyObject>): void {
  for (let f: Frame | null = ctl.current as Frame | null; f !== null; f = f.back) {
    if (f.frameObj !== null) continue
    if (f.locals.some((l) => l !== null && targets.has(l)) || f.cells.some((c) => targets.has(c))) f.object()
  }
}

function none(): PyObject {
  return incref(R.None)
}

/** The gc module's namespace for the current profile (each value a new reference). */
export function gcModuleEntries(): Record<string, PyObject> {
  const p = R.profile
  const st = gcState()
  const F = fn
  const e: Record<string, PyObject> = {
    collect: F('collect', (a, kw) => {
      const g = a.length ? a[0] : (kw?.get('generation') ?? null)
      // 2.7: METH_VARARGS | METH_KEYWORDS; 3.x: METH_FASTCALL (no tuple)
      if (p.py2) varargsTuple(a)
      const gen = g === null ? 2 : intArg(g, 'generation')
      if (gen < 0 || gen > 2) raise('ValueError', 'invalid generation')
      return R.int(collect(gen))
    }),
    enable: F('enable', () => ((R.gcEnabled = true), none())),
    disable: F('disable', () => ((R.gcEnabled = false), none())),
    isenabled: F('isenabled', () => R.bool(R.gcEnabled)),
    get_count: F('get_count', () => R.tuple(R.gens.slice(0, 3).map((g) => R.int(g.count)))),
    get_threshold: F('get_threshold', () => R.tuple(R.gens.slice(0, 3).map((g) => R.int(g.threshold)))),
    set_threshold: F('set_threshold', (a) => {
      if (a.length < 1 || a.length > 3)
        raise('TypeError', `set_threshold() takes at most 3 arguments (${a.length} given)`)
      varargsTuple(a)
      a.forEach((v, i) => (R.gens[i].threshold = intArg(v, 'threshold')))
      return none()
    }),
    get_debug: F('get_debug', () => R.int(st.debug)),
    set_debug: F('set_debug', (a) => {
      // 2.7: METH_VARARGS; 3.x: METH_O (argument clinic)
      if (p.py2) varargsTuple(a)
      st.debug = intArg(a[0], 'flags')
      return none()
    }),
    is_tracked: F('is_tracked', (a) => R.bool(a[0].gcGen >= 0 && a[0].type.isGC)),
    get_objects: F('get_objects', (a, kw) => {
      const g = a.length ? a[0] : (kw?.get('generation') ?? null)
      let gens = [0, 1, 2]
      if (g !== null && g !== R.None) {
        const n = intArg(g, 'generation')
        if (n >= 3)
          raise(
            'ValueError',
            'generation parameter must be less than the number of available generations (3)',
          )
        if (n < 0) raise('ValueError', 'generation parameter cannot be negative')
        gens = [n]
      }
      const out: PyObject[] = []
      for (const i of gens) for (const o of generationObjects(i)) out.push(incref(o))
      return R.list(out)
    }),
    get_referrers: F('get_referrers', (a) => {
      const targets = new Set(a)
      if (p.py2) trackRunningFrames(targets)
      const out: PyObject[] = []
      for (let i = 0; i < 3; i++)
        for (const o of generationObjects(i)) {
          let hit = false
          traverse(o, (r) => {
            if (targets.has(r)) hit = true
          })
          if (hit) out.push(incref(o))
        }
      return R.list(out)
    }),
    get_referents: F('get_referents', (a) => {
      const out: PyObject[] = []
      for (const o of a) if (o.type.isGC) traverse(o, (r) => out.push(incref(r)))
      return R.list(out)
    }),
    garbage: incref(R.garbage as PyList),
    DEBUG_STATS: R.int(DEBUG.STATS),
    DEBUG_COLLECTABLE: R.int(DEBUG.COLLECTABLE),
    DEBUG_UNCOLLECTABLE: R.int(DEBUG.UNCOLLECTABLE),
    DEBUG_SAVEALL: R.int(DEBUG.SAVEALL),
    DEBUG_LEAK: R.int(
      p.py2
        ? DEBUG.COLLECTABLE | DEBUG.UNCOLLECTABLE | DEBUG.INSTANCES | DEBUG.OBJECTS | DEBUG.SAVEALL
        : DEBUG.COLLECTABLE | DEBUG.UNCOLLECTABLE | DEBUG.SAVEALL,
    ),
  }
  if (p.py2) {
    e.DEBUG_INSTANCES = R.int(DEBUG.INSTANCES)
    e.DEBUG_OBJECTS = R.int(DEBUG.OBJECTS)
  } else {
    const cbs = R.list([])
    st.callbacks = cbs
    e.callbacks = cbs
    e.get_stats = F('get_stats', () =>
      R.list(
        st.stats.map((s) => {
          const d = R.dict()
          for (const [k, v] of [
            ['collections', s.collections],
            ['collected', s.collected],
            ['uncollectable', s.uncollectable],
          ] as const) {
            const iv = R.int(v)
            dictSetStr(d, k, iv)
            decref(iv)
          }
          return d
        }),
      ),
    )
    e.freeze = F('freeze', () => (freeze(), none()))
    e.unfreeze = F('unfreeze', () => (unfreeze(), none()))
    e.get_freeze_count = F('get_freeze_count', () => R.int(generationObjects(3).length + R.gens[3].resident))
  }
  return e
}
