/**
 * A resource state as `pulumi stack export` (apitype ResourceV3) writes it, the common form every
 * input file is turned into before it is sent to a policy pack.
 */
export interface ResourceState {
  urn: string;
  custom?: boolean;
  id?: string;
  type: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  parent?: string;
  protect?: boolean;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  /** `<provider urn>::<provider id>` */
  provider?: string;
}
