import type { NotificationLink } from '../../../core/notification.js';
import type { SourceEvent } from '../../source-event.js';
import { getArr, getStr, isRecord, str } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { defined, truncate, withMore } from './summarise.js';

export const GUARDDUTY_ANNOUNCEMENT = 'GuardDuty Announcement';

/**
 * The GuardDuty Announcements SNS topic: `{"version":"1","type":"NEW_FINDINGS","findingDetails":[…]}`
 * (also NEW_FEATURES with featureDetails, UPDATED_FINDINGS…). Recognised as source aws.guardduty,
 * detail type `GuardDuty Announcement`. Routine news: info.
 *
 * facts: kind ("new finding types"), type ("NEW_FINDINGS"), items (["UnauthorizedAccess:EC2/TorClient: This finding…"]),
 * itemCount, firstLink.
 */
export const guardDutyAnnouncement: SourceDefinition = {
  id: 'guardduty-announcement',
  matches: [{ source: 'aws.guardduty', detailType: GUARDDUTY_ANNOUNCEMENT }],
  recognise: ({ json }) => {
    if (!json || json.source !== undefined) return undefined;
    const type = str(json.type);
    if (!type || !/^[A-Z]+(_[A-Z]+)+$/.test(type) || json.version === undefined) return undefined;
    if (!Object.keys(json).some((k) => /Details$/.test(k) && Array.isArray(json[k]))) return undefined;
    return { form: 'json', source: 'aws.guardduty', detailType: GUARDDUTY_ANNOUNCEMENT, detail: json, body: json };
  },
  normalise: normaliseAnnouncement,
};

const KINDS: Record<string, string> = {
  NEW_FINDINGS: 'new finding types',
  UPDATED_FINDINGS: 'updated finding types',
  NEW_FEATURES: 'new features',
  NEW_REGIONS: 'new Regions',
};

interface Item {
  text: string;
  link?: string;
}

function normaliseAnnouncement(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const type = getStr(d, 'type') ?? 'ANNOUNCEMENT';
  const kind = KINDS[type] ?? type.toLowerCase().replace(/_/g, ' ');
  const items = announcementItems(d);
  const links: NotificationLink[] = items
    .map((i) => i.link)
    .filter((l): l is string => Boolean(l && /^https:\/\//.test(l)))
    .filter((l, i, all) => all.indexOf(l) === i)
    .slice(0, 3)
    .map((url, i) => ({ label: i === 0 ? 'Read in the GuardDuty guide' : `More (${i + 1})`, url }));
  const texts = items.map((i) => i.text);
  return {
    service: 'Amazon GuardDuty',
    severity: 'info',
    title: `GuardDuty announcement: ${kind}`,
    summary: texts.length === 1 ? texts[0] : texts.length ? `${texts.length} changes, listed below.` : undefined,
    // The announcements topic belongs to AWS, not to you: don't show its account as yours.
    account: '',
    region: event.region,
    time: event.time,
    resources: [],
    links,
    sections: texts.length > 1 ? [{ type: 'list', title: sentenceCase(kind), items: withMore(texts, 5) }] : [],
    variables: defined({ announcementType: type, findingType: getStr(getArr(d, 'findingDetails')[0], 'findingType') }),
    facts: { kind, type, items: texts, itemCount: texts.length, firstLink: links[0]?.url },
  };
}

function announcementItems(d: Record<string, unknown>): Item[] {
  const out: Item[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (!/Details$/.test(key) || !Array.isArray(value)) continue;
    for (const entry of value) {
      if (!isRecord(entry)) continue;
      const name = getStr(entry, 'findingType') ?? getStr(entry, 'featureName') ?? getStr(entry, 'regionName');
      const description = getStr(entry, 'findingDescription') ?? getStr(entry, 'featureDescription') ?? getStr(entry, 'description');
      const text = [name, truncate(description, 300)].filter(Boolean).join(': ');
      if (text) out.push({ text, link: getStr(entry, 'link') ?? getStr(entry, 'featureLink') });
    }
  }
  return out;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
