import assert from 'node:assert/strict';
import { redactCommand } from '../../src/permissions/redact-command.js';
import { isSensitiveName } from '../../src/permissions/redact-names.js';

describe('redacting a command line for the audit log', () => {
  const redacted: [string, string, string][] = [
    ['a password option', `rds create-db-instance --db-instance-identifier db1 --master-username admin --master-user-password 'hunter 2' --region eu-west-1`, `rds create-db-instance --db-instance-identifier db1 --master-username admin --master-user-password **** --region eu-west-1`],
    ['--password=value', 'iam create-login-profile --user-name bob --password=Secr3t --password-reset-required', 'iam create-login-profile --user-name bob --password=**** --password-reset-required'],
    ['old and new passwords', 'iam change-password --old-password a --new-password b', 'iam change-password --old-password **** --new-password ****'],
    ['a secret string in JSON', `secretsmanager create-secret --name prod/db --secret-string '{"username":"a","password":"b"}'`, 'secretsmanager create-secret --name prod/db --secret-string ****'],
    ['a secret binary', 'secretsmanager put-secret-value --secret-id prod/db --secret-binary fileb://key.bin', 'secretsmanager put-secret-value --secret-id prod/db --secret-binary ****'],
    ['a client secret', 'cognito-idp update-user-pool-client --user-pool-id p --client-id c --client-secret s', 'cognito-idp update-user-pool-client --user-pool-id p --client-id c --client-secret ****'],
    ['an MFA token code', 'sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/alice --token-code 123456', 'sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/alice --token-code ****'],
    ['a session token', 'sts decode-authorization-message --session-token FwoGZX --encoded-message m', 'sts decode-authorization-message --session-token **** --encoded-message m'],
    ['a private key', 'acm import-certificate --certificate fileb://c.pem --private-key fileb://k.pem', 'acm import-certificate --certificate fileb://c.pem --private-key ****'],
    ['credentials', 'storagegateway update-chap-credentials --target-arn t --secret-to-authenticate-initiator s --initiator-name i', 'storagegateway update-chap-credentials --target-arn t --secret-to-authenticate-initiator **** --initiator-name i'],
    ['auth parameters (and every word up to the next option)', 'cognito-idp initiate-auth --auth-flow USER_PASSWORD_AUTH --auth-parameters USERNAME=a,PASSWORD=b --client-id c', 'cognito-idp initiate-auth --auth-flow USER_PASSWORD_AUTH --auth-parameters **** --client-id c'],
    ['plaintext to encrypt', 'kms encrypt --key-id alias/app --plaintext hello', 'kms encrypt --key-id alias/app --plaintext ****'],
    ['an SSE-C key', 's3 cp s3://b/k . --sse-c-key abc --sse-c AES256', 's3 cp s3://b/k . --sse-c-key **** --sse-c AES256'],
    ['a SecureString parameter value', 'ssm put-parameter --name /db/pw --value "p@ss" --type SecureString', 'ssm put-parameter --name /db/pw --value **** --type SecureString'],
    ['a JSON key in a payload', 'lambda invoke --function-name f --payload {"Password": "x", "n": 1} out.json', 'lambda invoke --function-name f --payload {"Password": "****", "n": 1} out.json'],
    ['shorthand keys, and only those', 'lambda update-function-configuration --function-name f --environment Variables={DB_PASSWORD=s3cr3t,STAGE=prod,API_KEY=k}', 'lambda update-function-configuration --function-name f --environment Variables={DB_PASSWORD=****,STAGE=prod,API_KEY=****}'],
    ['SecretString= in shorthand', `secretsmanager batch-do-something --entries 'Name=a,SecretString=x y,Description=d'`, `secretsmanager batch-do-something --entries 'Name=a,SecretString=****,Description=d'`],
    ['a parameter named as a password', 'cloudformation create-stack --stack-name s --parameters ParameterKey=DBPassword,ParameterValue=pw ParameterKey=Env,ParameterValue=prod', 'cloudformation create-stack --stack-name s --parameters ParameterKey=DBPassword,ParameterValue=**** ParameterKey=Env,ParameterValue=prod'],
    ['a parameter override', 'cloudformation deploy --template-file t.yml --stack-name s --parameter-overrides DBPassword=pw Env=prod', 'cloudformation deploy --template-file t.yml --stack-name s --parameter-overrides DBPassword=**** Env=prod'],
    [
      'an environment variable named as a secret, in shell-escaped JSON',
      'ecs register-task-definition --cli-input-json "{\\"env\\":[{\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"pw\\"},{\\"name\\":\\"X\\",\\"value\\":\\"y\\"}]}"',
      'ecs register-task-definition --cli-input-json "{\\"env\\":[{\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"****\\"},{\\"name\\":\\"X\\",\\"value\\":\\"y\\"}]}"',
    ],
    ['a SecureString in input JSON', `ssm put-parameter --cli-input-json '{"Name":"/db/pw","Type":"SecureString","Value":"pw"}'`, `ssm put-parameter --cli-input-json '{"Name":"/db/pw","Type":"SecureString","Value":"****"}'`],
    ['nested credentials', `codebuild import-source-credentials --cli-input-json '{"Credentials":{"user":"a","token":"t"},"serverType":"GITHUB"}'`, `codebuild import-source-credentials --cli-input-json '{"Credentials":****,"serverType":"GITHUB"}'`],
    ['the password in a URL', 'dms create-endpoint --endpoint-identifier e --url postgres://admin:pa55@db.example.com:5432/app', 'dms create-endpoint --endpoint-identifier e --url postgres://admin:****@db.example.com:5432/app'],
    ['a line with an unclosed quote, to its end', 'secretsmanager create-secret --secret-string "unterminated --region x', 'secretsmanager create-secret --secret-string ****'],
  ];
  for (const [what, line, expected] of redacted) {
    it(`hides ${what}`, () => assert.equal(redactCommand(line), expected));
  }

  const kept: [string, string][] = [
    ['paging tokens', 'ec2 describe-instances --next-token abc --starting-token def --pagination-token ghi --max-items 5'],
    ['idempotency tokens', 'secretsmanager rotate-secret --secret-id s --client-request-token 0f1e2d3c'],
    ['a secret id or ARN', 'secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'],
    ['KMS key ids', 'kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['a payload without secrets', `lambda invoke --function-name f --payload '{"n": 1, "name": "x"}' out.json`],
    ['the kind of authorization and password rules', 'iam update-account-password-policy --minimum-password-length 14 --max-password-age 90 --authorization-type NONE'],
    ['a maximum number of tokens', 'bedrock-runtime converse --model-id m --inference-config maxTokens=512'],
    ['a JMESPath comparison', `ec2 describe-instances --query "Reservations[].Instances[?State.Name=='running']"`],
    ['a plain parameter', 'ssm put-parameter --name /db/host --value db.local --type String'],
    ['odd spacing and quoting', `  ec2   describe-instances  --filters "Name=tag:Env,Values=prod"   'Name=instance-state-name,Values=running'  `],
    ['an empty line', ''],
  ];
  for (const [what, line] of kept) {
    it(`keeps ${what} exactly`, () => assert.equal(redactCommand(line), line));
  }

  describe('which names hold a secret', () => {
    const names: [string, boolean][] = [
      ['password', true],
      ['master-user-password', true],
      ['MasterUserPassword', true],
      ['DB_PASSWORD', true],
      ['secret-string', true],
      ['SecretString', true],
      ['secret-access-key', true],
      ['session-token', true],
      ['token', true],
      ['private-key', true],
      ['source-credentials', true],
      ['auth-token', true],
      ['Authorization', true],
      ['ApiKeyValue', true],
      ['SSECustomerKey', true],
      ['PreSharedKey', true],
      ['next-token', false],
      ['NextToken', false],
      ['starting-token', false],
      ['pagination-token', false],
      ['client-token', false],
      ['secret-id', false],
      ['SecretArn', false],
      ['kms-key-id', false],
      ['payload', false],
      ['authorization-type', false],
      ['password-length', false],
      ['max-tokens', false],
      ['master-username', false],
    ];
    for (const [name, sensitive] of names) {
      it(`${name}: ${sensitive ? 'secret' : 'not secret'}`, () => assert.equal(isSensitiveName(name), sensitive));
    }
  });
});
