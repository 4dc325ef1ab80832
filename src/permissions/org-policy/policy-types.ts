/**
 * The organization chat policy ("Chatbot policy" in the reference, 000 "AWS Chatbot organization
 * policies") after its levels are folded: plain values, no inheritance operators left. A key the
 * policy doesn't set is absent and restricts nothing; a list that is set but empty allows nothing.
 */

export const CLIENT_STATES = ['enabled', 'disabled'] as const;
export type ClientState = (typeof CLIENT_STATES)[number];
export const POLICY_CHANNEL_TYPES = ['public', 'private'] as const;
export type PolicyChannelType = (typeof POLICY_CHANNEL_TYPES)[number];
export const ROLE_SETTINGS = ['channel_role', 'user_role'] as const;
export type RoleSetting = (typeof ROLE_SETTINGS)[number];

/** The platforms a policy names: the reference's three and our local test chat, `sandbox`. */
export const POLICY_PLATFORMS = ['slack', 'microsoft_teams', 'chime', 'sandbox'] as const;
export type PolicyPlatform = (typeof POLICY_PLATFORMS)[number];

/** `supported_channel_types`, `supported_role_settings` and our `default_guardrail_policy_arns`. */
export interface PolicySettings {
  channelTypes?: PolicyChannelType[];
  roleSettings?: RoleSetting[];
  /** Ours, not the reference's: managed policies every configuration gets as guardrails. */
  guardrailPolicyArns?: string[];
}

export interface PlatformPolicy {
  client?: ClientState;
  default: PolicySettings;
}

export interface SlackPolicy extends PlatformPolicy {
  /** Allowed workspace (team) ids; absent = any workspace. */
  workspaces?: string[];
  /** Per workspace id: replaces the default key by key. */
  overrides: Record<string, PolicySettings>;
}

export interface TeamsPolicy extends PlatformPolicy {
  /** Allowed team ids per tenant id; absent = any tenant and team. */
  tenants?: Record<string, string[]>;
  /** Per tenant id, per team id: replaces the default key by key. */
  overrides: Record<string, Record<string, PolicySettings>>;
}

export interface OrgPolicy {
  /** How many levels were folded (1 for a single policy). */
  levels: number;
  /** `chatbot.default`: applies to every platform the policy doesn't name (or names without a client). */
  default: { client?: ClientState; guardrailPolicyArns?: string[] };
  platforms: {
    slack?: SlackPolicy;
    microsoft_teams?: TeamsPolicy;
    /** Parsed for compatibility; we don't support Chime, so it is never allowed. */
    chime?: { client?: ClientState };
    sandbox?: PlatformPolicy;
  };
}
