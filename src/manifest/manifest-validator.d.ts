// Types of the generated, precompiled manifest validator (manifest-validator.js; see scripts/validator-source.ts).
import type { ErrorObject } from 'ajv';

/** Ajv's validate function for the manifest schema: true when `data` conforms; the errors are left on `.errors`. */
export declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
/** Where each key of the manifest language belongs, read from the schema when the module was generated. */
export declare const keyPlaces: Readonly<Record<string, readonly string[]>>;
