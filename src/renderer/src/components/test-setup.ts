/** Mounting helpers for component tests: English messages and a fresh Pinia. */
import { createI18n } from 'vue-i18n'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Plugin } from 'vue'
import en from '../i18n/en'

export function testPlugins(): { i18n: Plugin; pinia: Pinia } {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return { i18n, pinia }
}
