/**
 * Operations whose IAM action is not `<prefix>:<Operation>`, keyed by CLI service then API
 * operation. A string is the action the operation is authorized as; `null` means "no single
 * action we are sure of" (the pre-check then does not decide). Each mapping is the one the
 * service's API reference states in the operation's "Permissions" section; the script
 * scripts/refresh-iam-data.mjs checks that every target exists in the IAM action catalogue.
 */

type Exceptions = Readonly<Record<string, Readonly<Record<string, string | null>>>>;

/** S3 object operations whose action changes when a VersionId is given (GetObject → GetObjectVersion). */
const S3_VERSIONED: Record<string, null> = {
  GetObject: null, GetObjectAcl: null, GetObjectTagging: null, GetObjectAttributes: null, HeadObject: null,
  DeleteObject: null, DeleteObjects: null, DeleteObjectTagging: null, PutObjectAcl: null, PutObjectTagging: null,
  CopyObject: null, UploadPartCopy: null,
};

export const ACTION_EXCEPTIONS: Exceptions = {
  // API Gateway (v1) is authorized by HTTP verb on a path (apigateway:GET on arn:aws:apigateway:…::/restapis/…),
  // not by operation name: every operation is listed as unknown in iam-action.ts.
  lambda: {
    Invoke: 'lambda:InvokeFunction',
    InvokeWithResponseStream: 'lambda:InvokeFunction',
    GetLayerVersionByArn: 'lambda:GetLayerVersion',
  },
  sqs: {
    SendMessageBatch: 'sqs:SendMessage',
    DeleteMessageBatch: 'sqs:DeleteMessage',
    ChangeMessageVisibilityBatch: 'sqs:ChangeMessageVisibility',
  },
  sns: { PublishBatch: 'sns:Publish' },
  budgets: {
    DescribeBudget: 'budgets:ViewBudget',
    DescribeBudgets: 'budgets:ViewBudget',
    DescribeBudgetPerformanceHistory: 'budgets:ViewBudget',
    DescribeNotificationsForBudget: 'budgets:ViewBudget',
    DescribeSubscribersForNotification: 'budgets:ViewBudget',
    CreateBudget: 'budgets:ModifyBudget',
    UpdateBudget: 'budgets:ModifyBudget',
    DeleteBudget: 'budgets:ModifyBudget',
    CreateNotification: 'budgets:ModifyBudget',
    UpdateNotification: 'budgets:ModifyBudget',
    DeleteNotification: 'budgets:ModifyBudget',
    CreateSubscriber: 'budgets:ModifyBudget',
    UpdateSubscriber: 'budgets:ModifyBudget',
    DeleteSubscriber: 'budgets:ModifyBudget',
  },
  sts: {
    // Needs no permission and works even under an explicit Deny: nothing to pre-check.
    GetCallerIdentity: null,
    GetSessionToken: null,
  },
  kms: { ReEncrypt: null }, // needs kms:ReEncryptFrom and kms:ReEncryptTo
  dynamodb: {
    // PartiQL and transactions are authorized per statement / per item (PartiQLSelect, GetItem…).
    ExecuteStatement: null, BatchExecuteStatement: null, ExecuteTransaction: null,
    TransactGetItems: null, TransactWriteItems: null,
  },
  s3api: {
    ...S3_VERSIONED,
    ListBuckets: 's3:ListAllMyBuckets',
    HeadBucket: 's3:ListBucket',
    ListObjects: 's3:ListBucket',
    ListObjectsV2: 's3:ListBucket',
    ListObjectVersions: 's3:ListBucketVersions',
    ListMultipartUploads: 's3:ListBucketMultipartUploads',
    ListParts: 's3:ListMultipartUploadParts',
    CreateMultipartUpload: 's3:PutObject',
    UploadPart: 's3:PutObject',
    CompleteMultipartUpload: 's3:PutObject',
    GetBucketEncryption: 's3:GetEncryptionConfiguration',
    PutBucketEncryption: 's3:PutEncryptionConfiguration',
    DeleteBucketEncryption: 's3:PutEncryptionConfiguration',
    GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
    PutBucketLifecycleConfiguration: 's3:PutLifecycleConfiguration',
    DeleteBucketLifecycle: 's3:PutLifecycleConfiguration',
    GetBucketReplication: 's3:GetReplicationConfiguration',
    PutBucketReplication: 's3:PutReplicationConfiguration',
    DeleteBucketReplication: 's3:PutReplicationConfiguration',
    GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
    PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
    DeletePublicAccessBlock: 's3:PutBucketPublicAccessBlock',
    GetBucketAccelerateConfiguration: 's3:GetAccelerateConfiguration',
    PutBucketAccelerateConfiguration: 's3:PutAccelerateConfiguration',
    GetBucketNotificationConfiguration: 's3:GetBucketNotification',
    PutBucketNotificationConfiguration: 's3:PutBucketNotification',
    GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
    PutObjectLockConfiguration: 's3:PutBucketObjectLockConfiguration',
    GetBucketAnalyticsConfiguration: 's3:GetAnalyticsConfiguration',
    ListBucketAnalyticsConfigurations: 's3:GetAnalyticsConfiguration',
    PutBucketAnalyticsConfiguration: 's3:PutAnalyticsConfiguration',
    DeleteBucketAnalyticsConfiguration: 's3:PutAnalyticsConfiguration',
    GetBucketInventoryConfiguration: 's3:GetInventoryConfiguration',
    ListBucketInventoryConfigurations: 's3:GetInventoryConfiguration',
    PutBucketInventoryConfiguration: 's3:PutInventoryConfiguration',
    DeleteBucketInventoryConfiguration: 's3:PutInventoryConfiguration',
    GetBucketMetricsConfiguration: 's3:GetMetricsConfiguration',
    ListBucketMetricsConfigurations: 's3:GetMetricsConfiguration',
    PutBucketMetricsConfiguration: 's3:PutMetricsConfiguration',
    DeleteBucketMetricsConfiguration: 's3:PutMetricsConfiguration',
    GetBucketIntelligentTieringConfiguration: 's3:GetIntelligentTieringConfiguration',
    ListBucketIntelligentTieringConfigurations: 's3:GetIntelligentTieringConfiguration',
    PutBucketIntelligentTieringConfiguration: 's3:PutIntelligentTieringConfiguration',
    DeleteBucketIntelligentTieringConfiguration: 's3:PutIntelligentTieringConfiguration',
    DeleteBucketCors: 's3:PutBucketCORS',
    DeleteBucketTagging: 's3:PutBucketTagging',
    DeleteBucketOwnershipControls: 's3:PutBucketOwnershipControls',
  },
};
