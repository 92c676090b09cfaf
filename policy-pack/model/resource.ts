/**
 * The one shape every policy reads, whether the engine called `validateResource` (inputs) or
 * `validateStack` (outputs, with dependencies). Built from the SDK's args with proxies removed,
 * so a policy never trips `@pulumi/policy`'s unknown proxy.
 */
import type { Props } from "./props";

export interface ProviderView {
  urn: string;
  name: string;
  type: string;
  props: Props;
}

export interface ResourceView {
  urn: string;
  type: string;
  name: string;
  props: Props;
  provider?: ProviderView;
  /** Stack policies only: the parent's URN. */
  parent?: string;
  /** Stack policies only: URNs this resource depends on. */
  dependencies: readonly string[];
  /** Stack policies only: for each input, the URNs its value was computed from. */
  propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** The stack a pack process is checking, from the language host's environment. */
export interface StackIdentity {
  organization: string;
  project: string;
  stack: string;
}
