/** The configuration the service runs with: the file validated, paths resolved, env applied. */
import type { OrgPolicy } from '../permissions/org-policy/index.js';
import type { ChatOpsEnv } from './env.js';
import type { ChannelConfiguration } from './schema.js';

export type ConfigSource =
  /** `path` is absolute; `display` is how messages name it (relative to cwd when inside it). */
  | { kind: 'file'; path: string; display: string }
  | { kind: 'default'; display: string };

export interface ServerSettings {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  publicUrl?: string;
}

export interface SnsSettings {
  path: string;
  /** Absolute; SNS_CERTIFICATE_DIR wins over the file. */
  certificateDir?: string;
}

export interface SandboxSettings {
  /** Resolved: 'auto' means on when neither Slack nor Teams is configured. */
  enabled: boolean;
  setting: 'auto' | boolean;
}

export interface PermissionSettings {
  /** Absolute path of the org chat policy file, when one is set. */
  orgPolicyFile?: string;
  /** Accounts whose every channel requires user roles. */
  requireUserRolesInAccounts: string[];
  /** The org chat policy read from orgPolicyFile (checked against every configuration at load). */
  orgPolicy?: OrgPolicy;
}

export interface LoadedConfig {
  source: ConfigSource;
  server: ServerSettings;
  /** From DATABASE_URL only; undefined means the embedded PGlite under dataDir. */
  databaseUrl?: string;
  sns: SnsSettings;
  /** Absolute. */
  templatesDir?: string;
  sandbox: SandboxSettings;
  configurations: ChannelConfiguration[];
  permissions: PermissionSettings;
  env: ChatOpsEnv;
  slackConfigured: boolean;
  teamsConfigured: boolean;
  /** Things that work but are probably not what was meant; print them at start. */
  warnings: string[];
}

/** Programmatic overrides (CLI flags, tests); they win over the file and the environment. */
export interface ConfigOverrides {
  server?: { port?: number; host?: string; dataDir?: string; publicUrl?: string };
  sns?: { path?: string; certificateDir?: string };
  templatesDir?: string;
  sandbox?: { enabled?: 'auto' | boolean };
}
