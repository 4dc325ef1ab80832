// Port of botocore.xform_name (botocore/__init__.py, 1.43.11) for CLI names.
const SPECIAL = {
  CreateCachediSCSIVolume: 'create-cached-iscsi-volume', DescribeCachediSCSIVolumes: 'describe-cached-iscsi-volumes',
  DescribeStorediSCSIVolumes: 'describe-stored-iscsi-volumes', CreateStorediSCSIVolume: 'create-stored-iscsi-volume',
  ListHITsForQualificationType: 'list-hits-for-qualification-type', ExecutePartiQLStatement: 'execute-partiql-statement',
  ExecutePartiQLTransaction: 'execute-partiql-transaction', ExecutePartiQLBatch: 'execute-partiql-batch',
  GetOTelEnrichment: 'get-otel-enrichment', StartOTelEnrichment: 'start-otel-enrichment', StopOTelEnrichment: 'stop-otel-enrichment',
  // + 18 *WhatsApp* operation names (socialmessaging), same rule: WhatsApp -> "whatsapp"
};
export function xformName(name, sep = '-') {
  if (name.includes(sep)) return name;
  if (SPECIAL[name] && sep === '-') return SPECIAL[name];
  if (/WhatsApp/.test(name)) name = name.replace('WhatsApp', 'Whatsapp');
  const special = /[A-Z]{2,}s$/.exec(name);
  if (special) name = `${name.slice(0, -special[0].length)}${sep}${special[0].toLowerCase()}`;
  const s1 = name.replace(/(.)([A-Z][a-z]+)/g, `$1${sep}$2`);
  return s1.replace(/([a-z0-9])([A-Z])/g, `$1${sep}$2`).toLowerCase();
}
