import { z } from 'zod';
import type { ChatEvent } from '../../../core/chat-event.js';
import { parseSlackPayload } from './payload-error.js';
import { unformatSlackText } from './slack-text.js';

const id = z.string().min(1);

/** The form Slack posts for a slash command (fields we read; the rest pass through). */
export const slashCommandForm = z.looseObject({
  team_id: id,
  channel_id: id,
  user_id: id,
  user_name: z.string().optional(),
  command: id,
  text: z.string().default(''),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  enterprise_id: z.string().optional(),
});

/**
 * `/aws <text>` as a ChatEvent whose text is "@aws <text>", so it takes the same way in as a
 * mention. Whatever the command is called in the workspace (`/aws`, `/aws-prod`), its text is
 * the command line. Slack runs slash commands only at the channel level (not in threads), and a
 * slash command is no message: there is no threadId or messageId; answers start a new thread.
 */
export function chatEventFromSlashCommand(form: Record<string, string | undefined>): ChatEvent {
  const fields = parseSlackPayload(slashCommandForm, form, 'slash command');
  const text = unformatSlackText(fields.text);
  const event: ChatEvent = {
    platform: 'slack',
    workspaceId: fields.team_id,
    channelId: fields.channel_id,
    user: fields.user_name ? { id: fields.user_id, name: fields.user_name } : { id: fields.user_id },
    text: text === '' ? '@aws' : `@aws ${text}`,
    source: 'slash-command',
  };
  if (fields.trigger_id) event.triggerId = fields.trigger_id;
  if (fields.response_url) event.responseUrl = fields.response_url;
  return event;
}
