import Handlebars from 'handlebars';
import { formatNumber } from '../../support/format-number.js';

/**
 * An isolated Handlebars environment for notification templates. Output is plain text for one
 * field: nothing is HTML-escaped here (the renderer escapes for its platform), and prototype
 * access stays disabled (Handlebars' default), so an event can't reach functions or structure.
 */
export function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const args = (a: unknown[]) => a.slice(0, -1); // drop Handlebars' options argument

  hb.registerHelper('default', (...a: unknown[]) => text(args(a).find((v) => v !== undefined && v !== null && v !== '') ?? ''));
  hb.registerHelper('upper', (v: unknown) => text(v).toUpperCase());
  hb.registerHelper('lower', (v: unknown) => text(v).toLowerCase());
  hb.registerHelper('capitalize', (v: unknown) => {
    const s = text(v).toLowerCase().replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
  hb.registerHelper('truncate', (v: unknown, n: unknown) => {
    const s = text(v);
    const max = typeof n === 'number' ? n : 200;
    return s.length > max ? `${s.slice(0, Math.max(0, max - 1))}…` : s;
  });
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(text).join(typeof sep === 'string' ? sep : ', ') : text(list)));
  hb.registerHelper('json', (v: unknown) => JSON.stringify(v ?? null));
  hb.registerHelper('count', (v: unknown) => (Array.isArray(v) ? v.length : 0));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('or', (...a: unknown[]) => args(a).find(Boolean) ?? false);
  hb.registerHelper('and', (...a: unknown[]) => args(a).every(Boolean));
  hb.registerHelper('not', (v: unknown) => !v);
  hb.registerHelper('number', (v: unknown) => {
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? formatNumber(n, { maximumFractionDigits: 4 }) : text(v);
  });
  hb.registerHelper('date', (v: unknown) => {
    const d = new Date(text(v));
    return Number.isNaN(d.getTime()) ? text(v) : d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
  });
  hb.registerHelper('lastSegment', (v: unknown) => text(v).split(/[/:]/).pop() ?? '');
  return hb;
}
