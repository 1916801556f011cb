/**
 * Pack text is Markdown, and a pack must never be able to run code in the lab. So: raw HTML is not
 * HTML (markdown-it escapes it), images are switched off (no remote content), and links may only
 * point to `http:`, `https:` or `mailto:`. `checkMarkdown` reports anything the renderer would
 * neutralise, so an author learns about it at validation time instead of seeing escaped text.
 */
import MarkdownIt from 'markdown-it'
import type { LocalText, TextView } from '../../shared/pack'

const SAFE_LINK = /^(https?:|mailto:)/i

function safeRenderer(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false })
  md.disable(['image'])
  md.validateLink = (url) => SAFE_LINK.test(url.trim())
  return md
}

const renderer = safeRenderer()
// A second parser that does recognise HTML, only to find it and complain.
const detector = new MarkdownIt({ html: true, linkify: false })

/** Markdown to HTML with no raw HTML, no images and only http(s)/mailto links. */
export function renderMarkdown(text: string): string {
  return renderer.render(text)
}

export function textView(text: LocalText): TextView {
  const html: LocalText = {}
  for (const [lang, md] of Object.entries(text) as [keyof LocalText, string][])
    html[lang] = renderMarkdown(md)
  return { md: { ...text }, html }
}

export interface MarkdownIssue {
  /** 0-based line inside the text. */
  line: number
  message: string
}

/** Problems in one Markdown text: raw HTML, images, links to anything but http(s)/mailto. */
export function checkMarkdown(text: string): MarkdownIssue[] {
  const issues: MarkdownIssue[] = []
  const visit = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>, line: number): void => {
    for (const token of tokens) {
      const at = token.map ? token.map[0] : line
      if (token.type === 'html_block' || token.type === 'html_inline') {
        issues.push({
          line: at,
          message: `HTML is not allowed in pack text (it would be shown as plain text): ${token.content.trim().slice(0, 40)}`,
        })
      } else if (token.type === 'image') {
        issues.push({
          line: at,
          message: 'images are not allowed in pack text (the lab loads nothing remote)',
        })
      } else if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '')
        if (!SAFE_LINK.test(href.trim())) {
          issues.push({
            line: at,
            message: `link target '${href}' is not allowed: use http:, https: or mailto:`,
          })
        }
      }
      if (token.children) visit(token.children, at)
    }
  }
  visit(detector.parse(text, {}), 0)
  // markdown-it drops links it finds invalid before we see them; look for the raw form too.
  const raw = /\]\(\s*<?\s*(javascript|vbscript|data|file):/gi
  for (const match of text.matchAll(raw)) {
    const line = text.slice(0, match.index).split('\n').length - 1
    if (!issues.some((i) => i.line === line && i.message.startsWith('link')))
      issues.push({
        line,
        message: `link target '${match[1]}:…' is not allowed: use http:, https: or mailto:`,
      })
  }
  return issues
}
