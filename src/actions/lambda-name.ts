/**
 * Lambda function names as Invoke accepts them: a name (`my-function`), a partial ARN
 * (`123456789012:function:my-function`) or a full ARN
 * (`arn:aws:lambda:us-west-2:123456789012:function:my-function`), each with an optional
 * version or alias (`:1`, `:prod`, `:$LATEST`). A name alone is at most 64 characters; the
 * whole at most 170 (Lambda's limits).
 */

const NAME = String.raw`[A-Za-z0-9_.-]+`;
const QUALIFIER = String.raw`(?::(?:\$LATEST|[A-Za-z0-9_-]+))?`;
const REGION = String.raw`[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d`;
const FORMS = [
  new RegExp(`^(${NAME})${QUALIFIER}$`),
  new RegExp(String.raw`^\d{12}:function:(${NAME})${QUALIFIER}$`),
  new RegExp(String.raw`^arn:aws[a-zA-Z-]*:lambda:(${REGION}):\d{12}:function:(${NAME})${QUALIFIER}$`),
];
export const REGION_CODE = new RegExp(`^${REGION}$`);
export const LAMBDA_NAME_MAX = 64;
export const LAMBDA_ARN_MAX = 170;

/** Why the function name is not one Lambda accepts, or undefined when it is. */
export function lambdaNameProblem(functionName: string): string | undefined {
  const text = functionName.trim();
  if (!text) return 'The Lambda function is empty. Enter its name or ARN.';
  if (text.length > LAMBDA_ARN_MAX) return `The Lambda function name or ARN is ${text.length} characters; the limit is ${LAMBDA_ARN_MAX}.`;
  const match = FORMS.map((re) => re.exec(text)).find((m) => m !== null);
  if (!match) {
    return `"${text}" is not a Lambda function name or ARN. Use a name (my-function), a partial ARN (123456789012:function:my-function) or a full ARN (arn:aws:lambda:us-east-1:123456789012:function:my-function), optionally with :version or :alias.`;
  }
  const name = match.at(-1)!;
  if (name.length > LAMBDA_NAME_MAX) return `The function name is ${name.length} characters; Lambda allows ${LAMBDA_NAME_MAX}.`;
  return undefined;
}

/** The Region in a full ARN, if it is one. */
export function lambdaArnRegion(functionName: string): string | undefined {
  return FORMS[2]!.exec(functionName.trim())?.[1];
}
