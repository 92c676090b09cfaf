/** The registry object: indexes built once at load, look-ups the policies make. */
import { selfAndParents } from "../domains";
import type { StackIdentity } from "../resource";
import { ALIBABA_CLOUD } from "./access-providers";
import type {
  FilingMatch,
  Registry,
  RegistryExemption,
  RegistryFiling,
  RegistryServer,
} from "./types";

export class LoadedRegistry implements Registry {
  private readonly byDomain = new Map<string, RegistryFiling>();
  private readonly byName = new Map<string, RegistryServer>();
  private readonly byId = new Map<string, RegistryServer>();
  private readonly byServer = new Map<string, RegistryFiling[]>();

  constructor(
    readonly source: string,
    readonly filings: readonly RegistryFiling[],
    readonly servers: readonly RegistryServer[],
    readonly exemptions: readonly RegistryExemption[],
  ) {
    // parseRegistry has already refused duplicates, so each key is set once.
    for (const f of filings) {
      for (const d of f.domains) this.byDomain.set(d, f);
      const server = f.serviceCode?.server;
      if (server !== undefined) {
        const list = this.byServer.get(server);
        if (list) list.push(f);
        else this.byServer.set(server, [f]);
      }
    }
    for (const s of servers) {
      this.byName.set(s.name, s);
      if (s.id !== undefined) this.byId.set(s.id, s);
    }
  }

  /** Each registry entry that covers `domain`, most specific first, with the entry it matched. */
  private *covering(domain: string): Generator<[RegistryFiling, string]> {
    for (const d of selfAndParents(domain)) {
      const f = this.byDomain.get(d);
      if (f && (d === domain || f.subdomains)) yield [f, d];
    }
  }

  findFiling(domain: string): FilingMatch | undefined {
    for (const [filing, coveredBy] of this.covering(domain)) {
      if (filing.numberCheck.valid) {
        return { filing, coveredBy, alibabaAccess: filing.accessProviders.includes(ALIBABA_CLOUD) };
      }
    }
    return undefined;
  }

  findInvalidFilings(domain: string): RegistryFiling[] {
    const out: RegistryFiling[] = [];
    for (const [filing] of this.covering(domain)) if (!filing.numberCheck.valid) out.push(filing);
    return out;
  }

  serverByName(name: string): RegistryServer | undefined {
    return this.byName.get(name);
  }

  serverById(id: string): RegistryServer | undefined {
    return this.byId.get(id);
  }

  serversOfStack(stack: StackIdentity): RegistryServer[] {
    return this.servers.filter((s) => s.stack !== undefined && stackMatches(s.stack, stack));
  }

  filingsUsingServer(name: string): RegistryFiling[] {
    return [...(this.byServer.get(name) ?? [])];
  }
}

/**
 * Case-insensitive: Pulumi Cloud treats organisation names so, and a near-miss here would make the
 * anchor-server policies silently skip a server.
 */
function stackMatches(declared: string, stack: StackIdentity): boolean {
  const parts = declared.toLowerCase().split("/");
  const want = [stack.organization, stack.project, stack.stack].map((p) => p.toLowerCase());
  if (parts.length === 2) return parts[0] === want[1] && parts[1] === want[2];
  // An organisation the engine did not name (`pulumi policy analyze`) matches any.
  return parts.length === 3 && parts.every((p, i) => p === want[i] || (i === 0 && want[0] === ""));
}

export const EMPTY_REGISTRY: Registry = new LoadedRegistry("", [], [], []);
