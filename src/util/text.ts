/**
 * A value from an API answer as text. `String(x)` throws on an object whose own `toString` is no function,
 * and JSON may hold one (`{"toString": ""}`): an answer is hostile input, so an object (or a list) is written
 * as its JSON instead. Text, numbers, booleans, null and undefined read as String() reads them.
 */
export function textOf(v: unknown): string {
  return typeof v === 'object' && v !== null ? (JSON.stringify(v) ?? '') : String(v);
}
