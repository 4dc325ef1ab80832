import type { SourceDefinition } from '../../types.js';
import { autoScaling } from './autoscaling.js';
import { ec2InstanceState } from './ec2-instance.js';
import { ecsContainerInstanceState } from './ecs-container-instance.js';
import { ecsService } from './ecs-service.js';
import { ecsTaskState } from './ecs-task.js';

/** Compute and containers: EC2 instances, ECS tasks/container instances/services, Auto Scaling. */
export const computeSources: SourceDefinition[] = [ec2InstanceState, ecsTaskState, ecsContainerInstanceState, ecsService, autoScaling];
