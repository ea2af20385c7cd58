/**
 * The German translation is complete and current. The translatable strings are read from the
 * sources, as a translator would find them:
 * - src/extension: the literal first argument of every `l10n.t(…)`;
 * - src/core: the finding templates (`msg('…', …)`), the quick-fix titles (`fixTitle: '…'`,
 *   `title: '…'`, the default `fixTitle ?? '…'`) and related-information texts (`message: '…'`),
 *   which the extension shows through `vscode.l10n.t(template, …args)`.
 * Each needs an entry in l10n/bundle.l10n.de.json with the same {0}… placeholders, and the bundle
 * holds nothing else. The manifest's `%key%` placeholders resolve in package.nls.json and in
 * package.nls.de.json, and both files have the same keys.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { clean } from '../../src/core';
import { dumpsIn, REAL, REFERENCE, TRAPS } from './fixtures';

const ROOT = join(__dirname, '..', '..');
const BUNDLE_DE = join(ROOT, 'l10n', 'bundle.l10n.de.json');

/** `l10n.t(…)` calls whose first argument is not a literal: each passes on a string of src/core, extracted there. */
const DYNAMIC_L10N = new Set(['finding.template.text', 'r.message', 'finding.fix.title']);

interface Source {
  text: string;
  /** Where it was found, for messages: `file:line`. */
  at: string;
}

function tsFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => join(ROOT, dir, f));
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function unescapeJs(s: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|[\s\S])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length > 1 && (e[0] === 'u' || e[0] === 'x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n') return '';
    return simple[e] ?? e;
  });
}

