/**
 * The ICP registry (`icp-registry.yaml`, docs/registry.md): the organisation's filings, the eligible
 * servers their service codes came from, and policy exemptions. A registry that does not parse or
 * does not match its schema stops the pack with file, line and field; a filing whose *number* is
 * invalid still loads (it covers nothing) so that `icp-filing-number-format` can name it.
 *
 * This folder is the pure model: it reads text it is given. Finding and reading the file is
 * framework/registry-file.ts.
 */
export {
  ACCESS_PROVIDERS,
  type AccessProvider,
  ALIBABA_CLOUD,
  canonicalAccessProvider,
} from "./access-providers";
export { RegistryError, type RegistryIssue } from "./errors";
export { EMPTY_REGISTRY } from "./lookup";
export { parseRegistry, type RegistryOptions, VALIDATOR_OPTIONS } from "./parse";
export type {
  FilingMatch,
  Registry,
  RegistryExemption,
  RegistryFiling,
  RegistryServer,
} from "./types";
