/**
 * Text from outside (a live API answer, a manifest) shown to a person: control characters (ESC
 * sequences, C1 controls such as CSI, line breaks, DEL) and the invisible characters that reorder or
 * split a line (bidirectional overrides, line and paragraph separators) are written as `\u{…}`
 * escapes, so a hostile string can neither drive the terminal nor forge a line of output or a
 * comment in a written file.
 */
const HIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
