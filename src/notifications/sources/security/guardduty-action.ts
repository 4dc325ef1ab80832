import { get, getArr, getStr, isRecord, num } from '../read.js';

/** What the actor did in a GuardDuty finding (`service.action`), in words. */
export interface FindingAction {
  /** "Port probe", "Outbound network connection", "API call", "DNS request"… */
  kind: string;
  /** "Port probe on port 22 (SSH) from 198.51.100.7 (Germany)" */
  sentence: string;
  remoteIp?: string;
  remoteCountry?: string;
  remoteOrg?: string;
  variables: Record<string, string | undefined>;
}

/** Reads `detail.service.action`. Undefined when the finding has none (e.g. partial events). */
export function findingAction(detail: unknown): FindingAction | undefined {
  const action = get(detail, 'service', 'action');
  if (!isRecord(action)) return undefined;
  const actionType = getStr(action, 'actionType');

  if (isRecord(action.portProbeAction) || actionType === 'PORT_PROBE') {
    const probe = getArr(action, 'portProbeAction', 'portProbeDetails')[0];
    const remote = remoteOf(get(probe, 'remoteIpDetails'));
    const port = portText(get(probe, 'localPortDetails'));
    return done('Port probe', `Port probe${port ? ` on port ${port}` : ''}${fromText(remote)}`, remote, { actionType, localPort: str0(get(probe, 'localPortDetails', 'port')) });
  }
  if (isRecord(action.networkConnectionAction) || actionType === 'NETWORK_CONNECTION') {
    const c = get(action, 'networkConnectionAction');
    const direction = getStr(c, 'connectionDirection')?.toLowerCase();
    const protocol = getStr(c, 'protocol');
    const remote = remoteOf(get(c, 'remoteIpDetails'));
    const remotePort = str0(get(c, 'remotePortDetails', 'port'));
    const localPort = str0(get(c, 'localPortDetails', 'port'));
    const kind = `${direction === 'inbound' ? 'Inbound' : direction === 'outbound' ? 'Outbound' : 'Network'} connection`;
    const where =
      direction === 'inbound'
        ? `${fromText(remote)}${localPort ? ` to port ${localPort}` : ''}`
        : remote.ip
          ? ` to ${remote.ip}${remotePort ? `:${remotePort}` : ''}${remote.place ? ` (${remote.place})` : ''}`
          : '';
    return done(kind, `${kind}${protocol && protocol !== 'Unknown' ? ` over ${protocol}` : ''}${where}`, remote, { actionType, localPort, remotePort, connectionDirection: getStr(c, 'connectionDirection') });
  }
  if (isRecord(action.awsApiCallAction) || actionType === 'AWS_API_CALL') {
    const call = get(action, 'awsApiCallAction');
    const api = getStr(call, 'api');
    const service = getStr(call, 'serviceName');
    const remote = remoteOf(get(call, 'remoteIpDetails'));
    const error = getStr(call, 'errorCode');
    const sentence = `API call${api ? ` ${api}` : ''}${service ? ` (${service})` : ''}${fromText(remote)}${error ? `, failed with ${error}` : ''}`;
    return done('API call', sentence, remote, { actionType, api, apiServiceName: service, callerType: getStr(call, 'callerType') });
  }
  if (isRecord(action.dnsRequestAction) || actionType === 'DNS_REQUEST') {
    const domain = getStr(action, 'dnsRequestAction', 'domain');
    return done('DNS request', `DNS request${domain ? ` for ${domain}` : ''}`, {}, { actionType, domain });
  }
  if (isRecord(action.kubernetesApiCallAction) || actionType === 'KUBERNETES_API_CALL') {
    const k = get(action, 'kubernetesApiCallAction');
    const verb = getStr(k, 'verb');
    const uri = getStr(k, 'requestUri');
    const remote = remoteOf(get(k, 'remoteIpDetails'));
    return done('Kubernetes API call', `Kubernetes API call${verb ? ` ${verb}` : ''}${uri ? ` ${uri}` : ''}${fromText(remote)}`, remote, { actionType, verb, requestUri: uri });
  }
  if (isRecord(action.rdsLoginAttemptAction) || actionType === 'RDS_LOGIN_ATTEMPT') {
    const remote = remoteOf(get(action, 'rdsLoginAttemptAction', 'remoteIpDetails'));
    return done('Database login attempt', `Database login attempt${fromText(remote)}`, remote, { actionType });
  }
  return actionType ? done(sentenceOf(actionType), sentenceOf(actionType), {}, { actionType }) : undefined;
}

interface Remote {
  ip?: string;
  country?: string;
  org?: string;
  /** "Germany" or "Frankfurt, Germany" */
  place?: string;
}

function remoteOf(details: unknown): Remote {
  if (!isRecord(details)) return {};
  const ip = getStr(details, 'ipAddressV4') ?? getStr(details, 'ipAddressV6');
  const country = getStr(details, 'country', 'countryName');
  const city = getStr(details, 'city', 'cityName');
  const org = getStr(details, 'organization', 'asnOrg') ?? getStr(details, 'organization', 'org');
  const place = [city, country].filter(Boolean).join(', ') || undefined;
  return { ip, country, org, place };
}

function fromText(r: Remote): string {
  if (!r.ip) return '';
  return ` from ${r.ip}${r.place ? ` (${r.place})` : ''}`;
}

function portText(local: unknown): string | undefined {
  const port = str0(get(local, 'port'));
  const name = getStr(local, 'portName');
  if (!port) return undefined;
  return name && name !== 'Unknown' ? `${port} (${name})` : port;
}

function str0(v: unknown): string | undefined {
  const n = num(v);
  return n === undefined ? undefined : String(n);
}

function sentenceOf(code: string): string {
  const s = code.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function done(kind: string, sentence: string, remote: Remote, vars: Record<string, string | undefined>): FindingAction {
  return {
    kind,
    sentence,
    remoteIp: remote.ip,
    remoteCountry: remote.country,
    remoteOrg: remote.org,
    variables: { ...vars, remoteIp: remote.ip, remoteCountry: remote.country, remoteOrg: remote.org },
  };
}
