import os
os.environ.update({'AWS_ACCESS_KEY_ID':'A','AWS_SECRET_ACCESS_KEY':'x','AWS_DEFAULT_REGION':'us-east-1','AWS_CONFIG_FILE':'/dev/null','AWS_EC2_METADATA_DISABLED':'true'})
from awscli.clidriver import create_clidriver, ServiceCommand
d = create_clidriver()
t = d._get_command_table()
svcs = set(d.session.get_available_services())
for name, cmd in t.items():
    sn = getattr(cmd, '_service_name', None)
    if not isinstance(cmd, ServiceCommand) :
        print('CUSTOM', name, type(cmd).__name__)
    elif sn != name:
        print('RENAMED', name, '->', sn)
cli_svcs = {getattr(c,'_service_name',None) for c in t.values()}
print('botocore services not in CLI:', sorted(svcs - cli_svcs))
print(len(t), len(svcs))
