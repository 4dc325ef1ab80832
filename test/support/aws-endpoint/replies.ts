/**
 * AWS-shaped answers for the local endpoint, one pair per protocol (synthetic: written from the
 * protocols' specifications, not recorded): JSON 1.0/1.1 (logs, dynamodb), REST-JSON (lambda)
 * and the EC2 query protocol (XML).
 */
import type { AwsReply } from './aws-endpoint.js';

const REQUEST_ID = 'c0ffee00-1111-2222-3333-444455556666';

/** JSON 1.0/1.1 success (X-Amz-Target protocols). */
export function jsonReply(body: unknown): AwsReply {
  return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': REQUEST_ID }, body: JSON.stringify(body) };
}

/** JSON 1.0/1.1 error: `{"__type": "...#Code", "message": ...}`. */
export function jsonError(code: string, message: string, status = 400): AwsReply {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': REQUEST_ID }, body: JSON.stringify({ __type: `com.amazonaws.service#${code}`, message }) };
}

/** REST-JSON success (lambda): the body as given, with extra headers. */
export function restJsonReply(body: string, headers: Record<string, string> = {}): AwsReply {
  return { status: 200, headers: { 'content-type': 'application/json', 'x-amzn-requestid': REQUEST_ID, ...headers }, body };
}

/** REST-JSON error: the code in X-Amzn-ErrorType. */
export function restJsonError(code: string, message: string, status: number): AwsReply {
  return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${code}:http://internal.amazon.com/`, 'x-amzn-requestid': REQUEST_ID }, body: JSON.stringify({ Type: 'User', message }) };
}

/** EC2 query success: `<ActionResponse>` with the request ID and the given XML inside. */
export function ec2Reply(action: string, innerXml: string): AwsReply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${REQUEST_ID}</requestId>${innerXml}</${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: xml };
}

/** EC2 query error: `<Response><Errors><Error>`. */
export function ec2Error(code: string, message: string, status: number): AwsReply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${REQUEST_ID}</RequestID></Response>`;
  return { status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: xml };
}

export { REQUEST_ID };

/** The XML namespaces of the query-protocol services the permissions layer calls. */
export const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const IAM_XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** Text made safe inside an XML element. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Query-protocol success (STS, IAM, SNS…): `<ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>`. */
export function queryReply(action: string, resultXml: string, xmlns: string): AwsReply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${xmlns}"><${action}Result>${resultXml}</${action}Result><ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': REQUEST_ID }, body: xml };
}

/** Query-protocol error: `<ErrorResponse><Error><Type><Code><Message></Error><RequestId>`. */
export function queryError(code: string, message: string, status: number, xmlns: string, type: 'Sender' | 'Receiver' = 'Sender'): AwsReply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${xmlns}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${xmlText(message)}</Message></Error><RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`;
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': REQUEST_ID }, body: xml };
}

/** An STS AssumeRole answer with the given temporary credentials. */
export function stsAssumeRoleReply(session: { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date; assumedRoleArn: string; sourceIdentity?: string; packedPolicySize?: number }): AwsReply {
  const roleId = `AROA3XFRBF535PLBIFPI4:${session.assumedRoleArn.split('/').pop() ?? ''}`;
  const xml =
    (session.sourceIdentity ? `<SourceIdentity>${xmlText(session.sourceIdentity)}</SourceIdentity>` : '') +
    `<AssumedRoleUser><AssumedRoleId>${xmlText(roleId)}</AssumedRoleId><Arn>${xmlText(session.assumedRoleArn)}</Arn></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${session.accessKeyId}</AccessKeyId><SecretAccessKey>${xmlText(session.secretAccessKey)}</SecretAccessKey><SessionToken>${xmlText(session.sessionToken)}</SessionToken><Expiration>${session.expiration.toISOString()}</Expiration></Credentials>` +
    `<PackedPolicySize>${session.packedPolicySize ?? 6}</PackedPolicySize>`;
  return queryReply('AssumeRole', xml, STS_XMLNS);
}

/** An IAM (query protocol) success. */
export function iamReply(action: string, resultXml: string): AwsReply {
  return queryReply(action, resultXml, IAM_XMLNS);
}
