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
