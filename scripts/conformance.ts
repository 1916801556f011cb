/**
 * Conformance runner: for each NAME.py with NAME.P.out, run it on the simulator (in-process) under profile P
 * and compare stdout after replacing every 0x[0-9a-fA-F]+ with 0x? on both sides.
 *
 *   npm run conformance -- [DIR ...] [--profile P] [--record] [--verbose]
 *
 * Prints one line per failing program with a short diff, then `N passed, M failed`; exits 1 on failure.
 * `--record` re-records the .out files from real CPython with ../shared/tools/record-conformance.sh.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { runProgram } from '../src/main/sim/index'
import { PROFILES, type ProfileName } from '../src/shared/trace'

const args = process.argv.slice(2)
const dirs: string[] = []
let only: ProfileName | null = null
let record = false
let verbose = false
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '--profile') only = args[++i] as ProfileName
  else if (a === '--record') record = true
  else if (a === '--verbose') verbose = true
  else dirs.push(a)
}
if (dirs.length === 0) dirs.push('conformance')

if (record) {
  const script = resolve('../shared/tools/record-conformance.sh')
  const tool = existsSync(script) ? script : '/work/shared/tools/record-conformance.sh'
  for (const d of dirs) {
    const r = spawnSync(tool, [d], { stdio: 'inherit' })
    if (r.status !== 0) process.exitCode = 1
  }
}

const norm = (s: string) => s.replace(/0x[0-9a-fA-F]+/g, '0x?')

function shortDiff(got: string, want: string): string {
  const g = got.split('\n')
  const w = want.split('\n')
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i])
      return `line ${i + 1}: got ${JSON.stringify(g[i] ?? '<eof>')} want ${JSON.stringify(w[i] ?? '<eof>')}`
  }
  return 'identical?'
}

let passed = 0
let failed = 0
const tally = new Map<string, { pass: number; fail: number }>()
for (const dir of dirs) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
  for (const f of files) {
    const name = f.slice(0, -3)
    const src = readFileSync(join(dir, f), 'utf8')
    const m = /^# profiles:(.*)$/m.exec(src)
    const allowed = m ? m[1].trim().split(/\s+/) : PROFILES
    for (const p of PROFILES) {
      if (only !== null && p !== only) continue
      if (!allowed.includes(p)) continue
      const outFile = join(dir, `${name}.${p}.out`)
      if (!existsSync(outFile)) continue
      const want = norm(readFileSync(outFile, 'utf8'))
      let got: string
      let note = ''
      try {
        // The file name CPython sees when run as `python NAME.py` from its folder (3.9+ makes it absolute).
        const filename = p === '2.7' ? f : resolve(dir, f)
        const r = runProgram(src, { profile: p, filename })
        got = norm(r.stdout)
        if (r.error) note = ` [${r.error.type}: ${r.error.message}]`
      } catch (e) {
        got = ''
        note = ` [simulator crashed: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}]`
      }
      const topic = `${name.split('-')[0]}@${p}`
      const t = tally.get(topic) ?? { pass: 0, fail: 0 }
      if (got === want) {
        passed++
        t.pass++
      } else {
        failed++
        t.fail++
        console.log(`FAIL ${dir}/${name} [${p}] ${shortDiff(got, want)}${note}`)
      }
      tally.set(topic, t)
    }
  }
}
if (verbose) for (const [k, v] of [...tally].sort()) console.log(`  ${k}: ${v.pass} passed, ${v.fail} failed`)
console.log(`${passed} passed, ${failed} failed`)
if (failed > 0) process.exitCode = 1
