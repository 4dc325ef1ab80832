import os, sys, copy, shlex, json
os.environ.update({'AWS_ACCESS_KEY_ID':'AKIDEXAMPLE','AWS_SECRET_ACCESS_KEY':'x','AWS_DEFAULT_REGION':'us-east-1','AWS_CONFIG_FILE':'/dev/null','AWS_SHARED_CREDENTIALS_FILE':'/dev/null','AWS_EC2_METADATA_DISABLED':'true'})
from awscli.clidriver import create_clidriver
class Stop(BaseException): pass
d = create_clidriver()
cap = {}
def bpb(params, model, **kw):
    cap['params'] = copy.deepcopy(params); cap['op']=model.name; cap['svc']=model.service_model.service_name
def bc(**kw):
    raise Stop()
ev = d.session.get_component('event_emitter')
ev.register_first('before-parameter-build.*.*', bpb)
ev.register_first('before-call.*.*', bc)
line = sys.argv[1]
try:
    rc = d.main(shlex.split(line))
except Stop:
    rc = 'stopped'
except SystemExit as e:
    rc = ('exit', e.code)
print(rc, cap)
