import { FAKE_SLACK } from '../defaults.js';
import { fail, ok, type FakeMethod } from '../method.js';
import { str } from '../read-request.js';
import type { FakeTeam } from '../workspace.js';

/** auth.test: who the bot token belongs to (Bolt calls it at start; @slack/oauth after an install). */
const authTest: FakeMethod = {
  auth: 'bot',
  handle({ team, workspace }) {
    return ok({
      url: `https://${team.domain}.slack.com/`,
      team: team.name,
      user: FAKE_SLACK.botName,
      team_id: team.id,
      user_id: team.botUserId,
      bot_id: team.botId,
      app_id: workspace.appId,
      is_enterprise_install: false,
      ...(team.enterpriseId ? { enterprise_id: team.enterpriseId } : {}),
    });
  },
};

const teamInfo: FakeMethod = {
  auth: 'bot',
  handle({ team, workspace, args }) {
    const asked = str(args, 'team');
    const found = asked ? workspace.teamById(asked) : team;
    return found ? ok({ team: teamJson(found) }) : fail('team_not_found');
  },
};

/** users.info: the bot user, or a person made up from the id (the fake keeps no directory). */
const usersInfo: FakeMethod = {
  auth: 'bot',
  handle({ team, workspace, args }) {
    const id = str(args, 'user') ?? '';
    if (!/^[UW][A-Z0-9]+$/.test(id)) return fail('user_not_found');
    const bot = workspace.teams.find((t) => t.botUserId === id);
    const name = bot ? FAKE_SLACK.botName : id.toLowerCase();
    const realName = bot ? 'AWS' : `Person ${id}`;
    return ok({
      user: {
        id, team_id: (bot ?? team).id, name, real_name: realName, deleted: false, color: '9f69e7',
        tz: 'Europe/London', tz_label: 'Greenwich Mean Time', tz_offset: 0,
        is_admin: id === FAKE_SLACK.installerUserId, is_owner: false, is_primary_owner: false, is_restricted: false, is_ultra_restricted: false,
        is_bot: bot !== undefined, is_app_user: false, updated: 1_700_000_000,
        profile: {
          real_name: realName, real_name_normalized: realName, display_name: name, display_name_normalized: name,
          team: (bot ?? team).id, ...(bot ? { bot_id: bot.botId, api_app_id: workspace.appId } : { email: `${name}@example.com` }),
        },
      },
    });
  },
};

function teamJson(t: FakeTeam): Record<string, unknown> {
  return {
    id: t.id, name: t.name, domain: t.domain, email_domain: '', is_verified: false,
    icon: { image_default: true, image_34: 'https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-34.png' },
    avatar_base_url: 'https://ca.slack-edge.com/',
    ...(t.enterpriseId ? { enterprise_id: t.enterpriseId, enterprise_name: `${t.name} Grid`, enterprise_domain: `${t.domain}-grid` } : {}),
  };
}

export const identityMethods: Record<string, FakeMethod> = {
  'auth.test': authTest,
  'team.info': teamInfo,
  'users.info': usersInfo,
};
