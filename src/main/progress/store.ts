/**
 * Learner progress on this machine: for each learner, pack, exercise, question and profile, how
 * many attempts, whether the last was right, the best score and the time spent. One JSON file in
 * the app's data folder, written atomically (atomic-file.ts) with one previous good copy kept.
 *
 * A file that cannot be read is never silently dropped: it is moved aside as
 * `progress.corrupt-<timestamp>.json`, the previous copy is used if it is good, and the report says
 * what happened (`warnings`).
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { ProgressReport, QuestionProgress } from '../../shared/pack'
import { PROFILES, type ProfileName } from '../../shared/trace'
import { previousCopyPath, removeStaleTemporaries, writeFileAtomic } from './atomic-file'

export const PROGRESS_FILE = 'progress.json'

const recordSchema = z.strictObject({
  packId: z.string(),
  exerciseId: z.string(),
  questionId: z.string(),
  profile: z.enum(PROFILES),
  attempts: z.number().int().min(0),
  correct: z.boolean(),
  bestScore: z.number().min(0).max(1),
  lastScore: z.number().min(0).max(1),
  firstAttemptAt: z.string(),
  lastAttemptAt: z.string(),
  timeSpentMs: z.number().min(0),
})

const fileSchema = z.strictObject({
  format: z.literal('pymem-lab-progress'),
  version: z.literal(1),
  /** Increases with every save, so a reader can tell versions apart. */
  generation: z.number().int().min(0),
  savedAt: z.string(),
  learners: z.record(z.string(), z.array(recordSchema)),
})

export type ProgressData = z.infer<typeof fileSchema>

export interface Attempt {
  packId: string
  exerciseId: string
  questionId: string
  profile: ProfileName
  score: number
  correct: boolean
  timeSpentMs: number
}

export interface ProgressStoreOptions {
  /** The app's data folder; created when missing. */
  dir: string
  now?: () => Date
}

function empty(): ProgressData {
  return { format: 'pymem-lab-progress', version: 1, generation: 0, savedAt: '', learners: {} }
}

function sameQuestion(r: QuestionProgress, a: Omit<Attempt, 'score' | 'correct' | 'timeSpentMs'>): boolean {
  return (
    r.packId === a.packId &&
    r.exerciseId === a.exerciseId &&
    r.questionId === a.questionId &&
    r.profile === a.profile
  )
}

export class ProgressStore {
  readonly path: string
  private data: ProgressData | null = null
  private readonly warnings: string[] = []
  private readonly now: () => Date

  constructor(private readonly options: ProgressStoreOptions) {
    this.path = join(options.dir, PROGRESS_FILE)
    this.now = options.now ?? (() => new Date())
  }

  /** Reads the file (once); a bad file is moved aside and reported. */
  private load(): ProgressData {
    if (this.data) return this.data
    mkdirSync(this.options.dir, { recursive: true })
    removeStaleTemporaries(this.path)
    const main = this.readValid(this.path)
    if (main.data) {
      this.data = main.data
      return this.data
    }
    if (main.problem) {
      const aside = join(
        this.options.dir,
        `progress.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`,
      )
      renameSync(this.path, aside)
      this.warnings.push(`The saved progress could not be read (${main.problem}); it was moved to ${aside}.`)
    }
    const previous = this.readValid(previousCopyPath(this.path))
    if (previous.data) {
      this.warnings.push(
        main.problem
          ? 'Progress was restored from the previous saved copy.'
          : `${PROGRESS_FILE} was missing; progress was restored from the previous saved copy.`,
      )
      this.data = previous.data
    } else {
      if (main.problem) this.warnings.push('No earlier copy could be read either: progress starts empty.')
      this.data = empty()
    }
    return this.data
  }

  private readValid(path: string): { data: ProgressData | null; problem: string | null } {
    if (!existsSync(path)) return { data: null, problem: null }
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      return { data: null, problem: (error as Error).message }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      return { data: null, problem: `not JSON: ${(error as Error).message}` }
    }
    const parsed = fileSchema.safeParse(json)
    if (!parsed.success)
      return { data: null, problem: `unexpected content: ${parsed.error.issues[0]?.message ?? ''}` }
    return { data: parsed.data, problem: null }
  }

  private save(): void {
    const data = this.load()
    data.generation += 1
    data.savedAt = this.now().toISOString()
    writeFileAtomic(this.path, JSON.stringify(data, null, 1) + '\n', { keepPrevious: true })
  }

  /** Progress records of one question for one learner, or null. */
  find(
    learner: string,
    question: Omit<Attempt, 'score' | 'correct' | 'timeSpentMs'>,
  ): QuestionProgress | null {
    return (this.load().learners[learner] ?? []).find((r) => sameQuestion(r, question)) ?? null
  }

  /** Records one attempt and saves. */
  record(learner: string, attempt: Attempt): QuestionProgress {
    const data = this.load()
    const records = (data.learners[learner] ??= [])
    const at = this.now().toISOString()
    let record = records.find((r) => sameQuestion(r, attempt))
    if (!record) {
      record = {
        packId: attempt.packId,
        exerciseId: attempt.exerciseId,
        questionId: attempt.questionId,
        profile: attempt.profile,
        attempts: 0,
        correct: false,
        bestScore: 0,
        lastScore: 0,
        firstAttemptAt: at,
        lastAttemptAt: at,
        timeSpentMs: 0,
      }
      records.push(record)
    }
    record.attempts += 1
    record.correct = attempt.correct
    record.lastScore = attempt.score
    record.bestScore = Math.max(record.bestScore, attempt.score)
    record.lastAttemptAt = at
    record.timeSpentMs += Math.max(0, Math.round(attempt.timeSpentMs))
    this.save()
    return { ...record }
  }

  report(learner: string): ProgressReport {
    const records = (this.load().learners[learner] ?? []).map((r) => ({ ...r }))
    return { learner, records, warnings: [...this.warnings] }
  }

  learners(): string[] {
    return Object.keys(this.load().learners)
  }

  /** Forgets one learner's progress (the previous copy still holds it until the next save). */
  reset(learner: string): number {
    const data = this.load()
    const count = data.learners[learner]?.length ?? 0
    delete data.learners[learner]
    this.save()
    return count
  }

  exportJson(learner: string | null): string {
    const data = this.load()
    const learners = learner === null ? data.learners : { [learner]: data.learners[learner] ?? [] }
    return JSON.stringify(
      { format: 'pymem-lab-progress-export', version: 1, exportedAt: this.now().toISOString(), learners },
      null,
      2,
    )
  }

  exportCsv(learner: string | null): string {
    const data = this.load()
    const header = [
      'learner',
      'pack',
      'exercise',
      'question',
      'profile',
      'attempts',
      'correct',
      'best_score',
      'last_score',
      'first_attempt_at',
      'last_attempt_at',
      'time_spent_ms',
    ]
    const rows = [header.join(',')]
    for (const [name, records] of Object.entries(data.learners)) {
      if (learner !== null && name !== learner) continue
      for (const r of records) {
        rows.push(
          [
            name,
            r.packId,
            r.exerciseId,
            r.questionId,
            r.profile,
            r.attempts,
            r.correct,
            r.bestScore,
            r.lastScore,
            r.firstAttemptAt,
            r.lastAttemptAt,
            r.timeSpentMs,
          ]
            .map(csvField)
            .join(','),
        )
      }
    }
    return rows.join('\r\n') + '\r\n'
  }
}

/** RFC 4180 field; also defuses spreadsheet formulas (a leading =, +, - or @). */
export function csvField(value: unknown): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
