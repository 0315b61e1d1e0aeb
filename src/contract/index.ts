/**
 * The Compute API contract: methods and schemas derived from Google's discovery document
 * (`npm run contract` regenerates compute-v1.json from ../shared/reference). Used to check
 * that every body lb-plan sends, and every body the emulator answers, is one GCP accepts.
 */
import contractJson from './compute-v1.json' with { type: 'json' };

export interface ContractProperty {
  readonly type?: string;
  readonly $ref?: string;
  readonly format?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly default?: unknown;
  readonly items?: ContractProperty;
  readonly additionalProperties?: ContractProperty;
  readonly properties?: Readonly<Record<string, ContractProperty>>;
  readonly outputOnly?: boolean;
}

export interface ContractParameter extends ContractProperty {
  readonly location: 'path' | 'query';
  readonly required?: boolean;
}

export interface ContractMethod {
  readonly id: string;
  readonly httpMethod: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly parameterOrder: readonly string[];
  readonly parameters: Readonly<Record<string, ContractParameter>>;
  readonly request?: string;
  readonly response?: string;
}

export interface Contract {
  readonly revision: string;
  readonly baseUrl: string;
  readonly resources: Readonly<Record<string, Readonly<Record<string, ContractMethod>>>>;
  readonly schemas: Readonly<Record<string, ContractProperty>>;
  readonly beta: {
    readonly schemas: Readonly<Record<string, ContractProperty>>;
    readonly addedProperties: Readonly<Record<string, Readonly<Record<string, ContractProperty>>>>;
  };
}

export const contract = contractJson as unknown as Contract;

export type ApiVersion = 'v1' | 'beta';

/** The schema of `name` as the given API version describes it (beta adds serverlessDeployment). */
export function schemaFor(name: string, api: ApiVersion): ContractProperty | undefined {
  const base = contract.schemas[name] ?? (api === 'beta' ? contract.beta.schemas[name] : undefined);
  if (!base || api === 'v1') return base;
  const added = contract.beta.addedProperties[name];
  return added ? { ...base, properties: { ...base.properties, ...added } } : base;
}

