import type { SourceDefinition } from '../types.js';
import { computeSources } from './compute/index.js';
import { developerToolsSources } from './developer-tools/index.js';
import { ssmSources } from './ssm/index.js';
import { workloadSources } from './workloads/index.js';

/**
 * The operations group of sources: Systems Manager, developer tools (CodePipeline, CodeBuild,
 * CodeDeploy), compute and containers (EC2, ECS, Auto Scaling) and workloads (Step Functions,
 * Batch, S3, ECR, Glue, Synthetics, Transcribe, Translate, scheduled rules).
 */
export const operationsSources: SourceDefinition[] = [...ssmSources, ...developerToolsSources, ...computeSources, ...workloadSources];
