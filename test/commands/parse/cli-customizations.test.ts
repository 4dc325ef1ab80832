import assert from 'node:assert/strict';
import { parseCommandLine } from '../../../src/commands/parse/parse-command.js';
import { isCommandParseError } from '../../../src/commands/parse/parse-error.js';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';

/** These read the real command index (dist/command-index), built from the installed SDK clients. */
const index = new CommandIndex();
const params = (line: string) => parseCommandLine(line, index).params;
const codeOf = (line: string) => {
  try {
    parseCommandLine(line, index);
  } catch (e) {
    if (isCommandParseError(e)) return e.code;
    throw e;
  }
  return 'parsed';
};

describe('the AWS CLI customizations the engine mirrors', () => {
  it('renames options that would collide with a global option', () => {
    assert.equal(params('eks create-cluster --name p --role-arn r --resources-vpc-config subnetIds=a --kubernetes-version 1.30').version, '1.30');
    assert.equal(params('sns subscribe --topic-arn t --protocol email --notification-endpoint a@example.com').Endpoint, 'a@example.com');
  });

  it('reads a prefix of a global option as that global, as the CLI does', () => {
    assert.equal(codeOf('sns subscribe --topic-arn t --protocol https --endpoint https://example.com/hook'), 'unsupported-option');
  });

  it('launches one instance unless --count says otherwise', () => {
    assert.deepEqual(params('ec2 run-instances --image-id ami-1'), { ImageId: 'ami-1', MinCount: 1, MaxCount: 1 });
    assert.deepEqual(params('ec2 run-instances --image-id ami-1 --count 2:5'), { ImageId: 'ami-1', MinCount: 2, MaxCount: 5 });
    assert.equal(codeOf('ec2 run-instances --image-id ami-1 --count many'), 'invalid-value');
  });

  it('turns EC2 {Value: boolean} structures into switches, refusing both at once', () => {
    assert.deepEqual(params('ec2 modify-instance-attribute --instance-id i-1 --no-source-dest-check'), { InstanceId: 'i-1', SourceDestCheck: { Value: false } });
    assert.equal(codeOf('ec2 modify-instance-attribute --instance-id i-1 --source-dest-check --no-source-dest-check'), 'invalid-value');
  });

  it('builds a security group rule from --protocol, --port and --cidr', () => {
    assert.deepEqual(params('ec2 authorize-security-group-ingress --group-id sg-1 --protocol all --port 8000-8080 --source-group sg-2').IpPermissions, [
      { IpProtocol: '-1', FromPort: 8000, ToPort: 8080, UserIdGroupPairs: [{ GroupId: 'sg-2' }] },
    ]);
    assert.equal(codeOf('ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --ip-permissions IpProtocol=udp'), 'invalid-value');
  });

  it('builds one metric datum from --metric-name, --value and --dimensions', () => {
    assert.deepEqual(params('cloudwatch put-metric-data --namespace App --metric-name Latency --value 3 --dimensions Service=api,Stage=prod').MetricData, [
      { MetricName: 'Latency', Value: 3, Dimensions: [{ Name: 'Service', Value: 'api' }, { Name: 'Stage', Value: 'prod' }] },
    ]);
  });

  it('builds a CodeDeploy revision from --s3-location and says what it misses', () => {
    assert.deepEqual(params('deploy create-deployment --application-name a --s3-location bucket=b,key=k.zip,bundleType=zip').revision, {
      revisionType: 'S3',
      s3Location: { bucket: 'b', key: 'k.zip', bundleType: 'zip' },
    });
    assert.equal(codeOf('deploy create-deployment --application-name a --s3-location bucket=b'), 'missing-required');
  });

  it('answers CLI-only commands and operations the CLI removed as the CLI does', () => {
    assert.equal(codeOf('eks update-kubeconfig --name prod'), 'unsupported-command');
    assert.equal(codeOf('bedrock-agent-runtime invoke-agent --agent-id A'), 'unknown-operation');
  });
});
