import { readFileSync } from 'node:fs';
import type { Card } from '../core/card.js';
import { ChatOpsError, isChatOpsError } from '../core/errors.js';
import { NotificationEngine } from '../notifications/engine.js';
import { renderSlack } from '../render/slack.js';
import { renderTeams } from '../render/teams.js';

export type RenderPlatform = 'slack' | 'teams' | 'neutral';

export interface RenderCommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
}

/**
 * `chatops render FILE [--platform slack|teams|neutral] [--templates DIR]`: prints the rendered
 * payload as JSON (one object; an array when the input holds several events). Exit 0 on
 * success, 2 with a one-line coded error when the input can't be read at all.
 */
export function runRender(args: { file?: string; platform?: string; templatesDir?: string }, io: RenderCommandIo): number {
  try {
    const platform = parsePlatform(args.platform);
    if (!args.file) throw new ChatOpsError('RENDER_NO_INPUT', 'No input file given.', { nextStep: 'Usage: chatops render FILE [--platform slack|teams|neutral] (use - for standard input).' });
    const input = readInput(args.file, io);
    const engine = new NotificationEngine({ templatesDir: args.templatesDir });
    const payloads = engine.cards(input).map((card) => renderFor(card, platform));
    io.stdout(JSON.stringify(payloads.length === 1 ? payloads[0] : payloads, null, 2) + '\n');
    return 0;
  } catch (e) {
    const line = isChatOpsError(e) ? e.toLine() : `RENDER_FAILED: ${(e as Error).message}`;
    io.stderr(line.replace(/\s+/g, ' ') + '\n');
    return 2;
  }
}

export function renderFor(card: Card, platform: RenderPlatform): unknown {
  if (platform === 'slack') return renderSlack(card);
  if (platform === 'teams') return renderTeams(card);
  return card;
}

function parsePlatform(p: string | undefined): RenderPlatform {
  const value = p ?? 'slack';
  if (value === 'slack' || value === 'teams' || value === 'neutral') return value;
  throw new ChatOpsError('RENDER_BAD_PLATFORM', `Unknown platform "${value}".`, { nextStep: 'Use --platform slack, teams or neutral.' });
}

function readInput(file: string, io: RenderCommandIo): Buffer {
  try {
    return file === '-' ? io.readStdin() : readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'is not readable (permission denied)' : 'could not be read';
    throw new ChatOpsError('INPUT_UNREADABLE', `The file ${file} ${why}.`, { cause, nextStep: 'Give the path of a JSON event or a text message.' });
  }
}
