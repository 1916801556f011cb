import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makePack } from '../fixtures/pack'
import { POLL_INTERVAL_MS, usePacksStore } from './packs'
import { useAppStore } from './app'

const FOLDER = 'folder:/home/me/pack'

function stubLab(transport: 'web-http' | 'electron-ipc') {
  let revision = 'r1'
  const lab = {
    getAppInfo: vi.fn(async () => ({ transport })),
    listPacks: vi.fn(async () => ({ packs: [{ ...makePack(FOLDER), revision }] })),
    loadPack: vi.fn(async () => ({ ...makePack(FOLDER), revision })),
    openPackFolder: vi.fn(async () => ({ pack: makePack(FOLDER) })),
    getPackRevision: vi.fn(async () => ({ revision })),
  }
  vi.stubGlobal('window', { lab })
  return { lab, edit: (next: string) => (revision = next) }
}

describe('usePacksStore', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('opens a typed path in web mode', async () => {
    const { lab } = stubLab('web-http')
    const store = usePacksStore()
    expect(await store.open(' /home/me/pack ')).toBe(FOLDER)
    expect(lab.openPackFolder).toHaveBeenCalledWith({ path: '/home/me/pack' })
    expect(store.packs[FOLDER].id).toBe('test')
    expect(store.watched).toEqual([FOLDER])
  })

  it('lets Electron show its dialog, and copes with a cancelled one', async () => {
    const { lab } = stubLab('electron-ipc')
    useAppStore().info = {
      name: 'x',
      version: '0',
      transport: 'electron-ipc',
      profiles: ['3.12'],
      systemLanguage: 'en',
    }
    lab.openPackFolder.mockResolvedValueOnce({ pack: null } as never)
    const store = usePacksStore()
    expect(await store.open('/ignored')).toBeNull()
    expect(lab.openPackFolder).toHaveBeenCalledWith({})
    expect(lab.getAppInfo).not.toHaveBeenCalled()
  })

  it('shows why a folder could not be opened', async () => {
    const { lab } = stubLab('web-http')
    lab.openPackFolder.mockRejectedValueOnce(new Error('/nope does not exist'))
    const store = usePacksStore()
    expect(await store.open('/nope')).toBeNull()
    expect(store.openError).toBe('/nope does not exist')
  })

  it('reloads a watched pack when its revision changes', async () => {
    vi.useFakeTimers()
    const { lab, edit } = stubLab('web-http')
    const store = usePacksStore()
    await store.refresh()
    await store.load(FOLDER)
    store.startWatching()
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
    expect(lab.getPackRevision).toHaveBeenCalledTimes(1)
    expect(lab.loadPack).toHaveBeenCalledTimes(1)
    edit('r2')
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
    expect(lab.loadPack).toHaveBeenCalledTimes(2)
    expect(store.packs[FOLDER].revision).toBe('r2')
    expect(store.summaries[0].revision).toBe('r2')
    store.stopWatching()
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3)
    expect(lab.getPackRevision).toHaveBeenCalledTimes(2)
  })

  it('keeps the pack when a reload fails, and says why', async () => {
    const { lab, edit } = stubLab('web-http')
    const store = usePacksStore()
    await store.refresh()
    await store.load(FOLDER)
    edit('r3')
    lab.loadPack.mockRejectedValueOnce(new Error('folder gone'))
    await store.pollOnce()
    expect(store.loadErrors[FOLDER]).toBe('folder gone')
    expect(store.packs[FOLDER].revision).toBe('r1')
  })
})
