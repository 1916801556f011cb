// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadText } from './download'

describe('downloadText', () => {
  afterEach(() => vi.restoreAllMocks())

  it('clicks a Blob link named like the file, then removes it', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:x'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    downloadText('progress.csv', 'text/csv', 'a,b\r\n')
    expect(clicked).toHaveLength(1)
    expect(clicked[0].download).toBe('progress.csv')
    expect(clicked[0].href).toBe('blob:x')
    expect(document.querySelector('a')).toBeNull()
    expect(await blobs[0].text()).toBe('a,b\r\n')
    expect(blobs[0].type).toContain('text/csv')
  })
})
