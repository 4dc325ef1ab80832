/**
 * Channel ids as people paste them. The AWS Chatbot console accepts a Slack channel link and keeps
 * only the id; we do the same for Slack and Teams links, so a copied link works in the file.
 */

export const SLACK_CHANNEL_EXAMPLE = 'C0123456789';
export const TEAMS_CHANNEL_EXAMPLE = '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2';
export const SANDBOX_CHANNEL_EXAMPLE = 'sandbox';

const SLACK_ID = /^[A-Za-z0-9]{1,255}$/;
const SLACK_LINK = /^https:\/\/[^/]+\.slack\.com\/(?:archives|messages)\/([A-Za-z0-9]+)(?:[/?#].*)?$/;
const TEAMS_ID = /^[0-9a-z]+:[^\s/]+$/i;
const TEAMS_LINK = /^https:\/\/teams\.microsoft\.com\/l\/channel\/([^/?#]+)/;
const SANDBOX_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** A Slack channel id from an id or a channel link; undefined when it is neither. */
export function normaliseSlackChannelId(value: string): string | undefined {
  const link = SLACK_LINK.exec(value);
  const id = link ? link[1]! : value;
  return SLACK_ID.test(id) ? id : undefined;
}

/** A Teams channel (conversation) id from an id, a percent-encoded id or a channel link. */
export function normaliseTeamsChannelId(value: string): string | undefined {
  const link = TEAMS_LINK.exec(value);
  const raw = link ? link[1]! : value;
  let id: string;
  try {
    id = raw.includes('%') ? decodeURIComponent(raw) : raw;
  } catch {
    return undefined;
  }
  return id.length <= 512 && TEAMS_ID.test(id) ? id : undefined;
}

/** A sandbox channel is a name: letters, digits, '.', '_' or '-', 1–80 characters. */
export function normaliseSandboxChannelId(value: string): string | undefined {
  return SANDBOX_ID.test(value) ? value : undefined;
}
