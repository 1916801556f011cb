/**
 * vue-i18n set-up: zh-CN and English. The first start follows the system language; a choice made in
 * the app is remembered in localStorage.
 */
import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'pymem-lab.locale'

export function localeFor(language: string | undefined): Locale {
  return language && language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function rememberedLocale(): Locale | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    return saved === 'zh-CN' || saved === 'en' ? saved : null
  } catch {
    return null
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: rememberedLocale() ?? localeFor(typeof navigator === 'undefined' ? undefined : navigator.language),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
})
