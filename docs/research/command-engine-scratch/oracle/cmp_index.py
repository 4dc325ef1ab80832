import json, os
os.environ.update({'AWS_ACCESS_KEY_ID':'A','AWS_SECRET_ACCESS_KEY':'x','AWS_DEFAULT_REGION':'us-east-1'})
import botocore.session
s=botocore.session.get_session()
idx=json.load(open('/tmp/sdk/index.json'))
boto=json.load(open('/tmp/oracle/botocore40.json'))
enum_total=enum_found=0; miss=[]; req_diff=[]; req_total=0; types=[]
en=lambda sh: getattr(sh,'enum',None)
for cli, svc in boto.items():
    m=s.get_service_model(svc['botocore'])
    js=idx['services'].get(cli)
    for op, o in svc['ops'].items():
        jop=js['ops'].get(o['cli'])
        if not jop or not jop[1].startswith('#'): continue
        jm={x[0]:x for x in js['shapes'][jop[1][1:]]['m']}
        om=m.operation_model(op)
        req=set(om.input_shape.required_members) if om.input_shape else set()
        for name in o['members']:
            if name not in jm: continue
            sh=om.input_shape.members[name]
            if en(sh) or (sh.type_name=='list' and en(sh.member)):
                enum_total+=1
                if 'enum:' in jm[name][2]: enum_found+=1
                else: miss.append(f'{cli} {op}.{name} {jm[name][2]}')
            req_total+=1
            if (name in req) != bool(jm[name][3]): req_diff.append(f'{cli} {op}.{name} boto={name in req} js={jm[name][3]}')
            if sh.type_name in ('integer','long','float','double'): types.append((sh.type_name, jm[name][2]))
print('top-level enum members in botocore:', enum_total, 'found as enum in index:', enum_found)
print('missing examples:', miss[:12])
print('required mismatches:', len(req_diff), 'of', req_total, req_diff[:10])
from collections import Counter; print('numeric members:', Counter(types))
