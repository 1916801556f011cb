/**
 * Errors the front end reports before anything runs: CPython's SyntaxError (raised by the tokenizer or
 * the PEG parser in `Parser/`) and our NotSupportedError for valid Python outside the lab's subset.
 *
 * Simplifications:
 * - Messages are CPython's where we can tell which rule failed (print statement, unclosed bracket);
 *   otherwise `invalid syntax`, as CPython's generic fallback says.
 */

/** A Python SyntaxError found while parsing: 1-based line and column. */
export class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
    readonly sourceLine: string,
  ) {
    super(message)
  }
}

/** Valid Python that the simulator does not model; the message names the construct. */
export class NotSupportedError extends Error {
  constructor(
    readonly construct: string,
    readonly line: number,
  ) {
    super(`${construct} (line ${line})`)
  }
}
