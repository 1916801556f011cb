import { describe, expect, it } from 'vitest'
import en from './en'
import zhCN from './zh-CN'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })

  it('have no empty message', () => {
    for (const catalogue of [en, zhCN]) {
      for (const key of keys(catalogue)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue)
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true)
      }
    }
  })
})
