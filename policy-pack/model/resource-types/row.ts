/** The shape of a row of the resource-type table (index.ts), and how a family file writes one. */
import type { Localized } from "../context";

export interface Facts {
  /** The input that holds the domain the resource declares. */
  readonly domainInput?: string;
  /** The SDK class has a `tags` input. */
  readonly tags?: true;
  /** The resource has its own `region` input. */
  readonly ownRegion?: true;
}

export interface ResourceType extends Facts {
  readonly token: string;
  /** What the product is called in a message: "CDN domain". */
  readonly names: Localized<string>;
}

export function row<const F extends Facts>(
  token: string,
  en: string,
  zh: string,
  facts?: F,
): ResourceType & F {
  return { token, names: { en, "zh-CN": zh }, ...(facts as F) };
}

export const TAGS = { tags: true } as const;
