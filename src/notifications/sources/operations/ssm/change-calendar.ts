import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const CALENDAR_CHANGE = 'Calendar State Change';

/**
 * Change Calendar: a calendar opened or closed. While it is CLOSED, automations and changes
 * that check it are held back.
 * Facts: calendarName, calendarArn, state ("OPEN" / "CLOSED"), closed, atTime, nextTransitionTime.
 */
export const ssmChangeCalendar: SourceDefinition = {
  id: 'ssm-change-calendar',
  matches: [{ source: 'aws.ssm', detailType: CALENDAR_CHANGE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const calendarArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('document/'));
    const calendarName = parseArn(calendarArn)?.resource.slice('document/'.length) || undefined;
    const state = statusToken(text(getStr(d, 'state')));
    const closed = state === 'CLOSED';
    const facts = { calendarName, calendarArn, state, closed, atTime: text(getStr(d, 'atTime')), nextTransitionTime: text(getStr(d, 'nextTransitionTime')) };
    return {
      service: SSM,
      // A freeze starting is worth noticing; not an incident.
      severity: closed ? 'low' : 'info',
      title: `Change calendar ${calendarName ?? ''} is now ${state?.toLowerCase() ?? 'changed'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: calendarArn ? [{ id: calendarArn, type: 'SSM change calendar' }] : [],
      links: [
        calendarName
          ? { label: 'Open change calendar', url: consoleUrl(loc.region, `systems-manager/change-calendar/${seg(calendarName)}`) }
          : { label: 'Open Change Calendar', url: consoleUrl(loc.region, 'systems-manager/change-calendar') },
      ],
      fields: fields(['State', state], ['Next change', facts.nextTransitionTime]),
      sections: envelopeSections(event),
      threadKey: calendarArn ?? (calendarName ? `aws.ssm:calendar/${calendarName}` : undefined),
      variables: variables({ CalendarName: calendarName, CalendarArn: calendarArn, State: state }),
      facts,
    };
  },
};
