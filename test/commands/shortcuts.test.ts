import assert from 'node:assert/strict';
import { expandShortcut } from '../../src/commands/shortcuts.js';

describe('shortcuts', () => {
  it('turns "invoke FUNCTION" into lambda invoke --function-name FUNCTION', () => {
    assert.deepEqual(expandShortcut(['invoke', 'myHelloWorld', '--region', 'us-east-2']), ['lambda', 'invoke', '--function-name', 'myHelloWorld', '--region', 'us-east-2']);
  });

  it('keeps the options after the function name (the CodePipeline approval example)', () => {
    assert.deepEqual(expandShortcut(['invoke', 'mypipeline1-beta-Approval', '--payload', '{"status": "Approved"}']), ['lambda', 'invoke', '--function-name', 'mypipeline1-beta-Approval', '--payload', '{"status": "Approved"}']);
  });

  it('leaves the function name for the dialog to ask when it is missing', () => {
    assert.deepEqual(expandShortcut(['invoke']), ['lambda', 'invoke']);
    assert.deepEqual(expandShortcut(['invoke', '--region', 'us-east-1']), ['lambda', 'invoke', '--region', 'us-east-1']);
  });

  it('leaves other lines alone', () => {
    assert.equal(expandShortcut(['lambda', 'invoke', '--function-name', 'f']), undefined);
    assert.equal(expandShortcut([]), undefined);
  });

  it('lets a service of the same name win', () => {
    assert.equal(expandShortcut(['invoke', 'x'], (name) => name === 'invoke'), undefined);
  });
});
