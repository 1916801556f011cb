/**
 * Probes: exercise checkpoints that evaluate an expression in the frame reaching a line. The expression is
 * compiled in that line's scope, so names resolve as the program's own code would; its result is recorded
 * as a repr. A probe must leave no trace: its steps are not counted, its output is discarded, automatic
 * collections are held off while it runs, and its temporaries are released before the program continues.
 *
 * Simplifications:
 * - Objects a probe allocates and frees reorder pymalloc's LIFO free lists as they would in CPython, so
 *   a later `id()` comparison can differ; exercise keys run each probe alone (packs/keys.ts).
 */
import { decref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { excStr, repr } from '../objects/ops'
import { parseModule } from '../parse/parse'
import { analyzeScopes } from '../parse/scope'
import type { ProbeResult } from '../index'
import { budget } from './budget'
import { compileExpr, type Ctx, type E } from './compile-expr'
import type { Frame } from './frame'

export function installProbes(probes: ProbeResult[], _source: string, py2: boolean): void {
  budget.probeFor = (line: number, ctx: Ctx) => {
    const mine = probes.filter((p) => p.line === line)
    if (mine.length === 0) return null
    const compiled: { p: ProbeResult; c: E | null; err: string | null }[] = mine.map((p) => {
      try {
        const m = parseModule(p.expression, { py2: false })
        void py2
        if (m.body.length !== 1 || m.body[0].k !== 'Expr')
          return { p, c: null, err: 'SyntaxError: probe must be one expression' }
        // Lambdas and comprehensions inside a probe get scopes of their own; names they use that are not
        // theirs resolve as globals (a probe cannot add cells to the frame it runs in). Comprehensions
        // get their own scope on every profile, so a probe never leaks a loop variable (2.7).
        analyzeScopes(m, true)
        return { p, c: compileExpr(m.body[0].value, ctx), err: null }
      } catch (e) {
        return { p, c: null, err: `SyntaxError: ${(e as Error).message}` }
      }
    })
    const run = (f: Frame, when: 'before' | 'after') => {
      for (const c of compiled) {
        if (c.p.when !== when) continue
        if (c.c === null) {
          c.p.hits.push({ repr: null, error: c.err })
          continue
        }
        const steps = budget.steps
        const checkAt = budget.checkAt
        const out = R.stdout.length
        const err = R.stderr.length
        const gcOn = R.gcEnabled
        const count0 = R.gens[0].count
        const gcPending = R.gcPending
        R.gcEnabled = false
        try {
          const v = c.c(f)
          try {
            c.p.hits.push({ repr: repr(v), error: null })
          } finally {
            decref(v)
          }
        } catch (e) {
          if (!(e instanceof PyError)) throw e
          c.p.hits.push({ repr: null, error: `${e.exc.type.name}: ${excStr(e.exc)}` })
          decref(e.exc)
        } finally {
          budget.steps = steps
          budget.checkAt = checkAt
          R.stdout.length = out
          R.stderr.length = err
          R.gcEnabled = gcOn
          R.gens[0].count = count0
          R.gcPending = gcPending
        }
      }
    }
    return { before: (f: Frame) => run(f, 'before'), after: (f: Frame) => run(f, 'after') }
  }
}
