import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import type { AppInstallation } from '../../../src/ports/store.js';
import { openedStores, type StoreSuite } from './store-backings.js';

type NewInstallation = Omit<AppInstallation, 'installedAt' | 'updatedAt'>;

const id = (prefix: string) => `${prefix}${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
const token = (kind = 'xoxb') => `${kind}-${randomUUID()}`;

/** A workspace install as Bolt's OAuth flow hands it over (its `Installation`), with its secrets. */
function workspaceInstall(teamId: string, options: { enterpriseId?: string; botToken?: string } = {}): NewInstallation {
  const botToken = options.botToken ?? token();
  const botUserId = id('U');
  return {
    platform: 'slack',
    teamId,
    ...(options.enterpriseId ? { enterpriseId: options.enterpriseId } : {}),
    isEnterpriseInstall: false,
    botUserId,
    botToken,
    body: {
      team: { id: teamId, name: 'Example' },
      ...(options.enterpriseId ? { enterprise: { id: options.enterpriseId, name: 'Example Org' } } : {}),
      user: { id: id('U'), token: token('xoxp'), scopes: ['identity.basic'] },
      tokenType: 'bot',
      isEnterpriseInstall: false,
      appId: 'A0APP',
      authVersion: 'v2',
      bot: { token: botToken, scopes: ['app_mentions:read', 'chat:write'], id: id('B'), userId: botUserId },
    },
  };
}

/** An org-wide Enterprise Grid install: an organisation, no team. */
function orgInstall(enterpriseId: string): NewInstallation {
  const botToken = token();
  return {
    platform: 'slack',
    enterpriseId,
    isEnterpriseInstall: true,
    botUserId: id('U'),
    botToken,
    body: { enterprise: { id: enterpriseId, name: 'Example Org' }, isEnterpriseInstall: true, tokenType: 'bot', bot: { token: botToken, scopes: ['chat:write'] } },
  };
}

/** What every Store must do with Slack app installations (the OAuth flow's InstallationStore). */
export const installationsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`app installations store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows no installation for a workspace that never installed the app', async function () {
      assert.equal(await stores.store.installations.find({ platform: 'slack', teamId: id('T') }), undefined);
      assert.equal(await stores.store.installations.find({ platform: 'slack', teamId: id('T'), enterpriseId: id('E') }), undefined);
      assert.equal(await stores.store.installations.find({ platform: 'slack', enterpriseId: id('E'), isEnterpriseInstall: true }), undefined);
      assert.equal(await stores.store.installations.find({ platform: 'slack' }), undefined);
    });

    it('keeps a workspace install with its bot user, token and the whole installation', async function () {
      const install = workspaceInstall(id('T'));
      const saved = await stores.store.installations.save(install);
      assert.deepEqual({ ...saved, installedAt: undefined, updatedAt: undefined }, { ...install, installedAt: undefined, updatedAt: undefined });
      assert.ok(!Number.isNaN(Date.parse(saved.installedAt)));
      assert.equal(saved.updatedAt, saved.installedAt);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId: install.teamId }), saved);
      assert.deepEqual(await stores.other.installations.find({ platform: 'slack', teamId: install.teamId }), saved);
    });

    it('replaces the token and installation when a workspace installs again, and keeps when it first installed', async function () {
      const teamId = id('T');
      const first = await stores.store.installations.save(workspaceInstall(teamId));
      const again = workspaceInstall(teamId, { enterpriseId: id('E') });
      const second = await stores.other.installations.save(again);
      assert.equal(second.botToken, again.botToken);
      assert.deepEqual(second.body, again.body);
      assert.equal(second.enterpriseId, again.enterpriseId);
      assert.equal(second.installedAt, first.installedAt);
      assert.ok(second.updatedAt >= first.updatedAt);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId }), second);
      assert.equal((await stores.store.installations.list('slack')).filter((i) => i.teamId === teamId).length, 1);
    });

    it('finds an org-wide install by its organisation, and for every workspace of it without its own install', async function () {
      const enterpriseId = id('E');
      const org = await stores.store.installations.save(orgInstall(enterpriseId));
      assert.equal(org.teamId, undefined);
      assert.equal(org.isEnterpriseInstall, true);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', enterpriseId, isEnterpriseInstall: true }), org);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', enterpriseId, isEnterpriseInstall: true, teamId: id('T') }), org);
      assert.deepEqual(await stores.other.installations.find({ platform: 'slack', teamId: id('T'), enterpriseId }), org);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', enterpriseId }), org);
    });

    it("prefers a workspace's own install to its organisation's", async function () {
      const enterpriseId = id('E');
      const teamId = id('T');
      const org = await stores.store.installations.save(orgInstall(enterpriseId));
      const own = await stores.store.installations.save(workspaceInstall(teamId, { enterpriseId }));
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId, enterpriseId }), own);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId, enterpriseId, isEnterpriseInstall: true }), org);
    });

    it('never lends an organisation install to a workspace outside it, nor a workspace install to its organisation', async function () {
      const enterpriseId = id('E');
      const teamId = id('T');
      await stores.store.installations.save(orgInstall(enterpriseId));
      await stores.store.installations.save(workspaceInstall(teamId, { enterpriseId: id('E') }));
      assert.equal(await stores.store.installations.find({ platform: 'slack', teamId: id('T') }), undefined);
      assert.equal(await stores.store.installations.find({ platform: 'slack', teamId: id('T'), enterpriseId: id('E') }), undefined);
      const elsewhere = id('E');
      await stores.store.installations.save(workspaceInstall(id('T'), { enterpriseId: elsewhere }));
      assert.equal(await stores.store.installations.find({ platform: 'slack', enterpriseId: elsewhere, isEnterpriseInstall: true }), undefined);
    });

    it('keeps a workspace and an organisation apart when their ids are the same text', async function () {
      const same = id('X');
      const workspace = await stores.store.installations.save(workspaceInstall(same));
      const org = await stores.store.installations.save(orgInstall(same));
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId: same }), workspace);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', enterpriseId: same, isEnterpriseInstall: true }), org);
    });

    it('removes a workspace install on uninstall and leaves its organisation and other workspaces', async function () {
      const enterpriseId = id('E');
      const teamId = id('T');
      const neighbour = workspaceInstall(id('T'), { enterpriseId });
      const org = await stores.store.installations.save(orgInstall(enterpriseId));
      await stores.store.installations.save(workspaceInstall(teamId, { enterpriseId }));
      await stores.store.installations.save(neighbour);
      assert.equal(await stores.store.installations.remove({ platform: 'slack', teamId, enterpriseId }), true);
      assert.deepEqual(await stores.other.installations.find({ platform: 'slack', teamId, enterpriseId }), org);
      assert.equal((await stores.store.installations.find({ platform: 'slack', teamId: neighbour.teamId }))?.botToken, neighbour.botToken);
      assert.equal(await stores.store.installations.remove({ platform: 'slack', teamId }), false);
    });

    it('removes an org-wide install by its organisation, and leaves workspaces that installed on their own', async function () {
      const enterpriseId = id('E');
      const teamId = id('T');
      await stores.store.installations.save(orgInstall(enterpriseId));
      const own = await stores.store.installations.save(workspaceInstall(teamId, { enterpriseId }));
      assert.equal(await stores.store.installations.remove({ platform: 'slack', teamId: id('T'), enterpriseId }), false);
      assert.equal(await stores.store.installations.remove({ platform: 'slack', enterpriseId, isEnterpriseInstall: true }), true);
      assert.equal(await stores.store.installations.find({ platform: 'slack', enterpriseId, isEnterpriseInstall: true }), undefined);
      assert.equal(await stores.store.installations.find({ platform: 'slack', teamId: id('T'), enterpriseId }), undefined);
      assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId, enterpriseId }), own);
      assert.equal(await stores.store.installations.remove({ platform: 'slack', isEnterpriseInstall: true }), false);
      assert.equal(await stores.store.installations.remove({ platform: 'slack' }), false);
    });

    it('lists installations oldest first, a re-install keeping its place', async function () {
      const [a, b, c] = [workspaceInstall(id('T')), orgInstall(id('E')), workspaceInstall(id('T'))];
      for (const install of [a, b, c]) await stores.store.installations.save(install);
      await stores.store.installations.save({ ...a, botToken: token() });
      const mine = new Set([a.botUserId, b.botUserId, c.botUserId]);
      const listed = (await stores.other.installations.list('slack')).filter((i) => mine.has(i.botUserId));
      assert.deepEqual(
        listed.map((i) => i.botUserId),
        [a.botUserId, b.botUserId, c.botUserId],
      );
    });

    it('keeps one installation when replicas save the same workspace at once', async function () {
      const teamId = id('T');
      const installs = Array.from({ length: 10 }, () => workspaceInstall(teamId));
      await Promise.all(installs.map((install, i) => (i % 2 ? stores.other : stores.store).installations.save(install)));
      const rows = (await stores.store.installations.list('slack')).filter((i) => i.teamId === teamId);
      assert.equal(rows.length, 1);
      assert.ok(installs.some((install) => install.botToken === rows[0]!.botToken));
    });

    it('refuses an install without its key, and names no token in the error', async function () {
      const withoutTeam = workspaceInstall(id('T'));
      delete withoutTeam.teamId;
      const withoutEnterprise = orgInstall(id('E'));
      delete withoutEnterprise.enterpriseId;
      for (const install of [withoutTeam, withoutEnterprise]) {
        const body = install.body as { user?: { token: string } };
        const secrets = [install.botToken!, ...(body.user ? [body.user.token] : [])];
        await assert.rejects(stores.store.installations.save(install), (e: Error & { code?: string; userMessage?: string; toLine?: () => string }) => {
          assert.equal(e.code, 'STORE_QUERY_FAILED');
          const shown = [e.message, e.userMessage, e.toLine?.(), inspect(e, { depth: null }), JSON.stringify(e)].join('\n');
          for (const secret of secrets) assert.ok(!shown.includes(secret), `the error shows a token: ${shown}`);
          assert.doesNotMatch(shown, /xox[a-z]-/);
          return true;
        });
        const stored = await stores.store.installations.list('slack');
        assert.ok(!stored.some((i) => i.botToken === install.botToken));
      }
    });

    if (traits.durable) {
      it('keeps installations after close and reopen', async function () {
        const install = workspaceInstall(id('T'));
        const saved = await stores.store.installations.save(install);
        await stores.reopen();
        assert.deepEqual(await stores.store.installations.find({ platform: 'slack', teamId: install.teamId }), saved);
      });
    }

    it('refuses installation work once closed', async function () {
      const store = await stores.closeStore();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.installations.save(workspaceInstall(id('T'))), closed);
      await assert.rejects(store.installations.find({ platform: 'slack', teamId: id('T') }), closed);
      await assert.rejects(store.installations.remove({ platform: 'slack', teamId: id('T') }), closed);
      await assert.rejects(store.installations.list('slack'), closed);
    });
  });
};
