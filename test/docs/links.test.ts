/**
 * Every link from the shipped Markdown (README.md, ARCHITECTURE.md, docs/, the policy and example
 * READMEs) to a file of the repository resolves, and so does its #anchor; and no shipped file refers
 * to a path outside the repository (the project's working notes are not part of it).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { anchors, links, ROOT, trackedFiles } from "./markdown";

/** Shipped test fixtures that must contain the forbidden text, to test what rejects it. None yet. */
const HOSTILE_FIXTURES: readonly string[] = [];

// Spelt in pieces so that this file does not contain what it forbids.
const OUTSIDE_PATHS = [["..", "shared"].join("/"), ["rules", "md"].join(".")];

const markdownFiles = () =>
  trackedFiles().filter((f) => f.endsWith(".md") && !f.startsWith("test/fixtures/"));

/** Why a link does not resolve, or undefined when it does. */
function brokenLink(from: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:
  const [rawPath, fragment] = target.split("#", 2);
  const file =
    rawPath === "" ? path.join(ROOT, from) : path.resolve(ROOT, path.dirname(from), rawPath);
  if (!file.startsWith(ROOT + path.sep) && file !== ROOT) return "points outside the repository";
  if (!existsSync(file)) return "no such file";
  if (fragment === undefined) return undefined;
  if (!file.endsWith(".md") || statSync(file).isDirectory())
    return "an anchor on a non-Markdown target";
  return anchors(readFileSync(file, "utf8")).has(fragment) ? undefined : `no heading #${fragment}`;
}

describe("links in the shipped Markdown", () => {
  const files = markdownFiles();

  it("covers the docs, every policy README and the top-level pages", () => {
    expect(files).toEqual(
      expect.arrayContaining(["README.md", "ARCHITECTURE.md", "docs/registry.md", "docs/scope.md"]),
    );
    expect(files.filter((f) => /^policy-pack\/policies\/[^/]+\/README\.md$/.test(f)).length).toBe(
      files.filter((f) => f.startsWith("policy-pack/policies/")).length,
    );
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const broken = links(text).flatMap((l) => {
        const why = brokenLink(file, l.target);
        return why ? [`${file}:${l.line}: (${l.target}) ${why}`] : [];
      });
      expect(broken).toEqual([]);
    });
  }

  it("reads links outside code only", () => {
    const md = 'See [a](a.md), `[b](b.md)` and [c](c.md#x "title").\n```\n[d](d.md)\n```\n';
    expect(links(md)).toEqual([
      { target: "a.md", line: 1 },
      { target: "c.md#x", line: 1 },
    ]);
  });

  it("finds a broken file link and a broken anchor", () => {
    expect(brokenLink("README.md", "docs/no-such-page.md")).toBe("no such file");
    expect(brokenLink("README.md", "docs/registry.md#no-such-heading")).toBe(
      "no heading #no-such-heading",
    );
    expect(brokenLink("docs/scope.md", "#mainland-regions")).toBeUndefined();
    expect(brokenLink("docs/scope.md", "../../elsewhere.md")).toBe("points outside the repository");
  });
});

describe("no shipped file refers to a path outside the repository", () => {
  const files = trackedFiles().filter((f) => !HOSTILE_FIXTURES.includes(f));

  it("every tracked file is checked", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const needle of OUTSIDE_PATHS) {
    it(`none mentions ${needle}`, () => {
      const found = files.filter((f) => readFileSync(path.join(ROOT, f), "utf8").includes(needle));
      expect(found).toEqual([]);
    });
  }
});
