/**
 * Benchmark: run every bench/NAME.py through the CLI (`node bin/pymem-lab.mjs run FILE --profile 3.12`) and,
 * when CPython 3.12 is found, through it too; whole-process wall time, median of 3 runs each. Prints per
 * program: simulator time, CPython time, ratio, and whether the simulator's output matched NAME.3.12.out.
 *
 *   npm run bench -- [--runs N] [--profile P] [NAME ...]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { homedir } from 'node:os'

const args = process.argv.slice(2)
let runs = 3
let profile = '3.12'
const names: string[] = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = parseInt(args[++i], 10)
  else if (args[i] === '--profile') profile = args[++i]
  else names.push(args[i])
}

function findPython(): { cmd: string; env: NodeJS.ProcessEnv } | null {
  const pyenvVersions = join(homedir(), '.pyenv/versions')
  if (existsSync(pyenvVersions)) {
    const v = readdirSync(pyenvVersions)
      .filter((d) => d.startsWith(profile + '.'))
      .sort()
      .pop()
    if (v) return { cmd: join(pyenvVersions, v, 'bin/python'), env: process.env }
  }
  const r = spawnSync('python' + profile, ['-c', 'pass'])
  if (r.status === 0) return { cmd: 'python' + profile, env: process.env }
  return null
}

function timeIt(
  cmd: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
): { ms: number; out: string; ok: boolean } {
  const t0 = performance.now()
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 64 << 20 })
  return { ms: performance.now() - t0, out: r.stdout ?? '', ok: r.status === 0 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const dir = 'bench'
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .filter((n) => names.length === 0 || names.includes(n))
  .sort()
const py = findPython()
// Warm the CLI bundle once so esbuild's first-use build is not timed.
spawnSync('node', ['bin/pymem-lab.mjs', 'run', join(dir, programs[0] + '.py'), '--profile', profile], {
  encoding: 'utf8',
})
let worst = 0
console.log(`profile ${profile}, median of ${runs} runs, whole process`)
for (const name of programs) {
  const file = join(dir, name + '.py')
  const sim: number[] = []
  let out = ''
  for (let i = 0; i < runs; i++) {
    const r = timeIt('node', ['bin/pymem-lab.mjs', 'run', file, '--profile', profile], process.env)
    sim.push(r.ms)
    out = r.out
  }
  const cp: number[] = []
  if (py) for (let i = 0; i < runs; i++) cp.push(timeIt(py.cmd, [file], py.env).ms)
  const expected = join(dir, `${name}.${profile}.out`)
  const norm = (s: string) => s.replace(/0x[0-9a-fA-F]+/g, '0x?')
  const match = existsSync(expected) ? norm(out) === norm(readFileSync(expected, 'utf8')) : null
  const s = median(sim)
  const c = py ? median(cp) : NaN
  const ratio = s / c
  if (ratio > worst) worst = ratio
  console.log(
    `${name.padEnd(22)} sim ${(s / 1000).toFixed(3)} s   cpython ${py ? (c / 1000).toFixed(3) + ' s' : 'n/a'}   ratio ${py ? ratio.toFixed(2) + 'x' : 'n/a'}   output ${match === null ? 'no .out' : match ? 'matches' : 'DIFFERS'}`,
  )
}
if (py) console.log(`worst ratio ${worst.toFixed(2)}x (target <= 3x)`)

// The lab's timeline: moving to any point of a 10,000-step trace (issue 6: at most 50 ms).
console.log('')
const replay = spawnSync('node', ['--import', 'tsx', 'src/shared/trace-replay.bench.ts'], {
  encoding: 'utf8',
})
process.stdout.write(replay.stdout + replay.stderr)
