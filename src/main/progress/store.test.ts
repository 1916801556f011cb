import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { csvField, ProgressStore } from './store'
import { previousCopyPath } from './atomic-file'

const attempt = (questionId: string, score: number) => ({
  packId: 'core',
  exerciseId: 'ex',
  questionId,
  profile: '3.12' as const,
  score,
  correct: score === 1,
  timeSpentMs: 1500,
})

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pymem-progress-'))
}

describe('ProgressStore', () => {
  it('counts attempts, keeps the best score and survives a new store on the same folder', () => {
    const dir = tempDir()
    const store = new ProgressStore({ dir })
    store.record('ana', attempt('q1', 0.5))
    const second = store.record('ana', attempt('q1', 1))
    expect(second).toMatchObject({
      attempts: 2,
      correct: true,
      bestScore: 1,
      lastScore: 1,
      timeSpentMs: 3000,
    })
    const again = new ProgressStore({ dir }).report('ana')
    expect(again.records).toEqual([second])
    expect(again.warnings).toEqual([])
    expect(new ProgressStore({ dir }).report('bo').records).toEqual([])
  })

  it('keeps one previous good copy', () => {
    const dir = tempDir()
    const store = new ProgressStore({ dir })
    store.record('ana', attempt('q1', 0))
    store.record('ana', attempt('q2', 0))
    const previous = JSON.parse(readFileSync(previousCopyPath(store.path), 'utf8'))
    expect(previous.learners.ana).toHaveLength(1)
  })

  it('moves a corrupted file aside, reports it and restores the previous copy', () => {
    const dir = tempDir()
    const store = new ProgressStore({ dir, now: () => new Date('2025-01-02T03:04:05Z') })
    store.record('ana', attempt('q1', 1))
    store.record('ana', attempt('q2', 1))
    writeFileSync(store.path, '{"format": "pymem-lab-progress", "learn')
    const reopened = new ProgressStore({ dir, now: () => new Date('2025-01-02T03:04:05Z') })
    const report = reopened.report('ana')
    expect(report.records.map((r) => r.questionId)).toEqual(['q1'])
    expect(report.warnings.join(' ')).toMatch(
      /could not be read.*progress\.corrupt-2025-01-02T03-04-05-000Z\.json/,
    )
    expect(report.warnings.join(' ')).toContain('previous saved copy')
    const aside = readdirSync(dir).filter((n) => n.startsWith('progress.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0]), 'utf8')).toContain('"learn')
  })

  it('starts empty, and says so, when neither copy can be read', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'progress.json'), '[1, 2, 3]')
    const report = new ProgressStore({ dir }).report('ana')
    expect(report.records).toEqual([])
    expect(report.warnings.join(' ')).toMatch(/unexpected content.*starts empty/)
  })

  it('resets one learner only', () => {
    const dir = tempDir()
    const store = new ProgressStore({ dir })
    store.record('ana', attempt('q1', 1))
    store.record('bo', attempt('q1', 0))
    expect(store.reset('ana')).toBe(1)
    expect(new ProgressStore({ dir }).learners()).toEqual(['bo'])
  })

  it('exports CSV with quoting and defused formulas, and JSON', () => {
    const dir = tempDir()
    const store = new ProgressStore({ dir })
    store.record('=cmd|x', { ...attempt('q,1', 1) })
    const csv = store.exportCsv(null).split('\r\n')
    expect(csv[0]).toBe(
      'learner,pack,exercise,question,profile,attempts,correct,best_score,last_score,first_attempt_at,last_attempt_at,time_spent_ms',
    )
    expect(csv[1].startsWith(`'=cmd|x,core,ex,"q,1",3.12,1,true,1,1,`)).toBe(true)
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    const json = JSON.parse(store.exportJson('=cmd|x'))
    expect(json.learners['=cmd|x'][0].questionId).toBe('q,1')
  })
})

describe('saving progress while the process is killed', () => {
  let script = ''
  beforeAll(async () => {
    const dir = tempDir()
    const entry = join(dir, 'saver.ts')
    // The child saves in a loop, one new record per save, until it is killed.
    writeFileSync(
      entry,
      `import { ProgressStore } from ${JSON.stringify(join(__dirname, 'store.ts'))}
const store = new ProgressStore({ dir: process.argv[2] })
let i = store.report('ana').records.length
process.stdout.write('ready\\n')
for (;;) {
  store.record('ana', { packId: 'p', exerciseId: 'e', questionId: 'q' + i++, profile: '3.12', score: 1, correct: true, timeSpentMs: 1 })
}
`,
    )
    script = join(dir, 'saver.mjs')
    await build({
      entryPoints: [entry],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    })
  })

  it('always leaves a complete earlier-or-latest version (SIGKILL at random moments)', async () => {
    const dir = tempDir()
    let lastGeneration = 0
    const iterations = 40
    for (let k = 0; k < iterations; k++) {
      const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] })
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 40))
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
      const text = readFileSync(join(dir, 'progress.json'), 'utf8')
      const data = JSON.parse(text)
      const records = data.learners.ana as { questionId: string }[]
      // Complete: one record per save, numbered without gaps, and the generation agrees.
      expect(records.length).toBe(data.generation)
      expect(records.map((r) => r.questionId)).toEqual(records.map((_, i) => 'q' + i))
      // Earlier-or-latest: never older than what an earlier round already saw.
      expect(data.generation).toBeGreaterThanOrEqual(lastGeneration)
      lastGeneration = data.generation
      const report = new ProgressStore({ dir }).report('ana')
      expect(report.warnings).toEqual([])
      expect(report.records.length).toBe(data.generation)
    }
    expect(lastGeneration).toBeGreaterThan(iterations)
    expect(existsSync(previousCopyPath(join(dir, 'progress.json')))).toBe(true)
  }, 120_000)
})
