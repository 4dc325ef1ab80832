import json, os
os.environ.update({'AWS_ACCESS_KEY_ID':'A','AWS_SECRET_ACCESS_KEY':'x','AWS_DEFAULT_REGION':'us-east-1','AWS_CONFIG_FILE':'/dev/null','AWS_EC2_METADATA_DISABLED':'true'})
import botocore.session
from botocore import xform_name
s = botocore.session.get_session()
cli = {'s3':'s3api','codedeploy':'deploy','config':'configservice'}
svcs='ec2 s3 lambda cloudwatch logs ecs eks rds dynamodb sqs sns cloudformation autoscaling elbv2 route53 ssm codepipeline codebuild codedeploy health support ce budgets guardduty securityhub config xray apigateway stepfunctions events kinesis elasticache ecr resource-explorer-2 bedrock-agent-runtime backup organizations sts iam kms'.split()
out = {}
for sv in svcs:
    m = s.get_service_model(sv)
    ops = {}
    for op in m.operation_names:
        om = m.operation_model(op)
        members = {}
        if om.input_shape:
            for k, sh in om.input_shape.members.items():
                members[k] = {'cli': xform_name(k, '-'), 'type': sh.type_name, 'enum': bool(getattr(sh, 'enum', None))}
        ops[op] = {'cli': xform_name(op, '-'), 'members': members}
    out[cli.get(sv, sv)] = {'botocore': sv, 'sdkId': m.metadata['serviceId'], 'endpointPrefix': m.metadata['endpointPrefix'],
                           'signingName': m.metadata.get('signingName', m.metadata['endpointPrefix']), 'apiVersion': m.metadata['apiVersion'], 'ops': ops}
json.dump(out, open('/tmp/oracle/botocore40.json', 'w'))
print(sum(len(v['ops']) for v in out.values()), 'operations')
