// No user-visible words written into the window's code: every text a person reads or hears (JSX
// text, titles, labels, placeholders, ARIA names, notices) comes from the catalogs through `t`.
// The check parses each source file with TypeScript and fails naming file, line and text.
// A string that is not for people (a key, a CSS value, a developer's error) may carry an
// `i18n-ignore` comment on its line, which says why it stays.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const SKIP = new Set(["generated", "harness", "test", "i18n"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

// Attributes whose value a person reads or a screen reader says.
const SPOKEN = new Set(["title", "aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "placeholder", "alt", "label", "none", "low", "high", "summary"]);
// A word: two letters of any script in a row.
const WORDS = /\p{L}{2,}/u;

export function hardcoded(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split("\n");
  const out: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (lines[line].includes("i18n-ignore")) return;
    out.push(`${relative(root, file)}:${line + 1}: ${what.trim().slice(0, 80)}`);
  };
  const literalText = (e: ts.Node | undefined): string | null => {
    if (!e) return null;
    if (ts.isJsxExpression(e)) return literalText(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" ");
    if (ts.isConditionalExpression(e)) return [literalText(e.whenTrue), literalText(e.whenFalse)].filter(Boolean).join(" ") || null;
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) return literalText(e.right);
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SPOKEN.has(node.name.getText(sf))) {
      const v = literalText(node.initializer);
      if (v && WORDS.test(v)) report(node, `${node.name.getText(sf)}="${v}"`);
    }
    // Text placed between tags as an expression: {"Saved"} or {cond ? "Yes" : "No"}.
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const v = literalText(node);
      if (v && WORDS.test(v)) report(node, v);
    }
    // Sentences handed to notices and errors the window shows: { message: "…" }.
    if (ts.isPropertyAssignment(node) && ["message", "label", "title", "text"].includes(node.name.getText(sf))) {
      const v = literalText(node.initializer);
      if (v && WORDS.test(v) && /\s/.test(v)) report(node, `${node.name.getText(sf)}: "${v}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("the window's code", () => {
  it("has no hard-coded user-visible string", () => {
    const found = sources(root).flatMap((f) => hardcoded(f, readFileSync(f, "utf8")));
    expect(found, `words written into components instead of the catalogs (locales/en/studio.ftl):\n${found.join("\n")}`).toEqual([]);
  });

  it("has none in the participant page either (its script and its HTML)", () => {
    const page = join(root, "../../crates/journey-workshop/src/page");
    const script = join(page, "app.js");
    expect(hardcoded(script, readFileSync(script, "utf8"))).toEqual([]);
    // In the HTML, text is the English shown until the catalog has come: each element with
    // words carries the message (data-l10n) that replaces it.
    const html = readFileSync(join(page, "index.html"), "utf8");
    const untagged = [...html.matchAll(/<([a-z0-9]+)([^>]*)>([^<]*\p{L}{2}[^<]*)</gu)]
      .filter(([, , attrs]) => !/data-l10n=/.test(attrs)).map(([, tag, , text]) => `<${tag}> ${text.trim()}`);
    expect(untagged).toEqual([]);
  });

  it("notices a word in JSX text, in a label and in a notice", () => {
    const src = `const a = <p title="Zoom in">Saved {n} <b>{ok ? "yes" : "no"}</b></p>; setNotice({ code: "x", message: "It went wrong" });`;
    expect(hardcoded("x.tsx", src)).toHaveLength(4);
    expect(hardcoded("x.tsx", `const a = <p title={t("zoom-in")}>{t("saved", { n })}</p>;`)).toEqual([]);
  });
});
