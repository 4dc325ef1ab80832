import assert from 'node:assert/strict';
import { field, labels, shared, sharedWith } from './operations-card.js';

describe('Systems Manager cards', () => {
  describe('Automation', () => {
    it('says which runbook ran and how it ended, linking to the execution', () => {
      const n = shared('eventbridge/ssm-automation-execution-status-change.json');
      assert.equal(n.title, 'Automation runcommand1 succeeded');
      assert.equal(n.severity, 'success');
      assert.equal(n.service, 'AWS Systems Manager');
      assert.equal(n.account, '123456789012');
      assert.equal(n.region, 'us-east-2');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/automation/execution/333ba70b-2333-48db-b17e-a5e69c6f4d1c?region=us-east-2');
      assert.equal(field(n, 'Runbook'), 'runcommand1 (version 1)');
      assert.equal(field(n, 'Duration'), '5.8 s');
      assert.equal(n.threadKey, 'aws.ssm:automation-execution/333ba70b-2333-48db-b17e-a5e69c6f4d1c');
      assert.equal(n.variables.ExecutionId, '333ba70b-2333-48db-b17e-a5e69c6f4d1c');
      assert.equal(n.variables.DocumentName, 'runcommand1');
    });

    it('threads a step with its execution and names the step and its action', () => {
      const n = shared('eventbridge/ssm-automation-step-status-change.json');
      assert.equal(n.title, 'Automation step runFixedCmds succeeded in runcommand1');
      assert.equal(field(n, 'Step'), 'runFixedCmds (aws:runCommand)');
      assert.equal(n.threadKey, 'aws.ssm:automation-execution/333ba70b-2333-48db-b17e-a5e69c6f4d1c');
      assert.equal(n.variables.StepName, 'runFixedCmds');
    });

    for (const [status, severity, words] of [
      ['Failed', 'high', 'failed'],
      ['TimedOut', 'high', 'timed out'],
      ['Cancelled', 'high', 'cancelled'],
      ['InProgress', 'info', 'is in progress'],
    ] as const) {
      it(`reads status ${status} as ${severity}`, () => {
        const n = sharedWith('eventbridge/ssm-automation-execution-status-change.json', (d) => {
          d.Status = status;
        });
        assert.equal(n.severity, severity);
        assert.equal(n.title, `Automation runcommand1 ${words}`);
      });
    }
  });

  describe('Run Command', () => {
    it('shows a command with its targets and parameters', () => {
      const n = shared('eventbridge/ssm-run-command-status-change.json');
      assert.equal(n.title, 'Run Command AWS-RunPowerShellScript succeeded on 1 instance');
      assert.equal(field(n, 'Targets'), 'i-abcd1111');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/run-command/e8d3c0e4-71f7-4491-898f-c9b35bee5f3b?region=us-east-2');
      assert.ok(n.sections.some((s) => s.type === 'code' && s.title === 'Parameters' && s.code.includes('"date"')));
      assert.equal(n.variables.CommandId, 'e8d3c0e4-71f7-4491-898f-c9b35bee5f3b');
      assert.equal(n.variables.InstanceId, 'i-abcd1111');
    });

    it('links an invocation to that instance’s output and threads it with the command', () => {
      const n = shared('eventbridge/ssm-run-command-invocation-status-change.json');
      assert.equal(n.title, 'Run Command AWS-RunPowerShellScript succeeded on i-9bb89e2b');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/run-command/e8d3c0e4-71f7-4491-898f-c9b35bee5f3b/i-9bb89e2b?region=us-east-2');
      assert.equal(n.links[1]?.label, 'Open EC2 instance');
      assert.equal(n.threadKey, 'aws.ssm:command/e8d3c0e4-71f7-4491-898f-c9b35bee5f3b');
      assert.equal(n.variables.InstanceId, 'i-9bb89e2b');
    });

    it('is high when an invocation times out on delivery', () => {
      const n = sharedWith('eventbridge/ssm-run-command-invocation-status-change.json', (d) => {
        d.status = 'DeliveryTimedOut';
      });
      assert.equal(n.severity, 'high');
      assert.equal(n.title, 'Run Command AWS-RunPowerShellScript delivery timed out on i-9bb89e2b');
    });
  });

  describe('State Manager', () => {
    it('summarises an association run: targets, results, schedule', () => {
      const n = shared('eventbridge/ssm-state-manager-association-state-change.json');
      assert.equal(n.title, 'State Manager association AWS-RunPowerShellScript succeeded');
      assert.equal(field(n, 'Targets'), 'InstanceIds: i-12345678');
      assert.equal(field(n, 'Results'), 'Success: 1');
      assert.equal(field(n, 'Schedule'), 'cron(0 */30 * * * ? *)');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/state-manager/6e37940a-23ba-4ab0-9b96-5d0a1a05464f/description?region=us-east-2');
      assert.equal(n.variables.AssociationId, '6e37940a-23ba-4ab0-9b96-5d0a1a05464f');
    });

    it('does not show an error code on a successful instance association', () => {
      const n = shared('eventbridge/ssm-state-manager-instance-association-state-change.json');
      assert.equal(n.title, 'State Manager association my-custom-document succeeded on i-12345678');
      assert.equal(field(n, 'Error code'), undefined);
      assert.equal(n.summary, undefined);
      assert.equal(n.threadKey, 'aws.ssm:association/34fcb7e0-9a14-4984-9989-0e04e3f60bd8');
      assert.equal(n.variables.InstanceId, 'i-12345678');
    });

    it('shows the error code and summary when an instance association failed', () => {
      const n = sharedWith('eventbridge/ssm-state-manager-instance-association-state-change.json', (d) => {
        d.status = 'Failed';
      });
      assert.equal(n.severity, 'high');
      assert.equal(field(n, 'Error code'), 'testErrorCode');
      assert.equal(n.summary, 'testExecutionSummary');
    });
  });

  describe('Parameter Store', () => {
    it('names the parameter and the change, and never a value', () => {
      const n = sharedWith('eventbridge/ssm-parameter-store-change-update.json', (d) => {
        d.type = 'SecureString';
        d.value = 'hunter2';
      });
      assert.equal(n.title, 'Parameter MyExampleParameter updated');
      assert.equal(n.severity, 'info');
      assert.equal(field(n, 'Type'), 'SecureString');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/parameters/MyExampleParameter/description?region=us-east-2');
      assert.equal(n.threadKey, 'arn:aws:ssm:us-east-2:123456789012:parameter/MyExampleParameter');
      assert.equal(n.variables.ParameterName, 'MyExampleParameter');
      const shown = JSON.stringify({ title: n.title, summary: n.summary, fields: n.fields, sections: n.sections, variables: n.variables });
      assert.ok(!shown.includes('hunter2'));
    });

    it('says a created parameter was created', () => {
      assert.equal(shared('eventbridge/ssm-parameter-store-change-create.json').title, 'Parameter MyExampleParameter created');
    });

    it('is medium when a parameter is deleted, and links to the parameter list', () => {
      const n = shared('eventbridge/ssm-parameter-store-change-delete.json');
      assert.equal(n.title, 'Parameter MyExampleParameter deleted');
      assert.equal(n.severity, 'medium');
      assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/systems-manager/parameters?region=us-east-2');
    });
  });

  describe('Compliance', () => {
    it('is high when a node misses critical patches', () => {
      const n = shared('eventbridge/ssm-compliance-state-change-patch-non-compliant.json');
      assert.equal(n.title, 'i-01234567890abcdef is non-compliant (Patch compliance)');
      assert.equal(n.severity, 'high');
      assert.equal(n.summary, 'Patches of severity critical required by PB789 are missing.');
      assert.equal(field(n, 'Patch baseline'), 'PB789');
      assert.equal(n.links[1]?.label, 'Open EC2 instance');
      assert.equal(n.variables.InstanceId, 'i-01234567890abcdef');
      assert.equal(n.variables.PatchBaselineId, 'PB789');
    });

    it('is medium for low-severity patches and success when compliant', () => {
      const medium = sharedWith('eventbridge/ssm-compliance-state-change-patch-non-compliant.json', (d) => {
        d.severity = 'low';
      });
      assert.equal(medium.severity, 'medium');
      const ok = shared('eventbridge/ssm-compliance-state-change-association-compliant.json');
      assert.equal(ok.title, 'i-01234567890abcdef is compliant (Association compliance)');
      assert.equal(ok.severity, 'success');
      assert.equal(ok.threadKey, 'aws.ssm:compliance/i-01234567890abcdef/Association');
    });
  });

  describe('Maintenance windows', () => {
    it('is high when a window run times out, threaded by window execution', () => {
      const n = shared('eventbridge/ssm-maintenance-window-execution-state-change.json');
      assert.equal(n.title, 'Maintenance window mw-0ed7251d3fcf6e0c2 run timed out');
      assert.equal(n.severity, 'high');
      assert.equal(n.threadKey, 'aws.ssm:maintenance-window-execution/b60fb56e-776c-4e5c-84ee-123456789012');
      assert.equal(n.variables.WindowExecutionId, 'b60fb56e-776c-4e5c-84ee-123456789012');
    });

    it('puts a task invocation in the same thread as its window run', () => {
      const n = shared('eventbridge/ssm-maintenance-window-task-target-invocation-state-change.json');
      assert.equal(n.title, 'Maintenance window mw-0ed7251d3fcf6e0c2 task timed out on target e7265f13-3cc5-4f2f-97a9-123456789012');
      assert.equal(n.threadKey, 'aws.ssm:maintenance-window-execution/b60fb56e-776c-4e5c-84ee-123456789012');
      assert.equal(n.variables.TaskExecutionId, '6417e808-7f35-4d1a-843f-123456789012');
    });

    it('treats enabling, disabling and target registration as routine', () => {
      const disabled = shared('eventbridge/ssm-maintenance-window-state-change.json');
      assert.equal(disabled.title, 'Maintenance window mw-123456789012 disabled');
      assert.equal(disabled.severity, 'info');
      const target = shared('eventbridge/ssm-maintenance-window-target-registration.json');
      assert.equal(target.title, 'Target e7265f13-3cc5-4f2f-97a9-7d3ca86c32a6 registered for maintenance window mw-0ed7251d3fcf6e0c2');
      assert.equal(target.severity, 'info');
    });
  });

  describe('Change Calendar', () => {
    it('says the calendar closed and until when', () => {
      const n = shared('eventbridge/ssm-change-calendar-state-change-closed.json');
      assert.equal(n.title, 'Change calendar MyCalendar is now closed');
      assert.equal(n.severity, 'low');
      assert.equal(n.summary, 'Automations and changes that check this calendar are held back until it opens (2020-09-19 18:00:07 UTC).');
      assert.deepEqual(labels(n), ['State', 'Since', 'Next change']);
      assert.equal(n.variables.CalendarName, 'MyCalendar');
      assert.equal(n.threadKey, 'arn:aws:ssm:us-east-2:123456789012:document/MyCalendar');
    });
  });
});
