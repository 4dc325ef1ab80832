import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { fields, variables } from '../shared/values.js';

export const SCHEDULED_EVENT = 'Scheduled Event';

/**
 * EventBridge: a scheduled rule fired. Routine; every firing of one rule shares a thread.
 * Facts: ruleName, ruleArn, eventBus.
 */
export const scheduledEvent: SourceDefinition = {
  id: 'scheduled-event',
  matches: [{ source: 'aws.events', detailType: SCHEDULED_EVENT }],
  normalise(event: SourceEvent): Normalised {
    const loc = where(event);
    const ruleArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('rule/'));
    // rule/<name> on the default bus, rule/<bus>/<name> on a custom one.
    const parts = parseArn(ruleArn)?.resource.split('/').slice(1) ?? [];
    const ruleName = parts[parts.length - 1] || undefined;
    const eventBus = parts.length > 1 ? parts[0] : ruleName ? 'default' : undefined;
    const facts = { ruleName, ruleArn, eventBus };
    return {
      service: 'Amazon EventBridge',
      severity: 'info',
      title: `Scheduled rule ${ruleName ?? ''} fired`.replace(/\s+/g, ' '),
      ...loc,
      resources: ruleArn ? [{ id: ruleArn, type: 'EventBridge rule' }] : [],
      links: [
        ruleName && eventBus
          ? { label: 'Open rule', url: consoleUrl(loc.region, 'events/home', `/eventbus/${seg(eventBus)}/rules/${seg(ruleName)}`) }
          : { label: 'Open EventBridge rules', url: consoleUrl(loc.region, 'events/home', '/rules') },
      ],
      fields: fields(['Rule', ruleName], ['Event bus', eventBus]),
      sections: envelopeSections(event),
      threadKey: ruleArn,
      variables: variables({ RuleName: ruleName, RuleArn: ruleArn, EventBusName: eventBus }),
      facts,
    };
  },
};
