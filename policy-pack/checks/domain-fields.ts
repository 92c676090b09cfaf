/**
 * Which input holds the domain a resource declares, by type token. One map per resource policy
 * (so each policy can take its own) and their union, which `icp-filing-number-format` reads to
 * compare an `icp:number` tag with the registry filing of the resource's domain.
 */
import { T } from "../model/tokens";

type Fields = Readonly<Record<string, string>>;

export const OSS_DOMAIN_FIELDS: Fields = { [T.ossBucketCname]: "domain" };

export const CDN_DOMAIN_FIELDS: Fields = {
  [T.cdnDomainNew]: "domainName",
  [T.cdnDomain]: "domainName",
  [T.dcdnDomain]: "domainName",
  [T.scdnDomain]: "domainName",
  [T.vodDomain]: "domainName",
  [T.liveDomain]: "domainName",
  [T.esaSite]: "siteName",
};

export const WAF_DOMAIN_FIELDS: Fields = { [T.wafv3Domain]: "domain", [T.wafDomain]: "domainName" };

export const CUSTOM_DOMAIN_FIELDS: Fields = {
  [T.fcCustomDomain]: "domainName",
  [T.fcV3CustomDomain]: "customDomainName",
  [T.apigDomain]: "domainName",
};

/** Stack-policy resources that declare their domain in one input. */
export const STACK_DOMAIN_FIELDS: Fields = {
  [T.ddosDomainResource]: "domain",
  [T.slbDomainExtension]: "domain",
  [T.slbRule]: "domain",
};

export const DOMAIN_FIELDS: Fields = {
  ...OSS_DOMAIN_FIELDS,
  ...CDN_DOMAIN_FIELDS,
  ...WAF_DOMAIN_FIELDS,
  ...CUSTOM_DOMAIN_FIELDS,
  ...STACK_DOMAIN_FIELDS,
};
