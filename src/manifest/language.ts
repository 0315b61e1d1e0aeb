/**
 * Constants of the manifest language that code outside the schema needs at run time. They live apart
 * from schema.ts so that reading them does not load TypeBox (validate runs the precompiled schema).
 */

/** A GCP resource name (RFC 1035, lowercase). */
export const NAME_PATTERN = '^[a-z]([-a-z0-9]*[a-z0-9])?$';

/** The serverless platforms a NEG can point at, as manifest keys. */
export const PLATFORMS = ['cloudRun', 'cloudFunctions', 'appEngine', 'apiGateway'] as const;
export type Platform = (typeof PLATFORMS)[number];
