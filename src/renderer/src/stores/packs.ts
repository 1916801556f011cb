/**
 * The exercise packs this window knows: the list the service gives (built-in and opened folders),
 * each pack once loaded, opening a folder, and watching opened folders so an author sees an edit at
 * once (the service has no push channel, so the window asks for each folder's revision every
 * `POLL_INTERVAL_MS` and reloads the pack when it changed).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { PackRef, PackSummary, PackView } from '@shared/pack'
import { useAppStore } from './app'

/** How often opened folders are checked for edits. */
export const POLL_INTERVAL_MS = 1500

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export const usePacksStore = defineStore('packs', () => {
  const summaries = ref<PackSummary[]>([])
  // Shallow: packs are read-only data from the service; a reload replaces the whole map.
  const packs = shallowRef<Record<PackRef, Readonly<PackView>>>({})
  /** Per pack: why it could not be loaded or reloaded (a folder deleted while watched…). */
  const loadErrors = ref<Record<PackRef, string>>({})
  const listError = ref<string | null>(null)
  const opening = ref(false)
  const openError = ref<string | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null
  let polling = false

  const watched = computed(() => summaries.value.filter((s) => s.source === 'folder').map((s) => s.ref))

  async function refresh(): Promise<void> {
    try {
      summaries.value = (await window.lab.listPacks({})).packs
      listError.value = null
    } catch (error) {
      listError.value = message(error)
    }
  }

  async function load(packRef: PackRef): Promise<PackView | null> {
    try {
      const view = await window.lab.loadPack({ pack: packRef })
      packs.value = { ...packs.value, [packRef]: view }
      const { [packRef]: _, ...rest } = loadErrors.value
      loadErrors.value = rest
      // Keep the list's counts in step with what was loaded.
      summaries.value = summaries.value.map((s) =>
        s.ref === packRef
          ? {
              ...s,
              revision: view.revision,
              exerciseCount: view.exerciseCount,
              errorCount: view.errorCount,
              title: view.title,
            }
          : s,
      )
      return view
    } catch (error) {
      loadErrors.value = { ...loadErrors.value, [packRef]: message(error) }
      return null
    }
  }

  /**
   * Opens a pack folder (or .zip). Electron shows its own dialog and takes no path; web mode takes
   * the absolute path the learner typed. Returns the new pack's ref, or null (cancelled or failed).
   */
  async function open(path?: string): Promise<PackRef | null> {
    opening.value = true
    openError.value = null
    try {
      const app = useAppStore()
      const transport = app.info?.transport ?? (await window.lab.getAppInfo({})).transport
      const input = transport === 'electron-ipc' ? {} : { path: (path ?? '').trim() }
      const { pack } = await window.lab.openPackFolder(input)
      if (!pack) return null
      await refresh()
      await load(pack.ref)
      return pack.ref
    } catch (error) {
      openError.value = message(error)
      return null
    } finally {
      opening.value = false
    }
  }

  /** Asks each loaded folder pack for its revision; reloads those that changed. */
  async function pollOnce(): Promise<void> {
    if (polling) return
    polling = true
    try {
      for (const packRef of watched.value) {
        const loaded = packs.value[packRef]
        if (!loaded) continue
        try {
          const { revision } = await window.lab.getPackRevision({ pack: packRef })
          if (revision !== loaded.revision) await load(packRef)
        } catch (error) {
          loadErrors.value = { ...loadErrors.value, [packRef]: message(error) }
        }
      }
    } finally {
      polling = false
    }
  }

  function startWatching(): void {
    if (timer === null) timer = setInterval(() => void pollOnce(), POLL_INTERVAL_MS)
  }

  function stopWatching(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  return {
    summaries,
    packs,
    loadErrors,
    listError,
    opening,
    openError,
    watched,
    refresh,
    load,
    open,
    pollOnce,
    startWatching,
    stopWatching,
  }
})
