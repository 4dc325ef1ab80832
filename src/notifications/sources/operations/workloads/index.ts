import type { SourceDefinition } from '../../types.js';
import { batchJob } from './batch-job.js';
import { ecrImageAction } from './ecr-image.js';
import { glueJob } from './glue-job.js';
import { s3Object } from './s3-object.js';
import { scheduledEvent } from './scheduled-event.js';
import { stepFunctionsExecution } from './step-functions.js';
import { syntheticsCanary } from './synthetics-canary.js';
import { transcribeJob } from './transcribe-job.js';
import { translateJob } from './translate-job.js';

/** Workloads: Step Functions, Batch, S3 objects, ECR images, Glue jobs, Synthetics canaries, Transcribe, Translate, scheduled rules. */
export const workloadSources: SourceDefinition[] = [stepFunctionsExecution, batchJob, s3Object, ecrImageAction, glueJob, syntheticsCanary, transcribeJob, translateJob, scheduledEvent];
