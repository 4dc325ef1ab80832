import assert from 'node:assert/strict';
import { field, local, sharedWith, shared } from './operations-card.js';

describe('CodeDeploy cards', () => {
  it('says which deployment of which application succeeded', () => {
    const n = shared('eventbridge/codedeploy-deployment-state-change.json');
    assert.equal(n.title, 'Deployment d-123456789 of myApplication to myDeploymentGroup succeeded');
    assert.equal(n.severity, 'success');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-123456789?region=us-east-1');
    assert.equal(n.threadKey, 'aws.codedeploy:deployment/d-123456789');
    assert.deepEqual(
      { DeploymentId: n.variables.DeploymentId, ApplicationName: n.variables.ApplicationName, DeploymentGroupName: n.variables.DeploymentGroupName },
      { DeploymentId: 'd-123456789', ApplicationName: 'myApplication', DeploymentGroupName: 'myDeploymentGroup' },
    );
  });

  it('is high when a deployment fails and medium when it is stopped', () => {
    assert.equal(sharedWith('eventbridge/codedeploy-deployment-state-change.json', (d) => (d.state = 'FAILURE')).severity, 'high');
    assert.equal(sharedWith('eventbridge/codedeploy-deployment-state-change.json', (d) => (d.state = 'STOP')).severity, 'medium');
  });

  it('names the instance a deployment failed on, in the deployment’s thread', () => {
    const n = local('synthetic-codedeploy-instance-state-change-failure.json');
    assert.equal(n.title, 'Deployment d-7KQ2X9P1A on i-0a1b2c3d4e5f60718 failed');
    assert.equal(n.severity, 'high');
    assert.equal(field(n, 'Deployment group'), 'checkout-blue');
    assert.equal(n.links[1]?.label, 'Open EC2 instance');
    assert.equal(n.threadKey, 'aws.codedeploy:deployment/d-7KQ2X9P1A');
    assert.equal(n.variables.InstanceId, 'i-0a1b2c3d4e5f60718');
  });
});
