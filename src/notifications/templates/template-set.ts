import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CardField, TextSection } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import { createHandlebars } from './handlebars-env.js';
import { templateFileSchema } from './template-schema.js';

type Render = (context: unknown) => string;

/**
 * What a template produced: plain text for the card's fields (never markup: the renderer escapes
 * it, so event data can't add links or formatting). Empty values are left out.
 */
export interface TemplateOutput {
  title?: string;
  summary?: string;
  fields?: CardField[];
  sections?: TextSection[];
  footer?: string;
}

export interface CompiledTemplate {
  /** "<source>/<detail-type>" */
  key: string;
  file: string;
  apply(context: unknown): TemplateOutput;
}

/**
 * All notification templates: built-in ones, then each extra directory, later ones overriding.
 * Built-in templates (tested with every fixture) are compiled on first use, which keeps start-up
 * fast; templates from a configured directory are compiled at load, so a broken one stops the
 * start with its file and line.
 */
export class TemplateSet {
  private readonly byKey = new Map<string, CompiledTemplate | (() => CompiledTemplate)>();

  /** `dirs[0]` is compiled lazily when `lazyFirst` is set (the built-in directory). */
  static load(dirs: readonly string[], options: { lazyFirst?: boolean } = {}): TemplateSet {
    const set = new TemplateSet();
    dirs.forEach((dir, i) => set.addDirectory(dir, { lazy: i === 0 && options.lazyFirst === true }));
    return set;
  }

  find(source: string, detailType: string): CompiledTemplate | undefined {
    const key = `${source}/${detailType}`;
    const found = this.byKey.get(key);
    if (typeof found !== 'function') return found;
    const compiled = found();
    this.byKey.set(key, compiled);
    return compiled;
  }

  get keys(): string[] {
    return [...this.byKey.keys()].sort();
  }

  addDirectory(dir: string, options: { lazy?: boolean } = {}): void {
    if (!existsSync(dir)) {
      throw new ChatOpsError('TEMPLATE_DIR_NOT_FOUND', `The templates directory ${dir} does not exist.`, { nextStep: 'Fix templatesDir in the configuration.' });
    }
    for (const sourceDir of readdirSync(dir).sort()) {
      const full = join(dir, sourceDir);
      if (!statSync(full).isDirectory()) continue;
      for (const name of readdirSync(full).sort()) {
        if (!/\.ya?ml$/.test(name)) continue;
        const file = join(full, name);
        const key = `${sourceDir}/${name.replace(/\.ya?ml$/, '')}`;
        const compile = () => compileTemplate(key, file, relative(process.cwd(), file) || file);
        this.byKey.set(key, options.lazy ? compile : compile());
      }
    }
  }
}

const hb = createHandlebars();

function compileTemplate(key: string, file: string, shown: string): CompiledTemplate {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ChatOpsError('TEMPLATE_INVALID', `${shown}: not valid YAML (${(cause as Error).message.split('\n')[0]}).`, { cause });
  }
  const parsed = templateFileSchema.safeParse(doc);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new ChatOpsError('TEMPLATE_INVALID', `${shown}: ${problems}.`, { nextStep: 'See templates/README.md for the format.' });
  }
  const t = parsed.data;
  const compile = (source: string, where: string): Render => {
    try {
      const fn = hb.compile(source, { noEscape: true, strict: false });
      fn({}); // surface syntax errors now, at load, not per event
      return (ctx) => fn(ctx);
    } catch (cause) {
      throw new ChatOpsError('TEMPLATE_INVALID', `${shown}: ${where}: ${(cause as Error).message.split('\n')[0]}`, { cause });
    }
  };
  const title = t.title !== undefined ? compile(t.title, 'title') : undefined;
  const summary = t.summary !== undefined ? compile(t.summary, 'summary') : undefined;
  const footer = t.footer !== undefined ? compile(t.footer, 'footer') : undefined;
  const fields = t.fields?.map((f, i) => ({
    label: compile(f.label, `fields[${i}].label`),
    value: compile(f.value, `fields[${i}].value`),
    url: f.url !== undefined ? compile(f.url, `fields[${i}].url`) : undefined,
    short: f.short,
  }));
  const sections = t.sections?.map((s, i) => ({
    title: s.title !== undefined ? compile(s.title, `sections[${i}].title`) : undefined,
    text: compile(s.text, `sections[${i}].text`),
  }));

  return {
    key,
    file,
    apply(context: unknown): TemplateOutput {
      const out: TemplateOutput = {};
      const run = (r: Render | undefined) => (r ? tidy(r(context)) : undefined);
      const tt = run(title);
      if (tt) out.title = tt;
      const ss = run(summary);
      if (ss) out.summary = ss;
      const ff = run(footer);
      if (ff) out.footer = ff;
      if (fields) {
        out.fields = [];
        for (const f of fields) {
          const value = run(f.value);
          const label = run(f.label);
          if (!value || !label) continue;
          const url = run(f.url);
          out.fields.push({ label, value, ...(url && /^https:\/\//.test(url) ? { url } : {}), ...(f.short !== undefined ? { short: f.short } : {}) });
        }
      }
      if (sections) {
        out.sections = [];
        for (const s of sections) {
          const text = run(s.text);
          if (!text) continue;
          const stitle = run(s.title);
          out.sections.push({ type: 'text', text, ...(stitle ? { title: stitle } : {}) });
        }
      }
      return out;
    },
  };
}

/** Trims each line's trailing space and the whole text; YAML block scalars leave both. */
function tidy(s: string): string {
  return s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}
