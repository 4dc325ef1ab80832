/**
 * The command index: what the engine knows about every installed `@aws-sdk/client-*`, read from
 * the clients' own schemas at build time (see build-index.ts) so that start-up reads one small
 * file and a service's details are parsed on first use. Plain JSON; no SDK types.
 *
 * Files (under dist/command-index/): `_services.json` (a ServiceDirectory), one
 * `<cli-service>.json` per service (a ServiceIndex) and `<cli-service>.docs.json` (ServiceDocs).
 */

/** The types a value can have, as the AWS CLI documents them. */
export type ShapeType = 'string' | 'enum' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' | 'list' | 'map' | 'structure' | 'union';

/**
 * A shape. Structures, lists and maps refer to other shapes by name (`ref`), so recursive
 * shapes (e.g. DynamoDB's AttributeValue) are written once. Simple members are inline.
 */
export type Shape =
  | { type: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' }
  | { type: 'enum'; values: string[] }
  | { type: 'list'; member: ShapeRef }
  | { type: 'map'; key: ShapeRef; value: ShapeRef }
  | { type: 'structure' | 'union'; members: Record<string, MemberShape>; required: string[] };

/** Either an inline shape or the name of one in ServiceIndex.shapes. */
export type ShapeRef = Shape | { ref: string };

export interface MemberShape {
  shape: ShapeRef;
  /** Idempotency tokens: the SDK fills them in; never prompted for. */
  idempotencyToken?: boolean;
  /** The member is bound to an HTTP payload stream (e.g. S3 PutObject Body): the CLI takes a file. */
  streaming?: boolean;
}

export interface OperationIndex {
  /** The API name, e.g. DescribeInstances. */
  name: string;
  /** The CLI name, e.g. describe-instances. */
  cli: string;
  /** The input structure (members in API order, required ones listed), or undefined when the operation takes no input. */
  input?: { members: Record<string, MemberShape>; required: string[] };
  /** Pagination: the input token and page-size members and the output token, when paginated. */
  paginator?: { inputToken: string; outputToken: string; limitKey?: string };
}

export interface ServiceIndex {
  /** The CLI service name: s3api, logs, elbv2, stepfunctions, resource-explorer-2… */
  cli: string;
  /** The npm package: @aws-sdk/client-s3. */
  package: string;
  /** The SDK's serviceId, e.g. "CloudWatch Logs". */
  serviceId: string;
  /** The client class exported by the package, e.g. S3Client. */
  clientClass: string;
  /** Keyed by CLI operation name. */
  operations: Record<string, OperationIndex>;
  /** Named shapes referred to by { ref }. */
  shapes: Record<string, Shape>;
}

/** `_services.json`: enough to resolve a service and an operation name without loading a service file. */
export interface ServiceDirectory {
  /** When and from which client versions it was built. */
  builtAt: string;
  services: Record<string, { package: string; version: string; serviceId: string; operations: string[] }>;
}

/** `<cli-service>.docs.json`: help text, kept apart because it is large and only `--help` needs it. */
export interface ServiceDocs {
  /** Operation CLI name → summary (plain text, first paragraph). */
  operations: Record<string, string>;
  /** `<Operation cli name>.<member name>` → member documentation (plain text, first paragraph). */
  members: Record<string, string>;
}
