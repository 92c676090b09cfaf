/**
 * Who hosts a filed domain (接入商): the `accessProviders` of a filing, a closed vocabulary. A
 * value is folded (case, spaces, "-" and "_" ignored) before it is looked up, so `Alibaba Cloud`,
 * `alibaba_cloud` and `AlibabaCloud` are all `alibaba-cloud`. Anything else is a registry error:
 * a misspelt provider would otherwise silently fail (or pass) the Alibaba-access rules.
 */
import { closest } from "../suggest";

export const ACCESS_PROVIDERS = [
  "alibaba-cloud",
  "china-telecom",
  "china-unicom",
  "china-mobile",
  "tencent-cloud",
  "huawei-cloud",
  "baidu-cloud",
  "volcengine",
  "other",
] as const;

export type AccessProvider = (typeof ACCESS_PROVIDERS)[number];

export const ALIBABA_CLOUD: AccessProvider = "alibaba-cloud";

/** The documented aliases (docs/registry.md). */
export const ALIBABA_ALIASES = ["aliyun", "alibabacloud", "alibaba", "Alibaba Cloud", "阿里云"];

/**
 * Names people write for the others, in Chinese: not accepted (they are not documented aliases),
 * only suggested.
 */
const SUGGEST_ONLY: Record<string, AccessProvider> = {
  中国电信: "china-telecom",
  天翼云: "china-telecom",
  中国联通: "china-unicom",
  联通云: "china-unicom",
  中国移动: "china-mobile",
  移动云: "china-mobile",
  腾讯云: "tencent-cloud",
  华为云: "huawei-cloud",
  百度云: "baidu-cloud",
  百度智能云: "baidu-cloud",
  火山引擎: "volcengine",
};

function fold(raw: string): string {
  return raw.toLowerCase().replace(/[\s_-]+/g, "");
}

const BY_FOLDED = new Map<string, AccessProvider>([
  ...ACCESS_PROVIDERS.map((p) => [fold(p), p] as const),
  ...ALIBABA_ALIASES.map((a) => [fold(a), ALIBABA_CLOUD] as const),
]);

/** The canonical provider a registry value names, or undefined when it names none. */
export function canonicalAccessProvider(raw: string): AccessProvider | undefined {
  return BY_FOLDED.get(fold(raw));
}

/** The provider an unknown value was most likely meant to be. */
export function suggestAccessProvider(raw: string): AccessProvider | undefined {
  const f = fold(raw);
  const chinese = SUGGEST_ONLY[f];
  if (chinese) return chinese;
  const near = closest(f, [...BY_FOLDED.keys()]);
  if (near !== undefined) return BY_FOLDED.get(near);
  // `tencent`, `huawei`, `telecom`: part of exactly one provider's name.
  if (f.length >= 4) {
    const containing = new Set(
      [...BY_FOLDED].filter(([k]) => k.includes(f)).map(([, provider]) => provider),
    );
    if (containing.size === 1) return [...containing][0];
  }
  return undefined;
}
