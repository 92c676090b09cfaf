/** Who hosts a filed domain (接入商): the `accessProviders` of a filing. */
import { type AccessProvider, ALIBABA_CLOUD } from "./types";

const ALIBABA_ALIASES = new Set(["alibaba-cloud", "aliyun", "alibabacloud", "阿里云"]);

export function canonicalAccessProvider(raw: string): AccessProvider {
  const p = raw.trim().toLowerCase();
  return ALIBABA_ALIASES.has(p) ? ALIBABA_CLOUD : p;
}
