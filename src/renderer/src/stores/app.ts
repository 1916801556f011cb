/** App-wide state: the service's info, the current section and the UI language. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '@shared/api'
import { i18n, rememberLocale, rememberedLocale, localeFor, type Locale } from '../i18n'

export type Section = 'home' | 'sandbox' | 'exercises' | 'progress' | 'compare'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const serviceError = ref<string | null>(null)
  const section = ref<Section>('home')
  const locale = ref<Locale>(i18n.global.locale.value as Locale)

  async function connect(): Promise<void> {
    try {
      info.value = await window.lab.getAppInfo({})
      // First start: follow the operating system's language unless the learner chose one.
      if (!rememberedLocale()) setLocale(localeFor(info.value.systemLanguage), false)
    } catch (error) {
      serviceError.value = error instanceof Error ? error.message : String(error)
    }
  }

  function setLocale(next: Locale, remember = true): void {
    locale.value = next
    i18n.global.locale.value = next
    document.documentElement.lang = next
    if (remember) rememberLocale(next)
  }

  function show(next: Section): void {
    section.value = next
  }

  return { info, serviceError, section, locale, connect, setLocale, show }
})
