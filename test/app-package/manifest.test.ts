import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { placeholderNames, substitute } from '../../src/teams-package/manifest-variables.js';

interface Command { title: string; description: string }
interface Manifest {
  $schema: string;
  manifestVersion: string;
  name: { short: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
}

const raw = readFileSync('appPackage/manifest.json', 'utf8');
const manifest = JSON.parse(raw) as Manifest;
const DUMMY = { TEAMS_APP_ID: '00000000-0000-0000-0000-000000000001', BOT_ID: '00000000-0000-0000-0000-000000000002' };
/** Teams' own limits for the command menu, tighter than the schema's. */
const TEAMS_TITLE_MAX = 32;
const TEAMS_DESCRIPTION_MAX = 128;

function schemaCommandLimits(): { title: number; description: number } {
  const dir = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const schema = JSON.parse(readFileSync(join(dir, `json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`), 'utf8')) as {
    properties: { bots: { items: { properties: { commandLists: { items: { properties: { commands: { items: { properties: Record<'title' | 'description', { maxLength: number }> } } } } } } } } };
  };
  const command = schema.properties.bots.items.properties.commandLists.items.properties.commands.items.properties;
  return { title: command.title.maxLength, description: command.description.maxLength };
}

describe('Teams app manifest', () => {
  it('validates offline against its v1.25 schema once the placeholders are filled', async function () {
    this.timeout(30_000);
    assert.equal(manifest.$schema, 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.schema.json');
    const errors = await AppManifestUtils.validateAgainstSchema(substitute(manifest, DUMMY) as never);
    assert.deepEqual(errors, []);
  });

  it('keeps the toolkit placeholders TEAMS_APP_ID and BOT_ID, and no others', () => {
    assert.deepEqual(placeholderNames(manifest), ['BOT_ID', 'TEAMS_APP_ID']);
    assert.match(raw, /"id": "\$\{\{TEAMS_APP_ID\}\}"/);
  });

  it('uses the bot id for the bot, the Entra app and its resource', () => {
    assert.equal(manifest.bots.length, 1);
    assert.equal(manifest.bots[0]!.botId, '${{BOT_ID}}');
    assert.deepEqual(manifest.webApplicationInfo, { id: '${{BOT_ID}}', resource: 'api://botid-${{BOT_ID}}' });
    assert.equal(raw.match(/\$\{\{BOT_ID\}\}/g)?.length, 3);
  });

  it('is a bot named aws in teams, group chats and personal chats with its command list', () => {
    assert.equal(manifest.name.short, 'aws');
    assert.deepEqual(manifest.bots[0]!.scopes, ['team', 'groupChat', 'personal']);
    const [list] = manifest.bots[0]!.commandLists;
    assert.deepEqual(list!.scopes, ['team', 'groupChat', 'personal']);
    assert.deepEqual(list!.commands.map((c) => c.title), ['help', 'ask', 'support', 'alias', 'run', 'switch-roles', 'preferences']);
  });

  it('keeps every command title and description within the schema and Teams limits', () => {
    const schema = schemaCommandLimits();
    for (const command of manifest.bots[0]!.commandLists.flatMap((l) => l.commands)) {
      assert.ok(command.title.length <= Math.min(schema.title, TEAMS_TITLE_MAX), `title "${command.title}" is too long`);
      assert.ok(command.description.length > 0 && command.description.length <= Math.min(schema.description, TEAMS_DESCRIPTION_MAX), `description of "${command.title}" is ${command.description.length} characters`);
    }
  });

  it('asks for the RSC permissions that deliver thread follow-ups without a mention', () => {
    assert.deepEqual(manifest.authorization.permissions.resourceSpecific, [
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
      { name: 'ChatMessage.Read.Chat', type: 'Application' },
    ]);
  });
});
