/**
 * The pack's rules, applied to the YAML of one file. Shape errors come from zod (mapped to the
 * node they concern); the rules zod cannot express come after, each reported at the field it is
 * about. Every rule reports and carries on, so an author sees every problem of a file at once.
 */
import type { z } from 'zod'
import {
  PACK_LANGUAGES,
  QUESTION_KINDS,
  type Checkpoint,
  type CodePoint,
  type Exercise,
  type Expectation,
  type LocalText,
  type PackLanguage,
  type PackManifest,
  type Question,
  type QuestionOption,
} from '../../shared/pack'
import { PROFILES, type ProfileName } from '../../shared/trace'
import { checkMarkdown } from './markdown'
import { codeLines, expressionSyntaxError, importsModule, programSyntaxError } from './python-syntax'
import {
  checkpointFileSchema,
  exerciseFileSchema,
  KNOWN_FIELDS,
  manifestSchema,
  questionSchema,
  questionSchemas,
  type RawManifest,
  type RawQuestion,
} from './schema'
import type { YamlFile, YamlPath } from './yaml-file'

/** Reports zod's issues at the nodes they concern (under `prefix`); returns the value when there were none. */
function parseWith<S extends z.ZodType>(
  file: YamlFile,
  schema: S,
  value: unknown,
  prefix: YamlPath = [],
): z.output<S> | null {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  for (const issue of result.error.issues) reportIssue(file, value, issue, prefix)
  return null
}

/**
 * Like `parseWith`, but when the mapping has errors it keeps going with the fields that are right
 * (unknown fields dropped, wrong ones left out), as long as the required ones are usable. This is
 * what lets one run report the problems of every question, not only of the first broken one.
 */
function parseLenient<S extends z.ZodObject>(
  file: YamlFile,
  schema: S,
  value: unknown,
  prefix: YamlPath,
): z.output<S> | null {
  const strict = parseWith(file, schema, value, prefix)
  if (strict !== null) return strict
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const kept: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse((value as Record<string, unknown>)[key])
    if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data
  }
  const again = schema.safeParse(kept)
  return again.success ? again.data : null
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text '${value.length > 30 ? value.slice(0, 30) + '…' : value}'`
  return `${typeof value} ${String(value)}`
}

function fieldName(path: YamlPath): string {
  const named = [...path].reverse().find((s) => typeof s === 'string')
  return named === undefined ? 'this value' : `'${String(named)}'`
}

function reportIssue(file: YamlFile, root: unknown, issue: z.core.$ZodIssue, prefix: YamlPath): void {
  const relative = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const actual = valueAt(root, relative)
  const path = [...prefix, ...relative]
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        const hint = suggest(key)
        file.report([...path, key], `unknown field '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`, {
          key: true,
        })
      }
      return
    case 'invalid_type':
      if (actual === undefined) file.report(path.slice(0, -1), `missing field ${fieldName(path)}`)
      else
        file.report(path, `${fieldName(path)} should be ${article(issue.expected)}, not ${describe(actual)}`)
      return
    case 'invalid_value': {
      const values = issue.values.map(String)
      const isProfile = values.includes('3.12')
      if (isProfile && typeof actual === 'number') {
        file.report(
          path,
          `profile ${actual} is a number to YAML: write the profile in quotes, e.g. '3.10'; profiles are ${values.join(', ')}`,
        )
      } else if (isProfile) {
        file.report(path, `unknown profile ${describe(actual)}: profiles are ${values.join(', ')}`)
      } else {
        file.report(path, `${fieldName(path)} must be one of ${values.join(', ')}, not ${describe(actual)}`)
      }
      return
    }
    case 'invalid_union': {
      if (path[path.length - 1] === 'kind') {
        file.report(
          path,
          `unknown question kind ${typeof actual === 'string' ? `'${actual}'` : describe(actual)}: kinds are ${QUESTION_KINDS.join(', ')}`,
        )
        return
      }
      if (path.includes('expect')) {
        file.report(
          path,
          `'expect' should be text, a number, true/false, a list of ids, or a mapping from profile to one of those`,
        )
        return
      }
      file.report(path, `${fieldName(path)} has the wrong shape (${describe(actual)})`)
      return
    }
    default:
      file.report(path, `${fieldName(path)}: ${issue.message}`)
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
  }
  return names[expected] ?? expected
}

