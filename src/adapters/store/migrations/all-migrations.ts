import { sandboxAndThreads } from './001-sandbox-and-threads.js';
import { delivery } from './002-delivery.js';
import { channelPreferences } from './003-channel-preferences.js';
import { slackInstallationsAndReceipts } from './004-slack-installations-and-receipts.js';
import { outboxSendingSince } from './005-outbox-sending-since.js';
import { teamsConversations } from './006-teams-conversations.js';
import { dialogs } from './007-dialogs.js';
import { commandAliases } from './008-aliases.js';
import { permissions } from './009-permissions.js';
import { customActions } from './010-custom-actions.js';
import type { Migration } from './migration.js';

/** Every migration, in the order it must run. Append new ones at the end with the next id. */
export const allMigrations: readonly Migration[] = [sandboxAndThreads, delivery, channelPreferences, slackInstallationsAndReceipts, outboxSendingSince, teamsConversations, dialogs, commandAliases, permissions, customActions];
