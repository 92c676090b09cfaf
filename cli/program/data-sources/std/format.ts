/** std `format` and `formatlist`: Go's fmt verbs as Terraform's `format` uses them. */
import { StdArgumentError } from "./args";

const VERB = /%(\[(\d+)\])?([-+# 0]*)(\d+|\*)?(?:\.(\d+))?([a-zA-Z%])/g;

export function format(spec: string, args: readonly unknown[]): string {
  let next = 0;
  return spec.replace(VERB, (whole, _i, index, flags: string, width, precision, verb: string) => {
    if (verb === "%") return "%";
    if (index !== undefined) next = Number(index) - 1;
    if (next >= args.length)
      throw new StdArgumentError("format", `not enough arguments for ${whole}`);
    const value = args[next++];
    let text: string;
    switch (verb) {
      case "s":
        text = typeof value === "string" ? value : JSON.stringify(value);
        break;
      case "v":
        text =
          typeof value === "string"
            ? value
            : value === null
              ? "null"
              : typeof value === "object"
                ? JSON.stringify(value)
                : String(value);
        break;
      case "q":
        text = JSON.stringify(typeof value === "string" ? value : String(value));
        break;
      case "t":
        text = String(value === true || value === "true");
        break;
      case "d": {
        const n = Number(value);
        if (!Number.isFinite(n))
          throw new StdArgumentError("format", `%d needs a number, got ${JSON.stringify(value)}`);
        text = String(Math.trunc(n));
        if (flags.includes("+") && n >= 0) text = `+${text}`;
        break;
      }
      case "f":
      case "F":
        text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
        break;
      case "e":
        text = Number(value).toExponential(precision === undefined ? 6 : Number(precision));
        break;
      case "g":
        text = String(Number(value));
        break;
      case "x":
      case "X": {
        const raw =
          typeof value === "string"
            ? Buffer.from(value).toString("hex")
            : Math.trunc(Number(value)).toString(16);
        text = verb === "X" ? raw.toUpperCase() : raw;
        break;
      }
      case "o":
        text = Math.trunc(Number(value)).toString(8);
        break;
      case "b":
        text = Math.trunc(Number(value)).toString(2);
        break;
      default:
        throw new StdArgumentError("format", `unsupported verb %${verb}`);
    }
    if (verb === "s" && precision !== undefined)
      text = [...text].slice(0, Number(precision)).join("");
    const w = width === undefined || width === "*" ? 0 : Number(width);
    if (text.length < w) {
      if (flags.includes("-")) text = text.padEnd(w);
      else if (flags.includes("0") && /[dfFexXob]/.test(verb)) {
        const sign = /^[+-]/.test(text) ? text[0] : "";
        text = sign + text.slice(sign.length).padStart(w - sign.length, "0");
      } else text = text.padStart(w);
    }
    return text;
  });
}

export function formatList(spec: string, args: readonly unknown[]): string[] {
  const lengths = args.filter(Array.isArray).map((a) => (a as unknown[]).length);
  const n = lengths.length === 0 ? 1 : Math.min(...lengths);
  return Array.from({ length: n }, (_, i) =>
    format(
      spec,
      args.map((a) => (Array.isArray(a) ? a[i] : a)),
    ),
  );
}
