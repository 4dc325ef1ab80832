/** How cards name accounts and roles: "production (111122223333)", "role ChatOpsChannel (channel role)". */
import type { AccountConfig } from '../../config/permissions-schema.js';
import type { Allowed, RoleChoice } from '../../permissions/access-types.js';

export function accountLabel(account: Pick<AccountConfig, 'id' | 'name'>): string {
  return account.id && account.name !== account.id ? `${account.name} (${account.id})` : account.name;
}

/** The role's name (the last part of its ARN). */
export function roleName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export function roleLabel(role: RoleChoice): string {
  if (role.kind === 'service') return 'the service\'s own credentials';
  return `role ${roleName(role.arn)} (${role.kind === 'user' ? 'your role' : 'channel role'})`;
}

/** "production (111122223333) as role ChatOps (channel role)": shown on every result card. */
export function runAsLabel(allowed: Pick<Allowed, 'account' | 'role'>): string {
  return `${accountLabel(allowed.account)} as ${roleLabel(allowed.role)}`;
}
