import type { Store } from '../../ports/store.js';
import type { SqlClient } from './sql-client.js';
import { createSqlAliases } from './sql-aliases.js';
import { createSqlAudit } from './sql-audit.js';
import { createSqlButtonTokens } from './sql-button-tokens.js';
import { createSqlCustomActions } from './sql-custom-actions.js';
import { createSqlDefaultAccounts } from './sql-default-accounts.js';
import { createSqlDialogs } from './sql-dialogs.js';
import { createSqlInbox } from './sql-inbox.js';
import { createSqlInstallations } from './sql-installations.js';
import { createSqlOutbox } from './sql-outbox.js';
import { createSqlPreferences } from './sql-preferences.js';
import { createSqlReceipts } from './sql-receipts.js';
import { createSqlSandboxMessages } from './sql-sandbox-messages.js';
import { createSqlSubscriptions } from './sql-subscriptions.js';
import { createSqlTeamsConversations } from './sql-teams-conversations.js';
import { createSqlThreads } from './sql-threads.js';
import { createSqlTrace } from './sql-trace.js';
import { createSqlUserRoles } from './sql-user-roles.js';

/**
 * The Store port over a migrated SQL client. Each part gets the client and owns its own tables
 * (migrations/): sandbox and threads (001); inbox, outbox, channel leases, trace and SNS
 * subscriptions (002); channel preferences (003); app installations and inbound receipts (004);
 * Teams conversation references and remembered cards (006); dialogs (007); command aliases (008);
 * user roles, default accounts and the audit log (009); custom actions and button tokens (010).
 */
export function createSqlStore(client: SqlClient): Store {
  return {
    kind: client.kind,
    sandbox: createSqlSandboxMessages(client),
    threads: createSqlThreads(client),
    inbox: createSqlInbox(client),
    outbox: createSqlOutbox(client),
    trace: createSqlTrace(client),
    subscriptions: createSqlSubscriptions(client),
    preferences: createSqlPreferences(client),
    installations: createSqlInstallations(client),
    receipts: createSqlReceipts(client),
    teamsConversations: createSqlTeamsConversations(client),
    dialogs: createSqlDialogs(client),
    aliases: createSqlAliases(client),
    userRoles: createSqlUserRoles(client),
    defaultAccounts: createSqlDefaultAccounts(client),
    audit: createSqlAudit(client),
    customActions: createSqlCustomActions(client),
    buttonTokens: createSqlButtonTokens(client),
    // Driver errors arrive coded: STORE_UNAVAILABLE when unreachable, STORE_CLOSED after close().
    async ping() {
      await client.query('SELECT 1');
    },
    close: () => client.close(),
  };
}