function suggest(key: string): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const known of KNOWN_FIELDS) {
    const d = editDistance(key.toLowerCase(), known)
    if (d < bestDistance) [best, bestDistance] = [known, d]
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

/** Checks a text field: every language of the pack present, and safe Markdown. */
function checkText(
  file: YamlFile,
  path: YamlPath,
  text: LocalText | undefined,
  languages: PackLanguage[],
): void {
  if (!text) return
  for (const language of languages) {
    if (text[language] === undefined || text[language]?.trim() === '') {
      file.report(
        path,
        `missing ${language === 'zh' ? 'Chinese (zh)' : 'English (en)'} translation of ${fieldName(path)}`,
      )
    }
  }
  for (const language of PACK_LANGUAGES) {
    const value = text[language]
    if (value === undefined) continue
    if (!languages.includes(language)) {
      file.report([...path, language], `the pack does not list language '${language}' in pack.yaml`, {
        key: true,
        severity: 'warning',
      })
    }
    for (const issue of checkMarkdown(value)) {
      const inner = value.split('\n').slice(0, issue.line).join('\n').length + (issue.line > 0 ? 1 : 0)
      file.reportAt(file.offsetInString([...path, language], inner), issue.message)
    }
  }
}

// ---------------------------------------------------------------------------------------------

export function validateManifest(file: YamlFile): PackManifest | null {
  const value = file.value()
  if (value === undefined) return null
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    file.report([], 'pack.yaml must be a mapping with id, version, title and exercises')
    return null
  }
  // A manifest with errors still names its exercises: load them too, so every problem shows at once.
  const parsed = parseWith(file, manifestSchema, value)
  const raw: RawManifest | null = parsed ?? salvageManifest(value)
  if (!raw) return null
  const languages = raw.languages ?? [...PACK_LANGUAGES]
  if (parsed) {
    checkText(file, ['title'], raw.title, languages)
    checkText(file, ['description'], raw.description, languages)
  }
  const seen = new Set<string>()
  raw.exercises.forEach((name, index) => {
    if (seen.has(name)) file.report(['exercises', index], `exercise '${name}' is listed twice`)
    seen.add(name)
  })
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    description: raw.description ?? {},
    authors: raw.authors ?? [],
    languages,
    profile: raw.profile ?? '3.12',
    exercises: raw.exercises,
  }
}

function salvageManifest(value: object): RawManifest | null {
  const v = value as Record<string, unknown>
  const exercises = Array.isArray(v.exercises)
    ? v.exercises.filter((e): e is string => typeof e === 'string')
    : []
  if (exercises.length === 0) return null
  const languages = Array.isArray(v.languages)
    ? v.languages.filter((l): l is PackLanguage => (PACK_LANGUAGES as readonly unknown[]).includes(l))
    : undefined
  return {
    id: typeof v.id === 'string' ? v.id : 'pack',
    version: typeof v.version === 'string' ? v.version : '0',
    title: {},
    languages: languages && languages.length > 0 ? languages : undefined,
    profile: (PROFILES as readonly unknown[]).includes(v.profile) ? (v.profile as ProfileName) : undefined,
    exercises,
  }
}

export interface ExerciseContext {
  /** The id the file name gives (`<id>.yaml`). */
  expectedId: string
  languages: PackLanguage[]
  defaultProfile: ProfileName
}