/** A string literal at `pos` (after blanks), or undefined when something else stands there. */
function literalAt(source: string, pos: number): { value: string; end: number } | undefined {
  const m = /^\s*(['"`])((?:\\[\s\S]|(?!\1)[^\\])*)\1/.exec(source.slice(pos));
  if (!m) return undefined;
  if (m[1] === '`' && m[2].includes('${')) return undefined;
  return { value: unescapeJs(m[2]), end: pos + m[0].length };
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/**
 * Every literal that follows a match of `pattern` in the files; a match that a literal does not
 * follow goes to `dynamic` (with the text up to the next `,` or `)`).
 */
function literalsAfter(files: string[], pattern: RegExp, dynamic?: Source[]): Source[] {
  const found: Source[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const at = (i: number) => `${relative(ROOT, file)}:${lineOf(source, i)}`;
    for (const m of source.matchAll(pattern)) {
      const start = m.index + m[0].length;
      const literal = literalAt(source, start);
      if (literal) found.push({ text: literal.value, at: at(m.index) });
      else dynamic?.push({ text: source.slice(start).split(/[,)]/)[0].trim(), at: at(m.index) });
    }
  }
  return found;
}

/** The strings the extension shows through vscode.l10n.t, with where each stands. */
function extractStrings(): { strings: Source[]; dynamic: Source[]; coreDynamic: Source[] } {
  const extension = tsFiles('src/extension');
  const core = tsFiles('src/core');
  const dynamic: Source[] = [];
  const coreDynamic: Source[] = [];
  const strings = [
    ...literalsAfter(extension, /\bl10n\.t\(/g, dynamic),
    // msg('…'): finding templates; the definition `function msg(` is no call.
    ...literalsAfter(core, /(?<!function\s+)\bmsg\(/g, coreDynamic),
    // Quick-fix titles: `fixTitle: '…'`, a Fix's `title: '…'`, the default `fixTitle ?? '…'`.
    ...literalsAfter(core, /\bfixTitle:/g, coreDynamic),
    ...literalsAfter(core, /\btitle:(?=\s*['"`])/g),
    ...literalsAfter(core, /\bfixTitle\s*\?\?/g),
    // Related information: `related: [{ range, message: '…' }]`.
    ...literalsAfter(core, /\bmessage:(?=\s*['"`])/g),
  ];
  return { strings, dynamic, coreDynamic };
}

function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Every `%key%` string in the manifest, with its JSON path. */
function manifestKeys(value: unknown, path = ''): { key: string; path: string }[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    return m ? [{ key: m[1], path }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => manifestKeys(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => manifestKeys(v, path ? `${path}.${k}` : k));
  return [];
}

/** Code spans and link targets: `duplicate-line`, (command:…), which a translation keeps as they are. */
function verbatim(s: string): string[] {
  return [...s.matchAll(/`[^`]*`|\]\([^)]*\)/g)].map((m) => m[0]).sort();
}

describe('localisation', () => {
  const { strings, dynamic, coreDynamic } = extractStrings();
  const english = new Set(strings.map((s) => s.text));
  const de = readJson(BUNDLE_DE);

  it('finds the strings in the sources (the extraction works)', () => {
    // Known strings from each kind of source, so that a broken regex cannot pass with an empty list.
    for (const s of [
      'Dump Curator: checking the workspace', // l10n.t in src/extension
      'Duplicate: the same text stands on line {0}.', // msg() in src/core
      "Recurs in {0} files of the corpus: page furniture, not this article's text.", // msg("…'…")
      'Remove duplicate line', // fixTitle
      'Convert HTML to text', // a Fix's title
      'Remove line', // the default fix title
      'First occurrence', // related information
    ]) {
      assert.ok(english.has(s), `not extracted: ${s}`);
    }
    assert.ok(english.size > 80, `only ${english.size} strings`);
  });

  it('every l10n.t call passes a literal, or a string from src/core that is extracted there', () => {
    const unknown = dynamic.filter((d) => !DYNAMIC_L10N.has(d.text));
    assert.deepEqual(unknown.map((d) => `${d.at}: ${d.text}`), [], 'translatable strings this test cannot read');
  });

  it('every msg() and fixTitle in src/core is a literal', () => {
    assert.deepEqual(coreDynamic.map((d) => `${d.at}: ${d.text}`), [], 'translatable strings this test cannot read');
  });

  it('the engine produces no template, fix title or related text the extraction missed', () => {
    const dumps = [REFERENCE + '.dump', ...dumpsIn(TRAPS), ...dumpsIn(REAL)];
    const missed = new Set<string>();
    for (const file of dumps) {
      for (const f of clean(readFileSync(file, 'utf8')).findings) {
        for (const s of [f.template.text, f.fix?.title, ...(f.related ?? []).map((r) => r.message)]) {
          if (s !== undefined && !english.has(s)) missed.add(s);
        }
      }
    }
    assert.deepEqual([...missed], []);
  });

  it('l10n/bundle.l10n.de.json translates every string, with the same placeholders', () => {
    const problems: string[] = [];
    for (const s of strings) {
      const t = de[s.text];
      if (typeof t !== 'string' || !t.trim()) problems.push(`missing: ${s.at}: ${JSON.stringify(s.text)}`);
      else if (placeholders(t).join() !== placeholders(s.text).join()) {
        problems.push(`placeholders differ: ${s.at}: ${JSON.stringify(s.text)} → ${JSON.stringify(t)}`);
      }
    }
    assert.deepEqual(problems, [], `${problems.length} strings without a fitting German translation`);
  });

  it('l10n/bundle.l10n.de.json holds no stale entries', () => {
    const stale = Object.keys(de).filter((k) => !english.has(k));
    assert.deepEqual(stale, [], 'German entries no source has (changed or removed English?)');
  });

  describe('manifest', () => {
    const manifest = readJson(join(ROOT, 'package.json'));
    const nls = readJson(join(ROOT, 'package.nls.json'));
    const nlsDe = readJson(join(ROOT, 'package.nls.de.json'));
    const used = manifestKeys(manifest);

    it('localises the contributed commands, settings and views', () => {
      assert.ok(used.length > 20, `only ${used.length} %key% placeholders`);
      const contributes = manifest.contributes as { commands: { title: string; category: string }[] };
      for (const c of contributes.commands) {
        assert.match(c.title, /^%[\w.]+%$/, `command title ${c.title}`);
        assert.match(c.category, /^%[\w.]+%$/, `command category ${c.category}`);
      }
      // Every setting's words, at any depth (the per-rule severities, files.include, …).
      const words = (value: unknown, path: string): string[] => {
        if (!value || typeof value !== 'object') return [];
        return Object.entries(value).flatMap(([k, v]) =>
          /^(title|description|markdownDescription|enumDescriptions|markdownEnumDescriptions|deprecationMessage|markdownDeprecationMessage)$/.test(k)
            ? [v].flat().filter((w) => typeof w === 'string' && !/^%[\w.]+%$/.test(w)).map((w) => `${path}.${k}: ${w}`)
            : words(v, `${path}.${k}`));
      };
      const c = manifest.contributes as Record<string, unknown>;
      assert.deepEqual([...words(c.configuration, 'configuration'), ...words(c.views, 'views'), ...words(c.viewsWelcome, 'viewsWelcome')], []);
      const views = c.views as Record<string, { name: string }[]>;
      for (const v of Object.values(views).flat()) assert.match(v.name, /^%[\w.]+%$/, `view name ${v.name}`);
      for (const w of c.viewsWelcome as { contents: string }[]) assert.match(w.contents, /^%[\w.]+%$/, 'viewsWelcome contents');
    });

    it('every %key% of package.json is in package.nls.json and package.nls.de.json', () => {
      // vsce replaces only %[\w.]+%; another character leaves the placeholder as it is.
      assert.deepEqual(used.filter((u) => !/^[\w.]+$/.test(u.key)).map((u) => `${u.path}: ${u.key}`), []);
      assert.deepEqual(used.filter((u) => typeof nls[u.key] !== 'string').map((u) => `${u.path}: ${u.key}`), [], 'missing in package.nls.json');
      assert.deepEqual(used.filter((u) => typeof nlsDe[u.key] !== 'string').map((u) => `${u.path}: ${u.key}`), [], 'missing in package.nls.de.json');
    });

    it('package.nls.json and package.nls.de.json have the same keys, all of them used', () => {
      assert.deepEqual(Object.keys(nlsDe).sort(), Object.keys(nls).sort());
      const keys = new Set(used.map((u) => u.key));
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.has(k)), [], 'keys package.json does not use');
    });

    it('the German keeps code spans and command links as they are', () => {
      for (const [key, value] of Object.entries(nls)) {
        assert.ok(typeof nlsDe[key] === 'string' && (nlsDe[key] as string).trim(), `${key} is empty`);
        assert.deepEqual(verbatim(nlsDe[key] as string), verbatim(value as string), key);
      }
    });
  });
});
