import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packJsonSchema } from './schema'

describe('exercises/pack.schema.json', () => {
  it('is the JSON Schema generated from the zod schemas (regenerate: pymem-lab pack schema > exercises/pack.schema.json)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../exercises/pack.schema.json'), 'utf8'))
    expect(committed).toEqual(packJsonSchema())
  })
})
