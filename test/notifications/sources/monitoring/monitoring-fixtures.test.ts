import assert from 'node:assert/strict';
import { SEVERITIES } from '../../../../src/core/card.js';
import { notificationToCard } from '../../../../src/notifications/to-card.js';
import { fixturePath, listFiles, localFixturePath, readFixture, readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

/** The security group owns AWS Config and GuardDuty announcements in sns/; .pem and .headers.json are not messages. */
const NOT_OURS = /^sns\/(config-|guardduty-)|\.pem$|\.headers\.json$/;

describe('every monitoring fixture', () => {
  const { engine, log } = engineWithLog();
  const shared = ['cloudwatch', 'custom', 'sns'].flatMap((dir) => listFiles(fixturePath(dir)).map((f) => `${dir}/${f}`)).filter((f) => !NOT_OURS.test(f));
  const local = listFiles(localFixturePath('monitoring')).map((f) => `monitoring/${f}`);

  for (const file of [...shared, ...local]) {
    it(`renders ${file} to a card that says what happened`, () => {
      const input = file.startsWith('monitoring/') ? readLocalFixture(file) : readFixture(file);
      const notifications = engine.notifications(input);
      assert.ok(notifications.length > 0);
      for (const n of notifications) {
        assert.notEqual(n.kind, 'JSON Message', `${file}: not recognised`);
        assert.ok(n.title.trim().length > 0 && n.title.length <= 250, `${file}: title "${n.title}"`);
        assert.notEqual(n.title, n.kind, `${file}: the title only repeats the detail type`);
        assert.ok(SEVERITIES.includes(n.severity));
        const card = notificationToCard(n);
        assert.ok(card.fallbackText?.startsWith(n.title));
      }
      assert.deepEqual(log.warnings, [], `${file}: a normaliser or template failed`);
    });
  }
});
