import { FAKE_SLACK } from './defaults.js';
import { MessageLog } from './message-log.js';
import type { FakeChannelOptions, FakeSlackFile, FakeSlackView, SlackApiServerOptions } from './types.js';

export interface FakeTeam {
  id: string;
  name: string;
  domain: string;
  botToken: string;
  botUserId: string;
  botId: string;
  enterpriseId?: string;
}

export interface FakeChannel {
  id: string;
  name: string;
  teamId?: string;
  isPrivate: boolean;
  isArchived: boolean;
  botIsMember: boolean;
  created: number;
  log: MessageLog;
}

export interface OpenView {
  id: string;
  teamId: string;
  hash: string;
  view: Record<string, unknown>;
}

export interface PendingUpload {
  fileId: string;
  filename: string;
  length: number;
  content?: string;
}

/** Everything the fake Slack remembers; `reset()` returns it to how it started. */
export class FakeWorkspace {
  readonly appId = FAKE_SLACK.appId;
  readonly teams: FakeTeam[];
  readonly clientId: string;
  readonly clientSecret: string;
  channels = new Map<string, FakeChannel>();
  files: FakeSlackFile[] = [];
  openedViews: FakeSlackView[] = [];
  views = new Map<string, OpenView>();
  uploads = new Map<string, PendingUpload>();
  usedTriggers = new Set<string>();
  usedCodes = new Set<string>();
  revokedTokens = new Set<string>();
  readonly oauthCodes: Record<string, string>;
  private lastMicros = 0;
  private ids = 0;

  constructor(private readonly options: SlackApiServerOptions) {
    this.teams = (options.teams ?? [FAKE_SLACK.team]).map((t) => ({
      ...t,
      domain: t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') || t.id.toLowerCase(),
      botId: `B${t.botUserId.slice(1)}`,
    }));
    const firstTeam = this.teams[0];
    if (!firstTeam) throw new Error('the fake Slack needs at least one team');
    this.clientId = options.clientId ?? FAKE_SLACK.clientId;
    this.clientSecret = options.clientSecret ?? FAKE_SLACK.clientSecret;
    this.oauthCodes = options.oauthCodes ?? { [FAKE_SLACK.oauthCode]: firstTeam.id };
    this.reset();
  }

  reset(): void {
    const created = Math.floor(Date.now() / 1000);
    const channels: readonly FakeChannelOptions[] = this.options.channels ?? FAKE_SLACK.channels;
    this.channels = new Map(
      channels.map((c) => [
        c.id,
        { id: c.id, name: c.name, teamId: c.teamId, isPrivate: c.isPrivate ?? false, isArchived: c.isArchived ?? false, botIsMember: c.botIsMember ?? false, created, log: new MessageLog(c.id) },
      ]),
    );
    this.files = [];
    this.openedViews = [];
    this.views.clear();
    this.uploads.clear();
    this.usedTriggers.clear();
    this.usedCodes.clear();
    this.revokedTokens.clear();
  }

  teamByToken(token: string): FakeTeam | undefined {
    return this.teams.find((t) => t.botToken === token);
  }

  teamById(id: string): FakeTeam | undefined {
    return this.teams.find((t) => t.id === id);
  }

  /** The channel as `team` sees it: a channel of another workspace does not exist for it. */
  channel(id: unknown, team: FakeTeam): FakeChannel | undefined {
    if (typeof id !== 'string') return undefined;
    const channel = this.channels.get(id);
    return channel && (channel.teamId === undefined || channel.teamId === team.id) ? channel : undefined;
  }

  /** A new message timestamp: "seconds.micros", strictly increasing. */
  nextTs(): string {
    const micros = Math.max(Date.now() * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  /** A new Slack-style id (F…, V…) unique within this server. */
  newId(prefix: string): string {
    this.ids += 1;
    return `${prefix}0${this.ids.toString(36).toUpperCase().padStart(8, '0')}`;
  }
}
