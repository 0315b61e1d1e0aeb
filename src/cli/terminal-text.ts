/**
 * What the CLI writes, made safe for a terminal. Manifests in a pull request, files they name and Compute's
 * answers all reach the output (in messages, excerpts, descriptions), and a control character in them is an
 * instruction to the terminal, not text: a carriage return or an escape sequence can overwrite or hide what was
 * printed before it (a destroy line, a warning), clear the screen, or retitle the window. Every control
 * character but a line feed and a tab is written as its JSON escape (`\u001b`), visible and unambiguous, and so
 * is every bidirectional embedding, override and isolate (U+202A–202E, U+2066–2069: they reorder what a terminal
 * shows, "Trojan Source", CVE-2021-42574); inside
 * a JSON string (`--format json`, which escapes C0 itself but not DEL or C1) that escape is the same character,
 * so JSON output keeps its meaning. Kept as they are: the colour codes lb-plan itself writes (SGR 0, 1, 2, 31,
 * 32, 33, 36: src/plan/render/text.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNSAFE = /\u001b\[(?:0|1|2|31|32|33|36)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function terminalText(text: string): string {
  // Most output has none: it is then the same text, not a copy (a plan of 10,000 resources writes ~3 MB).
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(UNSAFE, (m) => (m.length > 1 ? m : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
