/**
 * Products that serve the mainland by coverage, not by region (docs/scope.md, coverage table): CDN family and
 * ESA by scope/coverage, SCDN always, WAF 2.0 by its instance's region/plan, Anti-DDoS by its
 * instance's product type. WAF 3.0 goes by the resolved region (regions.ts).
 */
import { type Props, printable, type Read, readString } from "./props";
import { classifyRegion } from "./regions";
import type { ResourceView } from "./resource";
import { T } from "./resource-types";

export type Serves = "mainland" | "outside" | "unknown";

export interface CoverageResult {
  serves: Serves;
  /** The input read: "scope", "coverage", "region", "packageCode", "productType". */
  field?: string;
  /** What was read (lower-cased, trimmed; "[secret]" for a secret), or undefined when the default applied. */
  value?: string;
  defaulted: boolean;
  /** A shape problem: a value of the wrong type, or a string the product does not define. */
  invalid?: string;
}

type Classifier = (v: string) => Serves | undefined;

/**
 * Reads one string input and classifies it. Missing → `missingServes` (defaulted); unknown →
 * "unknown"; a wrong type or an unexpected string → mainland (fail safe) with `invalid` set.
 */
function classify(
  read: Read<string>,
  field: string,
  missingServes: Serves,
  classifier: Classifier,
): CoverageResult {
  switch (read.kind) {
    case "missing":
      return { serves: missingServes, field, defaulted: true };
    case "unknown":
      return { serves: "unknown", field, defaulted: false };
    case "invalid":
      return {
        serves: "mainland",
        field,
        defaulted: false,
        invalid: `${read.got}, expected ${read.expected}`,
      };
    case "known": {
      const v = read.value.trim().toLowerCase();
      const value = printable(v, read.secret);
      if (v === "") return { serves: missingServes, field, defaulted: true };
      const serves = classifier(v);
      if (serves) return { serves, field, value, defaulted: false };
      return {
        serves: "mainland",
        field,
        value,
        defaulted: false,
        invalid: `unexpected value "${value}"`,
      };
    }
  }
}

const byScope: Classifier = (v) => {
  if (v === "domestic" || v === "global") return "mainland";
  if (v === "overseas") return "outside";
  return undefined;
};

/**
 * cdn.DomainNew, cdn.Domain, dcdn.Domain, vod.Domain, live.Domain: `scope` (missing = domestic);
 * esa.Site: `coverage` (missing = mainland, our decision); scdn.Domain: always mainland. Any other
 * type is read by `scope` like the CDN domains.
 */
export function cdnCoverage(r: ResourceView): CoverageResult {
  if (r.type === T.scdnDomain) return { serves: "mainland", defaulted: false };
  const field = r.type === T.esaSite ? "coverage" : "scope";
  return classify(readString(r.props, field), field, "mainland", byScope);
}

/**
 * Plan codes: version_3/4/5 (China site, mainland), *_china (international site, mainland),
 * *_asia (China site, outside), version_pro/business/enterprise (international site, outside).
 * Underscores are ignored so the SDK docs' camelCased forms (`versionProAsia`) read the same.
 */
const byPackageCode: Classifier = (v) => {
  const code = v.replace(/[_-]/g, "");
  if (/^version[345]$/.test(code) || /^version(pro|business|enterprise)china$/.test(code)) {
    return "mainland";
  }
  if (/^version(pro|business|enterprise)(asia)?$/.test(code)) return "outside";
  return undefined;
};

/**
 * waf.Instance (WAF 2.0): a mainland `region` input decides mainland; otherwise the plan code
 * does. A plan code that is missing (it is required) falls back to a listed outside region,
 * else mainland (fail safe, defaulted): WAF's own region codes are not all region ids.
 */
export function wafV2InstanceServes(instanceProps: Props): CoverageResult {
  const region = readString(instanceProps, "region");
  const regionClass =
    region.kind === "known" && region.value.trim() !== ""
      ? classifyRegion(region.value)
      : undefined;
  if (region.kind === "known" && regionClass?.mainland) {
    return {
      serves: "mainland",
      field: "region",
      value: printable(region.value.trim().toLowerCase(), region.secret),
      defaulted: false,
    };
  }
  const code = readString(instanceProps, "packageCode");
  if (code.kind === "missing" && region.kind === "known" && regionClass?.listed) {
    return {
      serves: "outside",
      field: "region",
      value: printable(region.value.trim().toLowerCase(), region.secret),
      defaulted: false,
    };
  }
  return classify(code, "packageCode", "mainland", byPackageCode);
}

const byProductType: Classifier = (v) => {
  if (v === "ddoscoo" || v === "ddoscoo_intl") return "mainland";
  if (v === "ddosdip") return "outside";
  return undefined;
};

/**
 * ddos.DdosCooInstance: productType ddoscoo (the default) and ddoscoo_intl protect mainland
 * origins; ddosDip (Anti-DDoS Premium) is outside (our reading of the product names).
 */
export function ddosInstanceServes(instanceProps: Props): CoverageResult {
  return classify(
    readString(instanceProps, "productType"),
    "productType",
    "mainland",
    byProductType,
  );
}
