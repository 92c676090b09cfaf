/** std `timeadd`: an RFC 3339 timestamp plus a Go duration ("1h30m", "-10m"). */
import { StdArgumentError, type StdFunction, str } from "./args";

export const TIME = {
  timeadd: (a) => timeAdd(str("timeadd", a, "timestamp"), str("timeadd", a, "duration")),
} satisfies Record<string, StdFunction>;

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

function timeAdd(timestamp: string, duration: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/i.exec(timestamp);
  if (!m) throw new StdArgumentError("timeadd", `"${timestamp}" is not an RFC 3339 timestamp`);
  const d = /^([+-])?((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(duration);
  if (!d) throw new StdArgumentError("timeadd", `"${duration}" is not a duration such as 1h30m`);
  let ms = 0;
  for (const part of d[2].matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    ms += Number(part[1]) * DURATION_UNITS[part[2]];
  }
  if (d[1] === "-") ms = -ms;
  const zone = m[2].toUpperCase();
  const offsetMin =
    zone === "Z"
      ? 0
      : (zone.startsWith("-") ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const at = Date.parse(`${m[1]}${m[2]}`) + ms;
  const local = new Date(at + offsetMin * 60_000).toISOString().replace(/\.000Z$/, "Z");
  return zone === "Z" ? local : local.replace(/(\.\d+)?Z$/, "$1") + zone;
}
