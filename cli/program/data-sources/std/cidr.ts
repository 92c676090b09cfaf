/** std CIDR functions: address arithmetic on IPv4 and IPv6 prefixes, with BigInt. */
import { int, list, StdArgumentError, type StdFunction, str } from "./args";

export const CIDR = {
  cidrhost: (a) => cidrHost(str("cidrhost", a, "input"), int("cidrhost", a, "host")),
  cidrnetmask: (a) => cidrNetmask(str("cidrnetmask", a, "input")),
  cidrsubnet: (a) =>
    cidrSubnet(
      str("cidrsubnet", a, "input"),
      int("cidrsubnet", a, "newbits"),
      int("cidrsubnet", a, "netnum"),
    ),
  cidrsubnets: (a) => {
    const prefix = str("cidrsubnets", a, "input");
    const bits = list("cidrsubnets", a, "newbits").map((b) => Number(b));
    return cidrSubnets(prefix, bits);
  },
} satisfies Record<string, StdFunction>;

interface Cidr {
  v6: boolean;
  bits: number;
  prefix: number;
  base: bigint;
}

function parseCidr(fn: string, text: string): Cidr {
  const [addr, len] = text.split("/");
  const prefix = Number(len);
  const v6 = addr.includes(":");
  const bits = v6 ? 128 : 32;
  const value = v6 ? parseIpv6(addr) : parseIpv4(addr);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new StdArgumentError(fn, `invalid CIDR prefix "${text}"`);
  }
  const hostBits = BigInt(bits - prefix);
  return { v6, bits, prefix, base: (value >> hostBits) << hostBits };
}

function parseIpv4(addr: string): bigint | undefined {
  const parts = addr.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
    return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(addr: string): bigint | undefined {
  const [head, tail, extra] = addr.split("::");
  if (extra !== undefined) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const h = groups(head);
  const t = groups(tail);
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? h.length !== 8 : missing < 0) return undefined;
  const all = [...h, ...Array(tail === undefined ? 0 : missing).fill("0"), ...t];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}

function formatAddress(value: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) =>
    ((value >> BigInt((7 - i) * 16)) & 0xffffn).toString(16),
  );
  // The longest run of zero groups (at least two) becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

function cidrSubnet(prefix: string, newbits: number, netnum: number): string {
  const c = parseCidr("cidrsubnet", prefix);
  const len = c.prefix + newbits;
  if (newbits < 0 || len > c.bits)
    throw new StdArgumentError("cidrsubnet", `cannot extend prefix ${prefix} by ${newbits} bits`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) {
    throw new StdArgumentError(
      "cidrsubnet",
      `prefix extension of ${newbits} bits has no network number ${netnum}`,
    );
  }
  const value = c.base | (BigInt(netnum) << BigInt(c.bits - len));
  return `${formatAddress(value, c.v6)}/${len}`;
}

function cidrSubnets(prefix: string, newbits: readonly number[]): string[] {
  const c = parseCidr("cidrsubnets", prefix);
  const out: string[] = [];
  let cursor = c.base;
  for (const nb of newbits) {
    const len = c.prefix + nb;
    if (len > c.bits)
      throw new StdArgumentError("cidrsubnets", `cannot extend prefix ${prefix} by ${nb} bits`);
    const size = 1n << BigInt(c.bits - len);
    cursor = ((cursor + size - 1n) / size) * size; // align
    out.push(`${formatAddress(cursor, c.v6)}/${len}`);
    cursor += size;
  }
  return out;
}

function cidrHost(prefix: string, host: number): string {
  const c = parseCidr("cidrhost", prefix);
  const size = 1n << BigInt(c.bits - c.prefix);
  const n = host < 0 ? size + BigInt(host) : BigInt(host);
  if (n < 0n || n >= size)
    throw new StdArgumentError("cidrhost", `prefix ${prefix} has no host number ${host}`);
  return formatAddress(c.base + n, c.v6);
}

function cidrNetmask(prefix: string): string {
  const c = parseCidr("cidrnetmask", prefix);
  if (c.v6) throw new StdArgumentError("cidrnetmask", "only IPv4 prefixes have a netmask");
  const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - c.prefix)) - 1n);
  return formatAddress(mask, false);
}