/** Validates one exercise file; returns the exercise only when it has no errors. */
export function validateExercise(file: YamlFile, context: ExerciseContext): Exercise | null {
  const value = file.value()
  if (value === undefined) return null
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    file.report([], 'an exercise file must be a mapping with id, title, code and checkpoints')
    return null
  }
  const before = file.problems.filter((p) => p.severity === 'error').length
  const raw = parseLenient(file, exerciseFileSchema, value, [])
  if (!raw) return null
  const { languages } = context

  if (raw.id !== context.expectedId) {
    file.report(['id'], `exercise id '${raw.id}' does not match its file name '${context.expectedId}.yaml'`)
  }
  checkText(file, ['title'], raw.title, languages)
  checkText(file, ['intro'], raw.intro, languages)
  checkText(file, ['summary'], raw.summary, languages)

  const syntax = programSyntaxError(raw.code)
  if (syntax) file.reportAt(file.offsetInString(['code'], syntax.offset), syntax.message)
  const lineCount = raw.code.replace(/\n$/, '').split('\n').length
  const runnable = codeLines(raw.code)
  const profiles = raw.profiles ?? [context.defaultProfile]
  const seenProfiles = new Set<string>()
  profiles.forEach((p, i) => {
    if (seenProfiles.has(p)) file.report(['profiles', i], `profile ${p} is listed twice`)
    seenProfiles.add(p)
  })

  const checkLine = (path: YamlPath, lineNumber: number): void => {
    if (lineNumber < 1 || lineNumber > lineCount) {
      file.report(path, `line ${lineNumber} is outside the code (it has ${lineCount} lines)`)
    } else if (!runnable.has(lineNumber)) {
      file.report(path, `line ${lineNumber} holds no code (blank or a comment): execution never stops there`)
    }
  }
  const toPoint = (
    path: YamlPath,
    p: { before?: number; after?: number; hit?: number },
  ): CodePoint | null => {
    if (p.before !== undefined && p.after !== undefined) {
      file.report(path, "give either 'before: LINE' or 'after: LINE', not both")
      return null
    }
    const lineNumber = p.before ?? p.after
    if (lineNumber === undefined) {
      file.report(path, "a point in the code needs 'before: LINE' or 'after: LINE'")
      return null
    }
    checkLine([...path, p.before !== undefined ? 'before' : 'after'], lineNumber)
    return { line: lineNumber, when: p.before !== undefined ? 'before' : 'after', hit: p.hit ?? 1 }
  }

  const checkpointIds = new Set<string>()
  const questionIds = new Set<string>()
  const checkpoints: Checkpoint[] = []
  raw.checkpoints.forEach((value, c) => {
    const cpath: YamlPath = ['checkpoints', c]
    const rawCheckpoint = parseLenient(file, checkpointFileSchema, value, cpath)
    if (!rawCheckpoint) return
    if (checkpointIds.has(rawCheckpoint.id))
      file.report([...cpath, 'id'], `checkpoint id '${rawCheckpoint.id}' is used twice`)
    checkpointIds.add(rawCheckpoint.id)
    const point = toPoint(cpath, rawCheckpoint)
    checkText(file, [...cpath, 'note'], rawCheckpoint.note, languages)
    const questions: Question[] = []
    rawCheckpoint.questions.forEach((value, q) => {
      const qpath: YamlPath = [...cpath, 'questions', q]
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined
      if (typeof id === 'string') {
        if (questionIds.has(id))
          file.report([...qpath, 'id'], `question id '${id}' is used twice in this exercise`)
        questionIds.add(id)
      }
      const rawQuestion = parseQuestion(file, value, qpath)
      if (!rawQuestion) return
      const question = checkQuestion(file, qpath, rawQuestion, {
        code: raw.code,
        languages,
        profiles,
        toPoint,
      })
      if (question) questions.push(question)
    })
    if (point)
      checkpoints.push({ id: rawCheckpoint.id, ...point, note: rawCheckpoint.note ?? null, questions })
  })

  const errors = file.problems.filter((p) => p.severity === 'error').length
  if (errors > before) return null
  return {
    id: raw.id,
    title: raw.title,
    intro: raw.intro ?? {},
    code: raw.code,
    profiles,
    checkpoints,
    summary: raw.summary ?? null,
    tags: raw.tags ?? [],
  }
}

/** A question, checked against the schema of its own kind so that its other problems show too. */
function parseQuestion(file: YamlFile, value: unknown, path: YamlPath): RawQuestion | null {
  const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined
  const schema = questionSchemas.find((s) => s.shape.kind.value === kind)
  if (!schema) return parseWith(file, questionSchema, value, path)
  return parseLenient(file, schema as z.ZodObject, value, path) as RawQuestion | null
}

interface QuestionContext {
  code: string
  languages: PackLanguage[]
  profiles: ProfileName[]
  toPoint: (path: YamlPath, p: { before?: number; after?: number; hit?: number }) => CodePoint | null
}

