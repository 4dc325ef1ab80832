import os, json, re
os.environ.update({'AWS_ACCESS_KEY_ID':'A','AWS_SECRET_ACCESS_KEY':'x','AWS_DEFAULT_REGION':'us-east-1','AWS_CONFIG_FILE':'/dev/null','AWS_EC2_METADATA_DISABLED':'true'})
import botocore.session
s = botocore.session.get_session()
npm = set(l.split('\t')[0][len('@aws-sdk/client-'):] for l in open('/work/.library/env/packages/npm.tsv') if l.startswith('@aws-sdk/client-'))
cli_rename = {'s3':'s3api','codedeploy':'deploy','config':'configservice','sagemaker-runtime':'runtime.sagemaker'}
rows=[]; same=0; diff=[]; pkgmiss=[]
for name in s.get_available_services():
    m = s.get_service_model(name)
    sdk = m.metadata.get('serviceId')
    kebab = sdk.lower().replace(' ', '-')
    if kebab == name: same += 1
    else: diff.append((name, sdk))
    if kebab not in npm: pkgmiss.append((name, sdk, kebab))
print('botocore services', len(s.get_available_services()), 'name==kebab(sdkId):', same)
print('differ:', len(diff)); print(diff)
print('kebab(sdkId) not an npm client package:', len(pkgmiss)); print(pkgmiss)
