/**
 * Reads back the few Python reprs answer keys are made of: ints (2.7 longs end in `L`), bools,
 * None, strings and lists/tuples of those. Probes return reprs; keys need values.
 */
export type PyValue = number | boolean | null | string | PyValue[]

/** The value of a repr, or undefined when it is not one of the simple forms above. */
export function parsePyLiteral(repr: string): PyValue | undefined {
  let i = 0
  const space = (): void => {
    while (i < repr.length && /\s/.test(repr[i])) i++
  }
  const value = (): PyValue | undefined => {
    space()
    const c = repr[i]
    if (c === '[' || c === '(') {
      const close = c === '[' ? ']' : ')'
      i++
      const items: PyValue[] = []
      space()
      while (repr[i] !== close) {
        const item = value()
        if (item === undefined) return undefined
        items.push(item)
        space()
        if (repr[i] === ',') i++
        else if (repr[i] !== close) return undefined
        space()
      }
      i++
      return items
    }
    if (c === "'" || c === '"') {
      let out = ''
      i++
      while (i < repr.length && repr[i] !== c) {
        if (repr[i] === '\\') {
          const next = repr[i + 1]
          out += next === 'n' ? '\n' : next === 't' ? '\t' : next
          i += 2
        } else out += repr[i++]
      }
      if (repr[i] !== c) return undefined
      i++
      return out
    }
    const word = /^(-?\d+)L?|^True|^False|^None/.exec(repr.slice(i))
    if (!word) return undefined
    i += word[0].length
    if (word[0] === 'True') return true
    if (word[0] === 'False') return false
    if (word[0] === 'None') return null
    return Number(word[1])
  }
  const result = value()
  space()
  return i === repr.length ? result : undefined
}

/** A repr with the spaces outside string quotes removed, so `(700, 10, 10)` matches `(700,10,10)`. */
export function normalizeRepr(repr: string): string {
  let out = ''
  let quote: string | null = null
  for (let i = 0; i < repr.length; i++) {
    const c = repr[i]
    if (quote) {
      out += c
      if (c === '\\') out += repr[++i] ?? ''
      else if (c === quote) quote = null
    } else if (c === "'" || c === '"') {
      quote = c
      out += c
    } else if (!/\s/.test(c)) out += c
  }
  return out.replace(/(\d)L\b/g, '$1')
}
