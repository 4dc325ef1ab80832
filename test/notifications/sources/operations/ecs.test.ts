import assert from 'node:assert/strict';
import { field, listItems, local, shared, sharedWith } from './operations-card.js';

describe('ECS cards', () => {
  describe('task state', () => {
    it('names the task definition, cluster and status of a running task', () => {
      const n = shared('eventbridge/ecs-task-state-change.json');
      assert.equal(n.title, 'ECS task sample-fargate:1 is running in FargateCluster');
      assert.equal(n.severity, 'info');
      assert.equal(n.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/ecs/v2/clusters/FargateCluster/tasks/c13b4cb40f1f4fe4a2971f76ae5a47ad/configuration?region=us-west-2');
      assert.equal(n.threadKey, 'arn:aws:ecs:us-west-2:111122223333:task/FargateCluster/c13b4cb40f1f4fe4a2971f76ae5a47ad');
      assert.equal(n.variables.ClusterName, 'FargateCluster');
      assert.equal(n.variables.TaskId, 'c13b4cb40f1f4fe4a2971f76ae5a47ad');
      assert.equal(n.variables.ClusterArn, 'arn:aws:ecs:us-west-2:111122223333:cluster/FargateCluster');
    });

    it('is high when an essential container was killed, and says how each container ended', () => {
      const n = local('synthetic-ecs-task-state-change-stopped-essential-container-exited.json');
      assert.equal(n.title, 'ECS task payments-api:42 stopped in payments');
      assert.equal(n.severity, 'high');
      assert.equal(n.summary, 'Essential container in task exited');
      assert.equal(field(n, 'Stop code'), 'EssentialContainerExited');
      assert.equal(field(n, 'Service'), 'payments-api');
      assert.deepEqual(listItems(n, 'Containers'), ['api: exit 137 (OutOfMemoryError: Container killed due to memory usage)', 'log-router: exit 0']);
      assert.equal(n.links[1]?.label, 'Open service');
      assert.equal(n.variables.ServiceName, 'payments-api');
    });

    it('is routine when a task stops cleanly', () => {
      const n = sharedWith('eventbridge/ecs-task-state-change.json', (d) => {
        d.lastStatus = 'STOPPED';
        d.stopCode = 'ServiceSchedulerInitiated';
        d.stoppedReason = 'Scaling activity initiated by deployment ecs-svc/123';
        d.containers = [{ name: 'FargateApp', exitCode: 0, lastStatus: 'STOPPED' }];
      });
      assert.equal(n.severity, 'info');
      assert.equal(n.title, 'ECS task sample-fargate:1 stopped in FargateCluster');
    });
  });

  describe('container instance state', () => {
    it('shows the instance, its agent and free capacity', () => {
      const n = shared('eventbridge/ecs-container-instance-state-change.json');
      assert.equal(n.title, 'ECS container instance i-f3a8506b is active in default');
      assert.equal(n.severity, 'info');
      assert.equal(field(n, 'Agent'), 'connected (version 1.13.0)');
      assert.equal(field(n, 'CPU'), '1988 of 2048 units free');
      assert.equal(field(n, 'Memory'), '767 of 3767 MiB free');
      assert.equal(n.variables.ContainerInstanceArn, 'arn:aws:ecs:us-east-1:111122223333:container-instance/b54a2a04-046f-4331-9d74-3f6d7f6ca315');
      assert.equal(n.variables.InstanceId, 'i-f3a8506b');
    });

    it('reads the file named "container state change", which is a container instance event too', () => {
      assert.equal(shared('eventbridge/ecs-container-state-change.json').title, 'ECS container instance i-f3a8506b is active in default');
    });

    it('is high when the agent disconnects', () => {
      const n = sharedWith('eventbridge/ecs-container-instance-state-change.json', (d) => (d.agentConnected = false));
      assert.equal(n.severity, 'high');
      assert.equal(n.title, 'ECS container instance i-f3a8506b lost its agent connection in default');
    });
  });

  describe('services', () => {
    it('is high when a deployment fails, threaded by deployment', () => {
      const n = local('synthetic-ecs-deployment-state-change-failed.json');
      assert.equal(n.title, 'ECS service payments-api: deployment failed');
      assert.equal(n.severity, 'high');
      assert.equal(n.summary, 'ECS deployment circuit breaker: tasks failed to start.');
      assert.equal(n.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/ecs/v2/clusters/payments/services/payments-api/deployments?region=us-west-2');
      assert.equal(n.threadKey, 'aws.ecs:deployment/ecs-svc/1702860048778063437');
      assert.equal(n.variables.DeploymentId, 'ecs-svc/1702860048778063437');
    });

    it('is high when the scheduler cannot place tasks', () => {
      const n = local('synthetic-ecs-service-action-task-placement-failure.json');
      assert.equal(n.title, 'ECS service payments-api: task placement failure');
      assert.equal(n.severity, 'high');
      assert.equal(n.summary, 'Reason: RESOURCE:FARGATE');
      assert.equal(n.variables.ClusterName, 'payments');
      assert.equal(n.variables.ServiceName, 'payments-api');
    });
  });
});
