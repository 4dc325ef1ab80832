/**
 * Cross-field rules of chatops.yml. They run even when other fields failed (zod `when`), so they
 * take `unknown` and check types themselves. Messages are the "expected" half of a problem line;
 * `params.given` overrides the value shown as "given".
 */
import type { z } from 'zod';
import {
  normaliseSandboxChannelId,
  normaliseSlackChannelId,
  normaliseTeamsChannelId,
  SANDBOX_CHANNEL_EXAMPLE,
  SLACK_CHANNEL_EXAMPLE,
  TEAMS_CHANNEL_EXAMPLE,
} from './channel-id.js';
import { LIMITS } from './limits.js';
import { ANY_TOPIC } from './topic-arn.js';

type Ctx = Pick<z.RefinementCtx<unknown>, 'addIssue'>;

const { tagsMax: TAGS_MAX, tagKeyMax: TAG_KEY_MAX, tagValueMax: TAG_VALUE_MAX } = LIMITS;
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_CHARS_TEXT = 'Unicode letters, digits, spaces and _ . : / = + - @';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s);
/** Length in Unicode characters (code points), as AWS counts tag lengths. */
const chars = (s: string) => [...s].length;

export function checkTags(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const keys = Object.keys(value);
  if (keys.length > TAGS_MAX) {
    ctx.addIssue({ code: 'custom', message: `at most ${TAGS_MAX} tags`, params: { given: `${keys.length} tags` } });
  }
  for (const key of keys) {
    const given = { given: `the key ${quote(key)}`, at: 'key' };
    if (chars(key) < 1 || chars(key) > TAG_KEY_MAX) {
      ctx.addIssue({ code: 'custom', path: [key], message: `a tag key of 1–${TAG_KEY_MAX} characters`, params: { given: `a key of ${chars(key)} characters`, at: 'key' } });
    } else if (key.toLowerCase().startsWith('aws:')) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'a tag key that does not start with "aws:" (that prefix is reserved for AWS use)', params: given });
    } else if (!TAG_CHARS.test(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `a tag key made of ${TAG_CHARS_TEXT}`, params: given });
    }
    const tagValue = value[key];
    if (typeof tagValue !== 'string') continue;
    if (chars(tagValue) > TAG_VALUE_MAX) {
      ctx.addIssue({ code: 'custom', path: [key], message: `a tag value of at most ${TAG_VALUE_MAX} characters`, params: { given: `a value of ${chars(tagValue)} characters` } });
    } else if (!TAG_CHARS.test(tagValue)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `a tag value made of ${TAG_CHARS_TEXT}` });
    }
  }
}

export function checkTopicList(value: unknown, ctx: Ctx): void {
  if (!Array.isArray(value)) return;
  const seen = new Map<string, number>();
  value.forEach((arn, i) => {
    if (typeof arn !== 'string') return;
    if (arn === ANY_TOPIC && value.length > 1) {
      ctx.addIssue({ code: 'custom', path: [i], message: '"*" alone (it already means every topic), or a list of topic ARNs without "*"' });
    }
    const first = seen.get(arn);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i], message: `each topic once (the same ARN is already at index ${first})` });
    } else {
      seen.set(arn, i);
    }
  });
}

export function checkUniqueNames(value: unknown, ctx: Ctx): void {
  if (!Array.isArray(value)) return;
  const seen = new Map<string, number>();
  value.forEach((c, i) => {
    if (!isRecord(c) || typeof c.name !== 'string') return;
    const first = seen.get(c.name);
    if (first === undefined) {
      seen.set(c.name, i);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [i, 'name'],
      message: `a name used by no other configuration (names are unique across the file; configurations[${first}] already uses it)`,
    });
  });
}

const CHANNEL_EXPECTED: Record<string, string> = {
  slack: `a Slack channel ID like ${SLACK_CHANNEL_EXAMPLE}, or a channel link https://<workspace>.slack.com/archives/${SLACK_CHANNEL_EXAMPLE}`,
  teams: `a Teams channel ID like ${TEAMS_CHANNEL_EXAMPLE}, or a channel link https://teams.microsoft.com/l/channel/...`,
  sandbox: `a sandbox channel name like ${SANDBOX_CHANNEL_EXAMPLE} (1–80 letters, digits, ., _ or -)`,
};

/** The channel id with links and percent-encoding removed; undefined when it is not valid. */
export function normaliseChannelId(platform: string, channelId: string): string | undefined {
  if (platform === 'slack') return normaliseSlackChannelId(channelId);
  if (platform === 'teams') return normaliseTeamsChannelId(channelId);
  if (platform === 'sandbox') return normaliseSandboxChannelId(channelId);
  return undefined;
}

/** Why a webhook URL is not usable, as the expected half; undefined when it is fine. */
export function webhookUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'an https URL (write ${ENV_VAR} to read it from the environment)';
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return 'an https URL (plain http is allowed only for localhost)';
  }
  if (url.username || url.password) return 'a URL without a user name or password in it';
  return undefined;
}

export function checkChannelTarget(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const { platform, channelId, webhookUrl, workspaceId } = value;
  if (workspaceId !== undefined && platform !== 'slack') {
    ctx.addIssue({ code: 'custom', path: ['workspaceId'], message: `no workspaceId when platform is ${String(platform)} (only Slack configurations name a workspace)` });
  }
  if (platform === 'webhook') {
    if (webhookUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'an https URL (required when platform is webhook; write ${ENV_VAR} to read it from the environment)' });
    } else if (typeof webhookUrl === 'string') {
      const problem = webhookUrlProblem(webhookUrl);
      if (problem) ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: problem });
    }
    if (channelId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['channelId'], message: 'no channelId when platform is webhook (the webhook URL decides the channel)' });
    }
    return;
  }
  if (typeof platform !== 'string' || !(platform in CHANNEL_EXPECTED)) return;
  const expected = CHANNEL_EXPECTED[platform]!;
  if (channelId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['channelId'], message: `${expected} (required when platform is ${platform})` });
  } else if (typeof channelId === 'string' && normaliseChannelId(platform, channelId) === undefined) {
    ctx.addIssue({ code: 'custom', path: ['channelId'], message: expected });
  }
  if (webhookUrl !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: `no webhookUrl when platform is ${platform} (only webhook configurations have one)` });
  }
}
