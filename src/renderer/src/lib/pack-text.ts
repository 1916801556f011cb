/**
 * Choosing a pack's text in the interface language. A pack gives each text in the languages it was
 * written in (`zh`, `en`); the window shows the one matching the UI and falls back to the other, so
 * an English-only pack still reads in the Chinese interface.
 */
import type { LocalText, PackLanguage, TextView } from '@shared/pack'

/** The pack language that matches a UI locale (`zh-CN` → `zh`). */
export function packLanguage(locale: string): PackLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** The text in `language`, else in the other language, else ''. */
export function pickLocal(text: LocalText | null | undefined, language: PackLanguage): string {
  if (!text) return ''
  const other: PackLanguage = language === 'zh' ? 'en' : 'zh'
  return text[language] ?? text[other] ?? ''
}

/** The sanitised HTML of a text in `language` (with the same fallback). */
export function pickHtml(text: TextView | null | undefined, language: PackLanguage): string {
  return pickLocal(text?.html, language)
}

/** The Markdown source of a text as one line of plain words (titles in lists, tab names). */
export function pickPlain(text: TextView | null | undefined, language: PackLanguage): string {
  return pickLocal(text?.md, language)
    .replace(/`|\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A piece of a one-line Markdown text: plain words, or inline code between backquotes. */
export interface InlineSegment {
  code: boolean
  text: string
}

/**
 * Splits a short Markdown text (a fact the lab states) into plain and code segments, so the window
 * can show `code` without treating any of it as HTML.
 */
export function inlineSegments(markdown: string): InlineSegment[] {
  const segments: InlineSegment[] = []
  const pattern = /`([^`]+)`/g
  let last = 0
  for (let match = pattern.exec(markdown); match; match = pattern.exec(markdown)) {
    if (match.index > last) segments.push({ code: false, text: markdown.slice(last, match.index) })
    segments.push({ code: true, text: match[1] })
    last = match.index + match[0].length
  }
  if (last < markdown.length) segments.push({ code: false, text: markdown.slice(last) })
  return segments
}
