import assert from 'node:assert/strict';
import { parse, problemLines } from './helpers.js';

describe('a Slack configuration naming its workspace (workspaceId)', () => {
  it('keeps the workspace id of a Slack configuration', () => {
    const config = parse('configurations:\n  - name: prod\n    platform: slack\n    channelId: C0123456789\n    workspaceId: T0123456789\n');
    const prod = config.configurations[0]!;
    assert.equal(prod.platform === 'slack' ? prod.workspaceId : undefined, 'T0123456789');
  });

  it('leaves it out when not set', () => {
    const config = parse('configurations:\n  - name: prod\n    platform: slack\n    channelId: C0123456789\n');
    assert.equal('workspaceId' in config.configurations[0]!, false);
  });

  it('refuses a value that is no workspace id, naming the line', () => {
    const lines = problemLines('configurations:\n  - name: prod\n    platform: slack\n    channelId: C0123456789\n    workspaceId: example.slack.com\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /configurations\[0\]\.workspaceId: expected a Slack workspace ID like T0123456789/);
  });

  it('refuses a workspace on a configuration of another platform', () => {
    const lines = problemLines('configurations:\n  - name: page\n    platform: sandbox\n    channelId: sandbox\n    workspaceId: T0123456789\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /configurations\[0\]\.workspaceId: expected no workspaceId when platform is sandbox/);
  });
});
