/**
 * What a loaded ICP registry holds (docs/registry.md) and the look-ups policies make on it. The
 * shapes read from the YAML file (`Raw*`) are those of registry.schema.json.
 */
import type { IcpNumberCheck } from "../icp-number";
import type { StackIdentity } from "../resource";
import type { AccessProvider } from "./access-providers";

/** A server as the YAML file declares it. */
export interface RawServer {
  name: string;
  id?: string;
  kind: "ecs" | "sas";
  region: string;
  chargeType?: "PrePaid" | "PostPaid";
  subscriptionMonths?: number;
  publicIp?: boolean;
  /** "org/project/stack", or "project/stack" for any organisation. */
  stack?: string;
  resource?: string;
}

export interface RawFiling {
  number: string;
  domains: string[];
  subdomains?: boolean;
  accessProviders: string[];
  serviceCode?: { server?: string; account?: "own" | "authorized"; authorizedBy?: string };
  psbNumber?: string;
}

export interface RawExemption {
  match: string;
  policies: string[];
  reason: string;
  expires: string;
}

export interface RawRegistry {
  filings?: RawFiling[];
  servers?: RawServer[];
  exemptions?: RawExemption[];
}

/** A server as the registry declares it (docs/registry.md), with the line it starts on. */
export interface RegistryServer extends RawServer {
  line: number;
}

export interface RegistryFiling {
  /** As written in the file; `numberCheck.normalised` is the folded form. */
  number: string;
  numberCheck: IcpNumberCheck;
  /** Normalised (domains.ts). */
  domains: string[];
  subdomains: boolean;
  accessProviders: AccessProvider[];
  serviceCode?: { server?: string; account?: "own" | "authorized"; authorizedBy?: string };
  psbNumber?: string;
  line: number;
}

export interface RegistryExemption {
  match: string;
  policies: string[];
  reason: string;
  /** YYYY-MM-DD; the exemption applies through this day. */
  expires: string;
  line: number;
}

export interface FilingMatch {
  filing: RegistryFiling;
  /** The (normalised) `domains[]` entry that covers the asked domain. */
  coveredBy: string;
  alibabaAccess: boolean;
}

export interface Registry {
  /** Absolute file path, or "" for the empty registry. */
  source: string;
  filings: readonly RegistryFiling[];
  servers: readonly RegistryServer[];
  exemptions: readonly RegistryExemption[];
  /** `domain` normalised. Only filings with a valid number; the most specific covering entry wins. */
  findFiling(domain: string): FilingMatch | undefined;
  /** Covering filings whose number is invalid, most specific first. */
  findInvalidFilings(domain: string): RegistryFiling[];
  serverByName(name: string): RegistryServer | undefined;
  serverById(id: string): RegistryServer | undefined;
  serversOfStack(stack: StackIdentity): RegistryServer[];
  filingsUsingServer(name: string): RegistryFiling[];
}