function checkQuestion(
  file: YamlFile,
  path: YamlPath,
  raw: RawQuestion,
  ctx: QuestionContext,
): Question | null {
  checkText(file, [...path, 'prompt'], raw.prompt, ctx.languages)
  checkText(file, [...path, 'explain'], raw.explain, ctx.languages)
  raw.hints?.forEach((hint, i) => checkText(file, [...path, 'hints', i], hint, ctx.languages))

  const checkExpression = (field: YamlPath, source: string): void => {
    const error = expressionSyntaxError(source)
    if (error) file.reportAt(file.offsetInString(field, error.offset), error.message)
  }
  const needsImport = (module: string, why: string): void => {
    if (!importsModule(ctx.code, module))
      file.report([...path, 'kind'], `the code must 'import ${module}': ${why}`)
  }
  const options: QuestionOption[] = 'options' in raw ? raw.options : []
  const optionIds = new Set<string>()
  options.forEach((option, i) => {
    const opath: YamlPath = [...path, 'options', i]
    if (optionIds.has(option.id))
      file.report([...opath, 'id'], `option id '${option.id}' is used twice in this question`)
    optionIds.add(option.id)
    checkText(file, [...opath, 'label'], option.label, ctx.languages)
    const allowed: Record<string, string> = { probe: 'alive', message: 'order', correct: 'choice' }
    for (const [field, kind] of Object.entries(allowed)) {
      if (field in option && raw.kind !== kind) {
        file.report([...opath, field], `'${field}' belongs to ${kind} questions, not ${raw.kind}`, {
          key: true,
        })
      }
    }
    if (raw.kind === 'alive') {
      if (option.probe === undefined)
        file.report(opath, "an alive option needs a 'probe': an expression true while the object lives")
      else checkExpression([...opath, 'probe'], option.probe)
    }
    if (raw.kind === 'order' && option.message === undefined) {
      file.report(opath, "an order option needs the 'message' line the program prints for it")
    }
    if (raw.kind === 'garbage' && !/^[A-Za-z_]\w*$/.test(option.id)) {
      file.report([...opath, 'id'], `garbage options are type names, and '${option.id}' is not a Python name`)
    }
  })
  let until: CodePoint | null = null
  if ('until' in raw && raw.until) until = ctx.toPoint([...path, 'until'], raw.until)

  const common = {
    id: raw.id,
    prompt: raw.prompt,
    explain: raw.explain ?? null,
    hints: raw.hints ?? [],
    maxAttempts: raw.max_attempts ?? null,
    expect: (raw.expect ?? null) as Expectation | null,
  }
  let question: Question
  switch (raw.kind) {
    case 'output':
      question = { ...common, kind: 'output', until }
      break
    case 'refcount':
      checkExpression([...path, 'expression'], raw.expression)
      needsImport('sys', 'the answer is computed with sys.getrefcount')
      question = {
        ...common,
        kind: 'refcount',
        expression: raw.expression,
        measure: raw.measure ?? 'getrefcount',
      }
      break
    case 'collect':
      needsImport('gc', 'the answer is computed with gc.collect()')
      question = { ...common, kind: 'collect', generation: raw.generation ?? null }
      break
    case 'alive':
      question = { ...common, kind: 'alive', options }
      break
    case 'order':
      question = { ...common, kind: 'order', options, until }
      break
    case 'garbage':
      needsImport('gc', 'the answer is read from gc.garbage')
      question = { ...common, kind: 'garbage', options }
      break
    case 'value':
      checkExpression([...path, 'expression'], raw.expression)
      question = { ...common, kind: 'value', expression: raw.expression }
      break
    case 'choice': {
      const right = options.filter((o) => o.correct).length
      if (right === 0)
        file.report([...path, 'options'], 'a choice question needs at least one option with correct: true')
      if (!raw.multiple && right > 1) {
        file.report(
          [...path, 'options'],
          `${right} options are correct: set 'multiple: true' or mark only one`,
        )
      }
      if (raw.expect !== undefined) {
        file.report([...path, 'expect'], "a choice question's answer is its correct options; drop 'expect'", {
          key: true,
        })
      }
      question = { ...common, kind: 'choice', options, multiple: raw.multiple ?? false }
      break
    }
  }
  if (raw.expect !== undefined && raw.kind !== 'choice')
    checkExpect(file, [...path, 'expect'], question, raw.expect, ctx.profiles)
  return question
}

function checkExpect(
  file: YamlFile,
  path: YamlPath,
  question: Question,
  expect: unknown,
  profiles: ProfileName[],
): void {
  const perProfile = expect !== null && typeof expect === 'object' && !Array.isArray(expect)
  const entries: [YamlPath, unknown][] = []
  if (perProfile) {
    for (const [key, value] of Object.entries(expect as Record<string, unknown>)) {
      if (!(PROFILES as readonly string[]).includes(key)) {
        file.report(
          [...path, key],
          `unknown profile '${key}' in expect: profiles are ${PROFILES.join(', ')} (quote them: '3.10')`,
          {
            key: true,
          },
        )
      } else if (!profiles.includes(key as ProfileName)) {
        file.report(
          [...path, key],
          `this exercise does not run on profile ${key} (its profiles: ${profiles.join(', ')})`,
          {
            key: true,
          },
        )
      }
      entries.push([[...path, key], value])
    }
  } else entries.push([path, expect])
  const ids = 'options' in question ? new Set(question.options.map((o) => o.id)) : new Set<string>()
  for (const [at, value] of entries) {
    switch (question.kind) {
      case 'refcount':
      case 'collect':
        if (!Number.isInteger(value))
          file.report(at, `a ${question.kind} answer is a whole number, not ${describe(value)}`)
        break
      case 'alive':
      case 'order':
      case 'garbage':
        if (!Array.isArray(value))
          file.report(at, `an ${question.kind} answer is a list of option ids, not ${describe(value)}`)
        else
          for (const id of value as string[])
            if (!ids.has(id))
              file.report(at, `'${id}' is not one of this question's options (${[...ids].join(', ')})`)
        break
      case 'output':
        if (typeof value !== 'string') file.report(at, `an output answer is text, not ${describe(value)}`)
        break
      default:
        if (Array.isArray(value)) file.report(at, `a value answer is one value (its repr), not a list`)
    }
  }
}
