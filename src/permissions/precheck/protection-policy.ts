/**
 * The protection policy of the reference documents (../shared/seeds/000_…, "Protection policy",
 * lines ~1710–1735): attached by default as guardrails to new configurations. It is the AWS-managed
 * ReadOnlyAccess plus one statement, which we pass as the inline session policy (`Policy` of
 * AssumeRole; the reference's JSON, with a Version added). Session policies are one set (Allows are
 * unioned), so together they allow read-only calls, Lambda invocation, Support and Incident Manager.
 */
import type { NamedPolicy, PolicyDocument } from '../../ports/aws.js';

/** The managed part: passed as `PolicyArns`. */
export const PROTECTION_POLICY_ARNS: readonly string[] = ['arn:aws:iam::aws:policy/ReadOnlyAccess'];

/** The name the pre-check and chat use for the inline part (an inline session policy has no ARN). */
export const PROTECTION_INLINE_POLICY_NAME = 'aws-chatops protection policy';

export const PROTECTION_INLINE_POLICY_DOCUMENT: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['lambda:Invoke*', 'support:*', 'ssm-incidents:*'], Resource: '*' }],
};

/** The inline part as JSON text, for RoleSessionRequest.inlinePolicy (well under the 2,048-character limit). */
export const PROTECTION_INLINE_POLICY: string = JSON.stringify(PROTECTION_INLINE_POLICY_DOCUMENT);

/** The inline part as the pre-check reads it. */
export const PROTECTION_INLINE_NAMED_POLICY: NamedPolicy = { name: PROTECTION_INLINE_POLICY_NAME, document: PROTECTION_INLINE_POLICY_DOCUMENT };
