/**
 * lb-plan as a library: the CLI and the GitHub Action are thin shells over these functions.
 */
export { loadManifest, type LoadedManifest, type LoadOptions } from './manifest/load.js';
export { formatDiagnostic, formatPath, hasErrors, type Diagnostic, type YamlPath } from './manifest/diagnostic.js';
export { ManifestSchema, manifestJsonSchema, type Manifest } from './manifest/schema.js';
export { compile, NO_INPUTS, type CompileInputs, type CompiledLoadBalancer, type DesiredResource } from './compile/index.js';
export { Dag, CycleError } from './graph/dag.js';
export { topology, toDot, toJson, toMermaid, type Topology } from './graph/topology.js';
export { KINDS, KIND_INFO, type ResourceKind } from './model/kinds.js';
export { VERSION } from './version.js';
