import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useProgressStore } from './progress'

const downloads: { filename: string; content: string }[] = []
vi.mock('../lib/download', () => ({
  downloadText: (filename: string, _mime: string, content: string) => downloads.push({ filename, content }),
}))

function stubLab() {
  const saved = new Map<string, string>()
  const lab = {
    getProgress: vi.fn(async ({ learner }: { learner: string }) => ({
      learner,
      records: [],
      warnings: ['w'],
    })),
    exportProgress: vi.fn(async ({ format }: { format: string }) => ({
      filename: `p.${format}`,
      mimeType: 'text/csv',
      content: 'a,b\r\n',
    })),
    resetProgress: vi.fn(async () => ({ removed: 4 })),
  }
  vi.stubGlobal('window', {
    lab,
    localStorage: {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => saved.set(k, v),
    },
  })
  return { lab, saved }
}

describe('useProgressStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    downloads.length = 0
  })
  afterEach(() => vi.unstubAllGlobals())

  it('reads and remembers the learner', async () => {
    const { lab, saved } = stubLab()
    const store = useProgressStore()
    expect(store.learner).toBe('default')
    await store.setLearner('  ana ')
    expect(store.learner).toBe('ana')
    expect(saved.get('pymem-lab.learner')).toBe('ana')
    expect(lab.getProgress).toHaveBeenCalledWith({ learner: 'ana' })
    expect(store.warnings).toEqual(['w'])
    await store.setLearner('')
    expect(store.learner).toBe('default')
  })

  it('downloads what the service exports', async () => {
    const { lab } = stubLab()
    const store = useProgressStore()
    await store.exportAs('csv')
    expect(lab.exportProgress).toHaveBeenCalledWith({ format: 'csv', learner: 'default' })
    expect(downloads).toEqual([{ filename: 'p.csv', content: 'a,b\r\n' }])
  })

  it('resets with the confirmation the service requires', async () => {
    const { lab } = stubLab()
    const store = useProgressStore()
    await store.reset()
    expect(lab.resetProgress).toHaveBeenCalledWith({ learner: 'default', confirm: true })
    expect(store.lastReset).toBe(4)
  })
})
