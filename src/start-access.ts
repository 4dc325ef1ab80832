/**
 * The permissions layer of a running service, composed: the configurations and stores, STS
 * sessions and IAM policy documents over the real SDK (endpoints from the SDK's own variables),
 * the org chat policy loaded with the configuration, and the local pre-check. The STS and IAM
 * clients load on the first command, not at start (they cost a few hundred milliseconds).
 */
import type { LoadedConfig } from './config/index.js';
import type { ChatChannelConfiguration } from './config/schema.js';
import type { AccessDeps } from './permissions/access-types.js';
import { localPreCheck } from './permissions/local-precheck.js';
import { decide } from './permissions/org-policy/index.js';
import { knownManagedPolicy, knownManagedPolicyVersion } from './permissions/precheck/index.js';
import type { PolicyDocuments, RoleSessions } from './ports/aws.js';
import type { Clock } from './ports/clock.js';
import type { Logger } from './ports/logger.js';
import type { Store } from './ports/store.js';

type Closable<T> = T & { close(): void };

export function createAccess(config: Pick<LoadedConfig, 'configurations' | 'permissions'>, store: Pick<Store, 'userRoles' | 'defaultAccounts' | 'audit'>, clock: Clock, logger: Logger): { access: AccessDeps; close(): void } {
  let sessions: Promise<Closable<RoleSessions>> | undefined;
  let documents: Promise<Closable<PolicyDocuments>> | undefined;
  const sts = () => (sessions ??= import('./adapters/aws/role-sessions.js').then((m) => m.stsRoleSessions({ clock })));
  const iam = () => (documents ??= import('./adapters/aws/policy-documents.js').then((m) => m.iamPolicyDocuments({ known: knownManagedPolicy, knownVersion: knownManagedPolicyVersion, clock, log: logger })));
  const policy = config.permissions.orgPolicy;
  const access: AccessDeps = {
    configurations: config.configurations.filter((c): c is ChatChannelConfiguration => c.platform !== 'webhook'),
    userRoles: store.userRoles,
    defaultAccounts: store.defaultAccounts,
    audit: store.audit,
    roleSessions: { assume: async (req) => (await sts()).assume(req) },
    policyDocuments: { managedPolicy: async (arn) => (await iam()).managedPolicy(arn), rolePolicies: async (arn) => (await iam()).rolePolicies(arn) },
    clock,
    ...(policy ? { org: (use) => decide(policy, use) } : {}),
    preCheck: localPreCheck,
    requireUserRolesInAccounts: config.permissions.requireUserRolesInAccounts,
  };
  return {
    access,
    close() {
      void sessions?.then((s) => s.close());
      void documents?.then((d) => d.close());
    },
  };
}
