/**
 * One YAML file of a pack, parsed with its source positions kept, so that every problem found later
 * (by zod or by the pack's own rules) can be reported as `file:line:column`.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type Document,
  type Node,
} from 'yaml'
import type { PackProblem } from '../../shared/pack'

export type YamlPath = readonly (string | number)[]

export class YamlFile {
  readonly doc: Document
  private readonly lines = new LineCounter()
  /** Problems found so far in this file, in the order they were found. */
  readonly problems: PackProblem[] = []

  constructor(
    /** Relative to the pack folder. */
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: true })
    for (const error of this.doc.errors) {
      const first = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
      const [line, column] = error.linePos ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
      this.problems.push({ file, line, column, message: yamlMessage(error.code, first), severity: 'error' })
    }
  }

  /** The parsed value, or undefined when the YAML could not be read. */
  value(): unknown {
    return this.doc.errors.length > 0 ? undefined : this.doc.toJS()
  }

  /** Line and column (1-based) of a source offset. */
  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset)
    return { line, column: col }
  }

  /**
   * The node at `path`, or the deepest existing node on the way there (a missing field is reported
   * where its parent mapping starts). With `key`, the position of the last key instead of its value.
   */
  locate(path: YamlPath, key = false): { line: number; column: number } {
    let node: unknown = this.doc.contents
    let offset = rangeStart(node) ?? 0
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment))
        if (!pair) break
        const last = i === path.length - 1
        const target = last && key ? pair.key : (pair.value ?? pair.key)
        offset = rangeStart(target) ?? rangeStart(pair.key) ?? offset
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment]
        if (item === undefined) break
        offset = rangeStart(item) ?? offset
        node = item
      } else break
    }
    return this.position(offset)
  }

  /** The node at `path`, if it exists. */
  node(path: YamlPath): Node | null {
    const found = this.doc.getIn(path, true)
    return found && typeof found === 'object' ? (found as Node) : null
  }

  report(
    path: YamlPath,
    message: string,
    options: { key?: boolean; severity?: 'error' | 'warning' } = {},
  ): void {
    const { line, column } = this.locate(path, options.key)
    this.problems.push({ file: this.file, line, column, message, severity: options.severity ?? 'error' })
  }

  /** Reports at an exact offset into the file. */
  reportAt(offset: number, message: string, severity: 'error' | 'warning' = 'error'): void {
    const { line, column } = this.position(offset)
    this.problems.push({ file: this.file, line, column, message, severity })
  }

  /**
   * The file offset of `inner` (an offset into the string value at `path`), for block (`|`) and plain
   * one-line scalars; falls back to the start of the scalar for quoted and folded ones.
   */
  offsetInString(path: YamlPath, inner: number): number {
    const node = this.node(path)
    if (!isScalar(node) || !node.range) return rangeStart(node) ?? 0
    const start = node.range[0]
    const value = String(node.value)
    if (node.type === Scalar.PLAIN) return start + Math.min(inner, value.length)
    if (node.type !== Scalar.BLOCK_LITERAL) return start
    // A literal block: its content starts on the line after the `|` header, indented.
    const before = value.slice(0, inner)
    const lineIndex = before.split('\n').length - 1
    const column = inner - (before.lastIndexOf('\n') + 1)
    let cursor = this.text.indexOf('\n', start) + 1
    for (let i = 0; i < lineIndex && cursor > 0; i++) cursor = this.text.indexOf('\n', cursor) + 1
    if (cursor <= 0) return start
    const indent = /^ */.exec(this.text.slice(cursor))?.[0].length ?? 0
    return cursor + indent + column
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range
  return range ? range[0] : undefined
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate field: a key appears twice in the same mapping'
  return `not valid YAML: ${message}`
}
