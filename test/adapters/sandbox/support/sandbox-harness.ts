import type { ActionEvent, ChatEvent } from '../../../../src/core/chat-event.js';
import { createHttpServer } from '../../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../../src/adapters/http/server.js';
import { mountTestNotifications } from '../../../../src/adapters/http/test-notifications-route.js';
import { createMemoryStore } from '../../../../src/adapters/store/memory-store.js';
import { SandboxChat } from '../../../../src/adapters/sandbox/sandbox-chat.js';
import type { CardRenderers, SandboxChannel } from '../../../../src/adapters/sandbox/sandbox-chat.js';
import { mountSandbox } from '../../../../src/adapters/sandbox/sandbox-routes.js';
import type { SandboxConfiguration, SandboxSample } from '../../../../src/adapters/sandbox/sandbox-routes.js';
import { Inbox } from './inbox.js';
import { RecordingLogger } from '../../../support/recording-logger.js';

export const CHANNELS: SandboxChannel[] = [
  { id: 'sandbox-alerts', name: 'alerts' },
  { id: 'sandbox-deployments', name: 'deployments' },
];

export const CONFIGURATIONS: SandboxConfiguration[] = [
  { name: 'prod-alerts', platform: 'sandbox', channelId: 'sandbox-alerts' },
  { name: 'deploys', platform: 'sandbox', channelId: 'sandbox-deployments' },
];

export const SAMPLES: SandboxSample[] = [
  { id: 'cloudwatch/alarm', label: 'CloudWatch alarm' },
  { id: 'guardduty/finding', label: 'GuardDuty finding' },
];

export interface SandboxHarnessOptions {
  sendTestNotification?: (chat: SandboxChat, configuration: string, sample?: string) => Promise<{ notificationId: string }>;
  onChatMessage?: (chat: SandboxChat, event: ChatEvent) => Promise<void>;
  onAction?: (chat: SandboxChat, event: ActionEvent) => Promise<void>;
  renderers?: CardRenderers;
  adminToken?: string;
  heartbeatMs?: number;
  host?: string;
}

export interface SandboxHarness {
  url: string;
  chat: SandboxChat;
  logger: RecordingLogger;
  chatEvents: Inbox<ChatEvent>;
  actionEvents: Inbox<ActionEvent>;
  testNotifications: Inbox<{ configuration: string; sample?: string }>;
  server: ListeningHttpServer;
  close(): Promise<void>;
}

/** The sandbox as main.ts wires it, on an ephemeral port, with an in-memory store and recording handlers. */
export async function startSandbox(options: SandboxHarnessOptions = {}): Promise<SandboxHarness> {
  const logger = new RecordingLogger();
  const store = createMemoryStore();
  const chat = new SandboxChat({ store: store.sandbox, channels: CHANNELS, logger, renderers: options.renderers });
  const chatEvents = new Inbox<ChatEvent>();
  const actionEvents = new Inbox<ActionEvent>();
  const testNotifications = new Inbox<{ configuration: string; sample?: string }>();
  const http = createHttpServer({ logger, closeGraceMs: 100 });
  http.mount((router) =>
    mountTestNotifications(router, {
      logger,
      adminToken: options.adminToken,
      sendTestNotification: async (configuration, sample) => {
        testNotifications.push({ configuration, sample });
        if (options.sendTestNotification) return options.sendTestNotification(chat, configuration, sample);
        return { notificationId: `test-${testNotifications.received.length}` };
      },
    }),
  );
  http.mount((router) =>
    mountSandbox(router, {
      chat,
      logger,
      configurations: CONFIGURATIONS,
      samples: SAMPLES,
      heartbeatMs: options.heartbeatMs,
      onChatMessage: async (event) => {
        chatEvents.push(event);
        await options.onChatMessage?.(chat, event);
      },
      onAction: async (event) => {
        actionEvents.push(event);
        await options.onAction?.(chat, event);
      },
    }),
  );
  const server = await http.listen(0, options.host ?? '127.0.0.1');
  return {
    url: server.url,
    chat,
    logger,
    chatEvents,
    actionEvents,
    testNotifications,
    server,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
