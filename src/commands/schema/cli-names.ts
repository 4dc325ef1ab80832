/**
 * CLI names, exactly as the AWS CLI derives them: service names from the SDK's serviceId (a table
 * of the 57 services whose CLI name is not the kebab-cased serviceId, else kebab-case), and
 * operation and option names with a port of botocore's `xform_name` (botocore/__init__.py).
 * See docs/research/2026-12-06-command-engine-findings.md §5.
 */

/** serviceId → CLI service name, where it is not `kebab(serviceId)` (botocore 1.43.11 + awscli renames). */
export const SERVICE_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  'API Gateway': 'apigateway', 'Application Auto Scaling': 'application-autoscaling', 'App Mesh': 'appmesh',
  'Auto Scaling': 'autoscaling', 'Auto Scaling Plans': 'autoscaling-plans', 'Cost Explorer': 'ce', 'CloudHSM V2': 'cloudhsmv2',
  'CloudSearch Domain': 'cloudsearchdomain', CodeDeploy: 'deploy', 'Cognito Identity Provider': 'cognito-idp',
  'Config Service': 'configservice', 'Cost and Usage Report Service': 'cur', 'Data Pipeline': 'datapipeline',
  'Device Farm': 'devicefarm', 'Direct Connect': 'directconnect', 'Application Discovery Service': 'discovery',
  'Database Migration Service': 'dms', 'Directory Service': 'ds', 'Directory Service Data': 'ds-data',
  'DynamoDB Streams': 'dynamodbstreams', 'Elastic Beanstalk': 'elasticbeanstalk', 'Elastic Load Balancing': 'elb',
  'Elastic Load Balancing v2': 'elbv2', 'Elasticsearch Service': 'es', EventBridge: 'events',
  'Global Accelerator': 'globalaccelerator', 'IoT Data Plane': 'iot-data', 'IoT Jobs Data Plane': 'iot-jobs-data',
  'IoT Events': 'iotevents', 'IoT Events Data': 'iotevents-data', 'IoT Wireless': 'iotwireless',
  'Kinesis Analytics': 'kinesisanalytics', 'Kinesis Analytics V2': 'kinesisanalyticsv2', 'Kinesis Video': 'kinesisvideo',
  'Lex Model Building Service': 'lex-models', 'Lex Runtime Service': 'lex-runtime', 'Lex Models V2': 'lexv2-models',
  'Lex Runtime V2': 'lexv2-runtime', 'CloudWatch Logs': 'logs', 'Machine Learning': 'machinelearning',
  'Marketplace Entitlement Service': 'marketplace-entitlement', 'Marketplace Commerce Analytics': 'marketplacecommerceanalytics',
  'Marketplace Metering': 'meteringmarketplace', 'Migration Hub': 'mgh', 'Resource Groups Tagging API': 'resourcegroupstaggingapi',
  'Route 53': 'route53', 'Route 53 Domains': 'route53domains', S3: 's3api', 'S3 Control': 's3control', SimpleDB: 'sdb',
  'Secrets Manager': 'secretsmanager', ServerlessApplicationRepository: 'serverlessrepo', 'Service Catalog': 'servicecatalog',
  'Service Catalog AppRegistry': 'servicecatalog-appregistry', 'Pinpoint SMS Voice': 'sms-voice', SFN: 'stepfunctions',
  'Storage Gateway': 'storagegateway',
};

/** The CLI service name for an SDK serviceId: `S3` → `s3api`, `CloudWatch Logs` → `logs`, `Resource Explorer 2` → `resource-explorer-2`. */
export function cliServiceName(serviceId: string): string {
  return SERVICE_NAME_EXCEPTIONS[serviceId] ?? serviceId.toLowerCase().replaceAll(' ', '-');
}

/** botocore's `_xform_cache` seeds: names its regexes would get wrong (iSCSI, HITs, PartiQL, OTel, WhatsApp). */
const SEEDED: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'CreateCachediSCSIVolume:create-cached-iscsi-volume', 'DescribeCachediSCSIVolumes:describe-cached-iscsi-volumes',
    'DescribeStorediSCSIVolumes:describe-stored-iscsi-volumes', 'CreateStorediSCSIVolume:create-stored-iscsi-volume',
    'ListHITsForQualificationType:list-hits-for-qualification-type', 'ExecutePartiQLStatement:execute-partiql-statement',
    'ExecutePartiQLTransaction:execute-partiql-transaction', 'ExecutePartiQLBatch:execute-partiql-batch',
    'AssociateWhatsAppBusinessAccount:associate-whatsapp-business-account', 'CreateWhatsAppMessageTemplate:create-whatsapp-message-template',
    'CreateWhatsAppMessageTemplateFromLibrary:create-whatsapp-message-template-from-library',
    'CreateWhatsAppMessageTemplateMedia:create-whatsapp-message-template-media', 'DeleteWhatsAppMessageMedia:delete-whatsapp-message-media',
    'DeleteWhatsAppMessageTemplate:delete-whatsapp-message-template', 'DisassociateWhatsAppBusinessAccount:disassociate-whatsapp-business-account',
    'GetLinkedWhatsAppBusinessAccount:get-linked-whatsapp-business-account',
    'GetLinkedWhatsAppBusinessAccountPhoneNumber:get-linked-whatsapp-business-account-phone-number',
    'GetOTelEnrichment:get-otel-enrichment', 'GetWhatsAppMessageMedia:get-whatsapp-message-media',
    'GetWhatsAppMessageTemplate:get-whatsapp-message-template', 'ListLinkedWhatsAppBusinessAccounts:list-linked-whatsapp-business-accounts',
    'ListWhatsAppMessageTemplates:list-whatsapp-message-templates', 'ListWhatsAppTemplateLibrary:list-whatsapp-template-library',
    'PostWhatsAppMessageMedia:post-whatsapp-message-media',
    'PutWhatsAppBusinessAccountEventDestinations:put-whatsapp-business-account-event-destinations',
    'SendWhatsAppMessage:send-whatsapp-message', 'StartOTelEnrichment:start-otel-enrichment', 'StopOTelEnrichment:stop-otel-enrichment',
    'UpdateWhatsAppMessageTemplate:update-whatsapp-message-template',
  ].map((pair) => pair.split(':') as [string, string]),
);

/**
 * botocore `xform_name(name, sep)`: `DescribeDBInstances` → `describe-db-instances`, `TargetGroupARNs` →
 * `target-group-arns`, `SSEKMSKeyId` → `ssekms-key-id`. A name that already contains `sep` is returned as is.
 */
export function xformName(name: string, sep = '-'): string {
  if (name.includes(sep)) return name;
  const seeded = SEEDED[name];
  if (seeded !== undefined) return sep === '-' ? seeded : seeded.replaceAll('-', sep);
  let s = name;
  const special = /[A-Z]{2,}s$/.exec(s);
  if (special) s = `${s.slice(0, -special[0].length)}${sep}${special[0].toLowerCase()}`;
  return s.replace(/(.)([A-Z][a-z]+)/g, `$1${sep}$2`).replace(/([a-z0-9])([A-Z])/g, `$1${sep}$2`).toLowerCase();
}
