/** Plain JSON-like data read from manifests and API answers, which may hold anything anywhere. */
type Rec = Record<string, unknown>;

/** Whether `x` is an object with members (not null, not a list). */
export const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `x` if it is a list, else none. */
export const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
