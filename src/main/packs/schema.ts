/**
 * The shape of the YAML an instructor writes, as zod schemas: `pack.yaml` and one file per exercise.
 * Every mapping is strict, so a misspelt field is reported rather than ignored. Rules that need more
 * than one field at a time (a line inside the code, an id used twice, a translation missing) are in
 * `validate.ts`. `exercises/pack.schema.json` is generated from these schemas for editors.
 */
import { z } from 'zod'
import { PROFILES } from '../../shared/trace'
import { PACK_LANGUAGES } from '../../shared/pack'

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/,
    'ids use lowercase letters, digits, - and _, starting with a letter or digit',
  )
  .max(64)

/** Markdown text, one entry per language. */
export const textSchema = z
  .strictObject({ zh: z.string().optional(), en: z.string().optional() })
  .describe('Markdown text per language')

const profile = z.enum(PROFILES)
const line = z.number().int()

const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])
/** One answer for every profile, or a mapping from profile to answer. */
const expectation = z.union([answerValue, z.record(z.string(), answerValue)])

const point = z.strictObject({
  before: line.optional(),
  after: line.optional(),
  hit: z.number().int().min(1).optional(),
})

const option = z.strictObject({
  id: z.string().min(1).max(64),
  label: textSchema,
  probe: z.string().optional(),
  message: z.string().optional(),
  correct: z.boolean().optional(),
})

const common = {
  id,
  prompt: textSchema,
  explain: textSchema.optional(),
  hints: z.array(textSchema).optional(),
  max_attempts: z.number().int().min(1).max(100).optional(),
  expect: expectation.optional(),
}

export const questionSchemas = [
  z.strictObject({ ...common, kind: z.literal('output'), until: point.optional() }),
  z.strictObject({
    ...common,
    kind: z.literal('refcount'),
    expression: z.string(),
    measure: z.enum(['getrefcount', 'refcnt']).optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('collect'),
    generation: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('alive'), options: z.array(option).min(1) }),
  z.strictObject({
    ...common,
    kind: z.literal('order'),
    options: z.array(option).min(2),
    until: point.optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('garbage'), options: z.array(option).min(1) }),
  z.strictObject({ ...common, kind: z.literal('value'), expression: z.string() }),
  z.strictObject({
    ...common,
    kind: z.literal('choice'),
    options: z.array(option).min(2),
    multiple: z.boolean().optional(),
  }),
] as const

export const questionSchema = z.discriminatedUnion('kind', questionSchemas)

export const checkpointSchema = z.strictObject({
  id,
  before: line.optional(),
  after: line.optional(),
  hit: z.number().int().min(1).optional(),
  note: textSchema.optional(),
  questions: z.array(questionSchema).min(1),
})

export const exerciseSchema = z
  .strictObject({
    id,
    title: textSchema,
    intro: textSchema.optional(),
    profiles: z.array(profile).min(1).optional(),
    tags: z.array(z.string()).optional(),
    code: z.string().min(1),
    checkpoints: z.array(checkpointSchema).min(1),
    summary: textSchema.optional(),
  })
  .describe('One exercise of a PyMem Lab pack (<id>.yaml)')

export const manifestSchema = z
  .strictObject({
    id,
    version: z.string().regex(/^\d+\.\d+(\.\d+)?([-+][\w.]+)?$/, 'versions look like 1.0.0'),
    title: textSchema,
    description: textSchema.optional(),
    authors: z.array(z.string()).optional(),
    languages: z.array(z.enum(PACK_LANGUAGES)).min(1).optional(),
    profile: profile.optional(),
    exercises: z.array(z.string()).min(1),
  })
  .describe('pack.yaml of a PyMem Lab exercise pack')

/** The same shapes one level at a time, so the validator can check each checkpoint and question on its own. */
export const exerciseFileSchema = exerciseSchema.extend({ checkpoints: z.array(z.unknown()).min(1) })
export const checkpointFileSchema = checkpointSchema.extend({ questions: z.array(z.unknown()).min(1) })

export type RawManifest = z.infer<typeof manifestSchema>
export type RawExercise = z.infer<typeof exerciseSchema>
export type RawCheckpoint = z.infer<typeof checkpointSchema>
export type RawQuestion = z.infer<typeof questionSchema>

/** Every field name of the format, for "did you mean" suggestions. */
export const KNOWN_FIELDS = [
  ...new Set([
    ...Object.keys(manifestSchema.shape),
    ...Object.keys(exerciseSchema.shape),
    ...Object.keys(checkpointSchema.shape),
    ...Object.keys(option.shape),
    ...Object.keys(point.shape),
    ...Object.keys(common),
    'kind',
    'until',
    'expression',
    'measure',
    'generation',
    'options',
    'multiple',
    'zh',
    'en',
  ]),
]

/** JSON Schema of both file kinds, for editors (`exercises/pack.schema.json`). */
export function packJsonSchema(): unknown {
  const part = (schema: z.ZodType): Record<string, unknown> => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<
      string,
      unknown
    >
    return rest
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'PyMem Lab exercise pack (pack.yaml, or one exercise file)',
    $defs: { pack: part(manifestSchema), exercise: part(exerciseSchema) },
    anyOf: [{ $ref: '#/$defs/pack' }, { $ref: '#/$defs/exercise' }],
  }
}
