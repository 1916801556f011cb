/**
 * Syntax checks for the Python a pack contains (its programs, probe and answer expressions), with
 * the Lezer Python grammar the editor uses. Lezer is error-tolerant, so a parse always succeeds; an
 * error shows up as an error node, whose position we report.
 */
import { parser } from '@lezer/python'

export interface SyntaxProblem {
  /** 0-based offset into the source. */
  offset: number
  message: string
}

function errorOffsets(source: string): number[] {
  const offsets: number[] = []
  parser.parse(source).iterate({
    enter: (node) => {
      if (node.type.isError) offsets.push(node.from)
    },
  })
  return offsets
}

/** The first syntax error of a program, or null. */
export function programSyntaxError(source: string): SyntaxProblem | null {
  const [offset] = errorOffsets(source)
  return offset === undefined ? null : { offset, message: 'the code does not parse as Python' }
}

/** Why `source` is not a single Python expression, or null when it is one. */
export function expressionSyntaxError(source: string): SyntaxProblem | null {
  if (source.trim() === '') return { offset: 0, message: 'the expression is empty' }
  if (source.includes('\n'))
    return { offset: source.indexOf('\n'), message: 'an expression must fit on one line' }
  const [offset] = errorOffsets(source)
  if (offset !== undefined) return { offset, message: `'${source}' does not parse as a Python expression` }
  const top = parser.parse(source).topNode
  const first = top.firstChild
  if (!first || first.nextSibling || first.name !== 'ExpressionStatement') {
    return { offset: 0, message: `'${source}' is a statement, not an expression` }
  }
  return null
}

/** 1-based line numbers that hold code (not blank, not only a comment). */
export function codeLines(source: string): Set<number> {
  const lines = new Set<number>()
  source.split('\n').forEach((text, index) => {
    const trimmed = text.trim()
    if (trimmed !== '' && !trimmed.startsWith('#')) lines.add(index + 1)
  })
  return lines
}

/** True when the program has `import name` (or `import a, name`), so probes can use `name.…`. */
export function importsModule(source: string, name: string): boolean {
  return new RegExp(`^\\s*import\\s+(?:[\\w.]+\\s*,\\s*)*${name}\\b`, 'm').test(source)
}
