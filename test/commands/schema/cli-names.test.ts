import assert from 'node:assert/strict';
import { cliServiceName, SERVICE_NAME_EXCEPTIONS, xformName } from '../../../src/commands/schema/cli-names.js';

describe('CLI names', () => {
  describe('operation and option names (botocore xform_name)', () => {
    const cases: [string, string][] = [
      ['DescribeDBInstances', 'describe-db-instances'],
      ['ListTagsForResource', 'list-tags-for-resource'],
      ['GetAPIKeys', 'get-api-keys'],
      ['CreateDBClusterParameterGroup', 'create-db-cluster-parameter-group'],
      ['PutMetricData', 'put-metric-data'],
      ['DescribeVpcEndpointServiceConfigurations', 'describe-vpc-endpoint-service-configurations'],
      ['GetBucketAcl', 'get-bucket-acl'],
      ['PutBucketACLs', 'put-bucket-acls'],
      ['TargetGroupARNs', 'target-group-arns'],
      ['ARNs', '-arns'],
      ['SSEKMSKeyId', 'ssekms-key-id'],
      ['CodeSha256', 'code-sha256'],
      ['MultiAZ', 'multi-az'],
      ['Ipv6CidrBlock', 'ipv6-cidr-block'],
      ['DescribeInstances', 'describe-instances'],
      ['InstanceIds', 'instance-ids'],
      ['executionArn', 'execution-arn'],
      ['ExecutePartiQLStatement', 'execute-partiql-statement'],
      ['CreateCachediSCSIVolume', 'create-cached-iscsi-volume'],
      ['ListHITsForQualificationType', 'list-hits-for-qualification-type'],
      ['SendWhatsAppMessage', 'send-whatsapp-message'],
      ['GetOTelEnrichment', 'get-otel-enrichment'],
      ['already-dashed', 'already-dashed'],
    ];
    for (const [api, cli] of cases) {
      it(`turns ${api} into ${cli}`, () => assert.equal(xformName(api), cli));
    }

    it('uses the separator it is given, as botocore does for Python names', () => {
      assert.equal(xformName('DescribeDBInstances', '_'), 'describe_db_instances');
      assert.equal(xformName('ExecutePartiQLStatement', '_'), 'execute_partiql_statement');
    });
  });

  describe('service names', () => {
    const cases: [string, string][] = [
      ['S3', 's3api'],
      ['CloudWatch Logs', 'logs'],
      ['CodeDeploy', 'deploy'],
      ['Config Service', 'configservice'],
      ['SFN', 'stepfunctions'],
      ['Elastic Load Balancing v2', 'elbv2'],
      ['Resource Explorer 2', 'resource-explorer-2'],
      ['Bedrock Agent Runtime', 'bedrock-agent-runtime'],
      ['EC2', 'ec2'],
    ];
    for (const [serviceId, cli] of cases) {
      it(`names serviceId "${serviceId}" ${cli}`, () => assert.equal(cliServiceName(serviceId), cli));
    }

    it('carries the 57 exceptions of the AWS CLI', () => assert.equal(Object.keys(SERVICE_NAME_EXCEPTIONS).length, 57));
  });
});
