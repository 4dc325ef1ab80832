/**
 * What the permission pre-check answers. `denied` only when AWS would certainly refuse the call
 * (the chat then says why, naming the policy and statement, instead of calling AWS); `allowed`
 * when every policy layer we read allows it and nothing could deny it; `undecided` otherwise,
 * and then AWS decides (its AccessDenied becomes a card).
 */
import type { NamedPolicy } from '../../ports/aws.js';

/** The guardrails (session policies) or the role's own policies. */
export type PolicyLayer = 'guardrail' | 'role';

export interface PrecheckRequest {
  /** The IAM action, e.g. ec2:StopInstances (see iamActionFor). */
  action: string;
  /**
   * The resource ARN, or '*' / absent when it isn't known. Give an ARN only when the action is
   * authorized on that resource (an IAM resource type of the action): for actions without
   * resource-level permissions (ec2:DescribeInstances…) IAM evaluates against '*', and an ARN
   * here could then match a Deny that AWS would not apply. When unsure, '*'.
   */
  resource?: string;
  /** The role's policies; undefined when they can't be read. */
  identity: NamedPolicy[] | undefined;
  /** The guardrails passed as session policies; undefined when any of them can't be read. */
  session: NamedPolicy[] | undefined;
  /** Whether the session was started with session policies at all. */
  sessionUsed: boolean;
}

export interface PrecheckDenied {
  decision: 'denied';
  /** explicit: a Deny statement matches; implicit: no statement of the layer allows it. */
  kind: 'explicit' | 'implicit';
  layer: PolicyLayer;
  action: string;
  /** The denying policy; for an implicit denial, the layer's policies joined with ', '. */
  policy: string;
  /** Every policy of the layer, for an implicit denial (empty when the role has none). */
  policies: string[];
  /** The Deny statement's Sid, or `#<position>` from 1; absent for an implicit denial. */
  statement?: string;
}

export type PrecheckDecision = PrecheckDenied | { decision: 'allowed' } | { decision: 'undecided'; why: string };
