import type { ValidationIssue } from './validation'

/**
 * Characters no name or description typed by a person holds, which make text look empty, hide
 * part of it, or reorder what is around it when shown (reliability review L3):
 * - C0 and C1 controls, NUL, tab and line breaks included (`\p{Cc}`);
 * - format characters (`\p{Cf}`): zero-width spaces and joiners, the byte-order mark, and the
 *   bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reverse
 *   the text after them;
 * - the blank "letters" that pass for a name: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and
 *   the blank Braille pattern (U+2800);
 * - line and paragraph separators (U+2028, U+2029).
 */
const HIDDEN = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u2028\u2029]/u

export interface TextRule {
  /** The form field the issue names. */
  readonly field: string
  /** The most characters (code points) it holds once trimmed. */
  readonly max: number
  /** Whether it may be left empty; required unless said. */
  readonly optional?: boolean
  /** A description or notes, typed in a text area: line breaks are its own. */
  readonly multiline?: boolean
}

/** Whether the text holds a character `HIDDEN` refuses. */
export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value)
}

/**
 * The one rule for text a person types (a name, a title, a description): trimmed, not empty unless
 * optional, no hidden or control character, and at most `max` characters, said in the message.
 */
export function validateText(
  value: string,
  { field, max, optional = false, multiline = false }: TextRule,
): ValidationIssue[] {
  const text = value.trim()
  if (text === '') return optional ? [] : [{ field, code: 'required' }]
  if (hasHiddenCharacters(multiline ? text.replace(/\r?\n/g, '') : text)) return [{ field, code: 'hiddenCharacters' }]
  if ([...text].length > max) return [{ field, code: 'tooLong', params: { max } }]
  return []
}
