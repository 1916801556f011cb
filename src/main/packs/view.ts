/**
 * What the window receives of a pack: the text (Markdown and sanitised HTML), the code, the
 * checkpoints and the questions, without anything that gives an answer away (no `correct` marks,
 * no `expect`, no probes or messages that name the answer).
 */
import type {
  CheckpointView,
  Exercise,
  ExerciseView,
  PackRef,
  PackSummary,
  PackView,
  Question,
  QuestionView,
} from '../../shared/pack'
import type { LoadedExercise, LoadedPack } from './load'
import { textView } from './markdown'

function questionView(question: Question): QuestionView {
  const view: QuestionView = {
    id: question.id,
    kind: question.kind,
    prompt: textView(question.prompt),
    hintCount: question.hints.length,
    maxAttempts: question.maxAttempts,
  }
  switch (question.kind) {
    case 'refcount':
      return { ...view, expression: question.expression, measure: question.measure }
    case 'value':
      return { ...view, expression: question.expression }
    case 'collect':
      return { ...view, generation: question.generation }
    case 'output':
      return { ...view, until: question.until }
    case 'order':
      return {
        ...view,
        until: question.until,
        options: question.options.map((o) => ({ id: o.id, label: textView(o.label) })),
      }
    case 'choice':
      return {
        ...view,
        multiple: question.multiple,
        options: question.options.map((o) => ({ id: o.id, label: textView(o.label) })),
      }
    default:
      return { ...view, options: question.options.map((o) => ({ id: o.id, label: textView(o.label) })) }
  }
}

export function toExerciseView(loaded: LoadedExercise): ExerciseView {
  const exercise: Exercise | null = loaded.exercise
  const empty = textView({})
  if (!exercise) {
    return {
      id: loaded.id,
      title: textView({ en: loaded.id, zh: loaded.id }),
      intro: empty,
      code: '',
      profiles: [],
      checkpoints: [],
      summary: null,
      tags: [],
      valid: false,
      problems: loaded.problems,
    }
  }
  const checkpoints: CheckpointView[] = exercise.checkpoints.map((c) => ({
    id: c.id,
    line: c.line,
    when: c.when,
    hit: c.hit,
    note: c.note ? textView(c.note) : null,
    questions: c.questions.map(questionView),
  }))
  return {
    id: exercise.id,
    title: textView(exercise.title),
    intro: textView(exercise.intro),
    code: exercise.code,
    profiles: exercise.profiles,
    checkpoints,
    summary: exercise.summary ? textView(exercise.summary) : null,
    tags: exercise.tags,
    valid: true,
    problems: loaded.problems,
  }
}

export function toPackSummary(
  loaded: LoadedPack,
  ref: PackRef,
  source: 'builtin' | 'folder',
  fallbackId: string,
): PackSummary {
  const errors = [...loaded.problems, ...loaded.exercises.flatMap((e) => e.problems)].filter(
    (p) => p.severity === 'error',
  )
  return {
    ref,
    id: loaded.manifest?.id ?? fallbackId,
    title: textView(loaded.manifest?.title ?? { en: fallbackId, zh: fallbackId }),
    version: loaded.manifest?.version ?? '',
    source,
    path: loaded.path,
    exerciseCount: loaded.exercises.filter((e) => e.exercise).length,
    errorCount: new Set(errors).size,
    revision: loaded.revision,
  }
}

export function toPackView(
  loaded: LoadedPack,
  ref: PackRef,
  source: 'builtin' | 'folder',
  fallbackId: string,
): PackView {
  return {
    ...toPackSummary(loaded, ref, source, fallbackId),
    description: textView(loaded.manifest?.description ?? {}),
    authors: loaded.manifest?.authors ?? [],
    languages: loaded.manifest?.languages ?? [],
    profile: loaded.manifest?.profile ?? '3.12',
    exercises: loaded.exercises.map(toExerciseView),
    problems: loaded.problems,
  }
}
