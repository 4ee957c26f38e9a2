// What app/ exposes over HTTP, read from the sources (no build): pages, route handlers (and the
// metadata files Next serves as routes), and server actions (the exported functions of "use server"
// files). Keys are those of entryKey() in registry.ts. The one list of endpoints: the authorization
// registry (registry.test.ts) and the fuzz of the server actions (tests/integration/fuzz-actions.test.ts)
// each fail on an endpoint it finds that they lack. Anything the reader cannot account for (a
// function-level "use server", an `export *` from a "use server" file, an interception route) is
// reported as a problem rather than skipped.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface Endpoint {
  key: string;
  file: string;
}

export interface Scan {
  endpoints: Endpoint[];
  problems: string[];
}

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
const PAGE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const ROUTE = /^route\.(ts|js)$/;
// Next's metadata files: each is served as a GET route of its own.
const METADATA = /^(icon|apple-icon|favicon|opengraph-image|twitter-image|sitemap|robots|manifest)\d*\.[a-z]+$/;
const SOURCE = /\.(tsx|ts|jsx|js|mjs)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The URL path of a file under app/: route groups and parallel-route slots leave no segment. */
export function routePath(file: string): string {
  const parts = file.split("/");
  if (parts[0] !== "app") throw new Error(`${file} is not under app/`);
  const segments = parts.slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

function hasDirective(statements: readonly ts.Statement[], directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
const isDefault = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** The value exports of a module (types and interfaces are not callable), and what could not be read. */
export function exportedValues(source: ts.SourceFile): { names: string[]; problems: string[] } {
  const names: string[] = [];
  const problems: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause) problems.push(`${source.fileName}: "export *" hides what it exports`);
      else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
      } else problems.push(`${source.fileName}: "export * as" hides what it exports`);
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (isExported(statement)) {
      if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
        names.push(isDefault(statement) ? "default" : (statement.name?.text ?? "default"));
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) names.push(...bindingNames(declaration.name));
      } else if (ts.isEnumDeclaration(statement)) names.push(statement.name.text);
      // interfaces, type aliases and `declare` forms carry no value
    }
  }
  return { names, problems };
}

/** A "use server" inside a function body: an action with no exported name to register. */
function inlineDirectives(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const body = node.body;
      if (body && ts.isBlock(body) && hasDirective(body.statements, "use server")) {
        lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** What one source file contributes. `file` is relative to the repository root, with "/". */
export function scanSource(file: string, text: string): Scan {
  const endpoints: Endpoint[] = [];
  const problems: string[] = [];
  const name = path.posix.basename(file);
  const underApp = file.startsWith("app/");
  if (underApp && file.split("/").some((segment) => /^\(\.+\)/.test(segment))) {
    problems.push(`${file}: an interception route; the matrix does not model these yet`);
  }
  if (underApp && PAGE.test(name)) endpoints.push({ key: `page ${routePath(file)}`, file });
  if (underApp && METADATA.test(name) && !SOURCE.test(name)) {
    endpoints.push({ key: `route GET ${routePath(file) === "/" ? "" : routePath(file)}/${name}`, file });
  }
  if (!SOURCE.test(name)) return { endpoints, problems };

  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  if (underApp && METADATA.test(name)) {
    // Generated metadata: sitemap.ts is served as /sitemap.xml, robots.ts as /robots.txt, icon.tsx as /icon.
    const base = name.replace(/\.[a-z]+$/, "");
    const served = { sitemap: "sitemap.xml", robots: "robots.txt", manifest: "manifest.webmanifest" }[base] ?? base;
    endpoints.push({ key: `route GET ${routePath(file) === "/" ? "" : routePath(file)}/${served}`, file });
  }
  if (underApp && ROUTE.test(name)) {
    const { names, problems: unreadable } = exportedValues(source);
    problems.push(...unreadable);
    for (const method of names.filter((n) => HTTP_METHODS.has(n))) endpoints.push({ key: `route ${method} ${routePath(file)}`, file });
  }
  if (hasDirective(source.statements, "use server")) {
    const { names, problems: unreadable } = exportedValues(source);
    problems.push(...unreadable);
    for (const exported of names) endpoints.push({ key: `action ${file}#${exported}`, file });
  }
  for (const line of inlineDirectives(source)) {
    problems.push(
      `${file}:${line}: a function-level "use server" (an action without an exported name): move it to a "use server" file and register it`,
    );
  }
  return { endpoints, problems };
}

/** Every endpoint of the application under `root`: app/ for pages and routes; app/, components/ and lib/ for "use server" files. */
export function scanApplication(root: string): Scan {
  const files = ["app", "components", "lib"]
    .flatMap((dir) => walk(path.join(root, dir)))
    .map((full) => path.relative(root, full).split(path.sep).join("/"));
  const scans = files
    .filter((file) => !file.endsWith(".test.ts"))
    .map((file) => scanSource(file, SOURCE.test(file) ? readFileSync(path.join(root, file), "utf8") : ""));
  return { endpoints: scans.flatMap((s) => s.endpoints), problems: scans.flatMap((s) => s.problems) };
}
