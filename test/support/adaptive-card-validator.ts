import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

/**
 * Validates an Adaptive Card with Microsoft's own parser: the `adaptivecards` package's UMD
 * build (dist/adaptivecards.js) loads in Node without any DOM shim, because parsing and
 * property validation never touch `document` or `window` (only rendering does).
 *
 * Reports, as readable lines:
 *  - parse events: unknown element or action types, invalid property values, features newer
 *    than 1.5 (the parser targets version 1.5);
 *  - validateProperties() events: empty choice sets, duplicate ids, too many actions for the
 *    default host config (5), required inputs without label or error message, bad versions;
 *  - properties the parser ignored (a typo such as `wrapp`, or a property the element doesn't
 *    have), found by comparing the input with what the parsed card serialises back to;
 *  - a version other than "1.5".
 * An empty list means the card is valid.
 */
const requireCjs = createRequire(import.meta.url);
const AC = requireCjs('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Properties hosts read that the schema parser doesn't model. */
const HOST_EXTENSIONS = new Set(['msteams']);

export function validateAdaptiveCard(json: unknown): string[] {
  if (!isRecord(json)) return ['card: not a JSON object'];
  const issues: string[] = [];
  if (json.type !== 'AdaptiveCard') issues.push(`type: ${JSON.stringify(json.type)}, expected "AdaptiveCard"`);
  if (json.version !== '1.5') issues.push(`version: ${JSON.stringify(json.version)}, expected "1.5"`);

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    issues.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    issues.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const roundTrip = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  ignoredProperties(json, roundTrip, '$', issues);
  return issues;
}

/** Every property in `input` that the parsed card dropped when serialising itself back. */
function ignoredProperties(input: unknown, output: unknown, at: string, issues: string[]): void {
  if (Array.isArray(input)) {
    // Elements of unknown types are dropped (and reported by the parser); match the rest by type.
    const out = Array.isArray(output) ? output : [];
    let j = 0;
    input.forEach((item, i) => {
      const twin: unknown = out[j];
      if (isRecord(item) && isRecord(twin) && item.type !== twin.type) return;
      ignoredProperties(item, twin, `${at}[${i}]`, issues);
      j++;
    });
    return;
  }
  if (!isRecord(input)) return;
  const out = isRecord(output) ? output : {};
  for (const [key, value] of Object.entries(input)) {
    if (at === '$' && HOST_EXTENSIONS.has(key)) continue;
    if (!(key in out)) {
      if (!isDefault(key, value)) issues.push(`ignored: ${at}.${key} = ${short(value)} (dropped by the parser: ${typeOf(input)} has no such property, the value is invalid, or it is the default)`);
      continue;
    }
    if (key !== 'data') ignoredProperties(value, out[key], `${at}.${key}`, issues);
  }
}

/** Values the serialiser leaves out because they are the defaults. */
function isDefault(key: string, value: unknown): boolean {
  if (value === false || (Array.isArray(value) && value.length === 0)) return true;
  return key === 'isVisible' && value === true;
}

function short(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function typeOf(node: Record<string, unknown>): string {
  return typeof node.type === 'string' ? node.type : 'object';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
