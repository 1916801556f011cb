import { describe, expect, it } from 'vitest'
import { inlineSegments, packLanguage, pickHtml, pickLocal, pickPlain } from './pack-text'

describe('pack text', () => {
  it('maps UI locales to pack languages', () => {
    expect(packLanguage('zh-CN')).toBe('zh')
    expect(packLanguage('en')).toBe('en')
  })

  it('picks the UI language and falls back to the other one', () => {
    expect(pickLocal({ zh: '你好', en: 'hello' }, 'zh')).toBe('你好')
    expect(pickLocal({ en: 'hello' }, 'zh')).toBe('hello')
    expect(pickLocal({ zh: '你好' }, 'en')).toBe('你好')
    expect(pickLocal(null, 'en')).toBe('')
    const text = { md: { en: 'A `make_cycle`\nand **more**' }, html: { en: '<p>A <code>list</code></p>' } }
    expect(pickHtml(text, 'zh')).toBe('<p>A <code>list</code></p>')
    expect(pickPlain(text, 'en')).toBe('A make_cycle and more')
  })

  it('splits inline code out of a fact without reading HTML', () => {
    expect(inlineSegments('`sys.getrefcount(x)` counts <b>one</b> more')).toEqual([
      { code: true, text: 'sys.getrefcount(x)' },
      { code: false, text: ' counts <b>one</b> more' },
    ])
    expect(inlineSegments('plain')).toEqual([{ code: false, text: 'plain' }])
    expect(inlineSegments('')).toEqual([])
  })
})
