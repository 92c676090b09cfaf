/**
 * A strict, small XML 1.0 reader for the JUnit test: one root element, balanced tags, quoted and
 * unique attributes, only the predefined entities and character references, no raw `<` or `&` in
 * text. Enough for well-formedness; DTDs, CDATA and namespaces are rejected as unexpected.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function parseXml(src: string): XmlElement {
  let pos = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML error at ${pos}: ${msg} near ${JSON.stringify(src.slice(pos, pos + 40))}`);
  };
  const skipSpace = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) return fail("expected a name");
    pos += m[0].length;
    return m[0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&|</g, (whole, ref: string | undefined) => {
      if (whole === "<") return fail("raw < in text");
      if (ref === undefined) return fail("raw & in text");
      if (ref in ENTITIES) return ENTITIES[ref];
      const num = /^#x([0-9A-Fa-f]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
      if (!num) return fail(`unknown entity &${ref};`);
      return String.fromCodePoint(Number.parseInt(num[1], ref.startsWith("#x") ? 16 : 10));
    });

  if (src.startsWith("<?xml")) {
    const end = src.indexOf("?>");
    if (end === -1) fail("unterminated XML declaration");
    pos = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (src[pos] !== "<") fail("expected <");
    pos++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: "" };
    for (;;) {
      const before = pos;
      skipSpace();
      if (src.startsWith("/>", pos)) {
        pos += 2;
        return el;
      }
      if (src[pos] === ">") {
        pos++;
        break;
      }
      if (pos === before) fail("expected whitespace before an attribute");
      const attr = name();
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      skipSpace();
      if (src[pos] !== "=") fail("expected =");
      pos++;
      skipSpace();
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") fail("expected a quoted value");
      const end = src.indexOf(quote, pos + 1);
      if (end === -1) fail("unterminated attribute value");
      el.attrs[attr] = decode(src.slice(pos + 1, end));
      pos = end + 1;
    }
    for (;;) {
      const lt = src.indexOf("<", pos);
      if (lt === -1) fail(`unclosed <${el.name}>`);
      el.text += decode(src.slice(pos, lt));
      pos = lt;
      if (src.startsWith("</", pos)) {
        pos += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (src[pos] !== ">") fail("expected >");
        pos++;
        return el;
      }
      if (src.startsWith("<!", pos) || src.startsWith("<?", pos)) fail("unexpected markup");
      el.children.push(element());
    }
  };

  const root = element();
  skipSpace();
  if (pos !== src.length) fail("content after the root element");
  return root;
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
