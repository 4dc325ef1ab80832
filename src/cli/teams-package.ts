/**
 * `chatops teams-package [--out FILE] [--env NAME|FILE]` (`npm run package`): builds the Teams app
 * package from appPackage/ in the working directory. It fills the manifest's `${{NAME}}`
 * placeholders (see manifest-variables.ts), checks the icons' sizes, validates the manifest against
 * its schema when @microsoft/app-manifest is installed, and writes the zip (manifest.json,
 * color.png, outline.png) plus the filled manifest.json beside it. Exit 0, or 2 with one coded line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ChatOpsError, isChatOpsError } from '../core/errors.js';
import { envFilePath, readEnvFile } from '../teams-package/env-file.js';
import { placeholderNames, resolveVariables, substitute } from '../teams-package/manifest-variables.js';
import { readPngInfo } from '../teams-package/png-info.js';
import { validateManifest } from '../teams-package/validate-manifest.js';
import { writeZip, type ZipEntry } from '../teams-package/zip.js';

export interface TeamsPackageArgs {
  out?: string;
  /** `dev` reads env/.env.dev (what `atk provision --env dev` writes); a value with a slash is a path. */
  env?: string;
}

export interface TeamsPackageIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

const SOURCE_DIR = 'appPackage';
const DEFAULT_OUT = 'appPackage/build/appPackage.zip';
const ICONS = { color: { size: 192 }, outline: { size: 32 } } as const;

export async function runTeamsPackage(args: TeamsPackageArgs, io: TeamsPackageIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const show = (p: string) => relative(cwd, p) || p;
  try {
    const sourceDir = resolve(cwd, SOURCE_DIR);
    const source = readManifest(join(sourceDir, 'manifest.json'));
    // Set values from the named file win over the environment: naming a file is the explicit choice.
    const fromFile = Object.entries(args.env ? readEnvFile(resolve(cwd, envFilePath(args.env))) : {}).filter(([, v]) => v.trim() !== '');
    const env = { ...io.env, ...Object.fromEntries(fromFile) };
    const { values, notes } = resolveVariables(placeholderNames(source), env);
    const manifest = substitute(source, values);

    const icons = Object.entries(ICONS).map(([kind, { size }]) => readIcon(sourceDir, manifest, kind as keyof typeof ICONS, size));
    const validation = await validateManifest(manifest);
    if (validation.status === 'invalid') {
      const shown = validation.errors.slice(0, 10).join('; ');
      throw new ChatOpsError('TEAMS_PACKAGE_MANIFEST_INVALID', `appPackage/manifest.json does not match its schema: ${shown}${validation.errors.length > 10 ? ` (and ${validation.errors.length - 10} more)` : ''}.`, {
        nextStep: 'Fix the manifest and run "npm run package" again.',
      });
    }
    if (validation.status === 'skipped') io.stderr(`TEAMS_PACKAGE_VALIDATION_SKIPPED: the manifest was not checked against its schema (${validation.reason}; "npm install --include=dev" adds it).\n`);

    const manifestText = JSON.stringify(manifest, null, 2) + '\n';
    const zipPath = resolve(cwd, args.out ?? DEFAULT_OUT);
    const manifestPath = join(dirname(zipPath), 'manifest.json');
    if (manifestPath === join(sourceDir, 'manifest.json')) {
      throw new ChatOpsError('TEAMS_PACKAGE_BAD_OUT', `Writing ${show(zipPath)} would overwrite appPackage/manifest.json with the filled-in copy.`, { nextStep: 'Choose another folder with --out, e.g. appPackage/build/appPackage.zip.' });
    }
    const entries: ZipEntry[] = [{ name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') }, ...icons];
    const zip = writeZip(entries);
    mkdirSync(dirname(zipPath), { recursive: true });
    writeFileSync(zipPath, zip);
    writeFileSync(manifestPath, manifestText);

    const ids = `app id ${values.TEAMS_APP_ID ?? '(none)'}, bot id ${values.BOT_ID ?? '(none)'}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    if (validation.status === 'valid') io.stdout(`Manifest valid against the Teams manifest schema v${String(manifest.manifestVersion)}.\n`);
    io.stdout(`Wrote ${show(zipPath)} (${entries.map((e) => e.name).join(', ')}; ${zip.length} bytes) and ${show(manifestPath)}: ${ids}.\n`);
    io.stdout('Upload it in Teams: Apps > Manage your apps > Upload an app.\n');
    return 0;
  } catch (e) {
    io.stderr((isChatOpsError(e) ? e.toLine() : `TEAMS_PACKAGE_FAILED: ${(e as Error).message}`).replace(/\s+/g, ' ') + '\n');
    return 2;
  }
}

function readManifest(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ChatOpsError('TEAMS_PACKAGE_NO_MANIFEST', `There is no ${SOURCE_DIR}/manifest.json here (${path}).`, { cause, nextStep: 'Run it from the aws-chatops folder (where appPackage/ is), e.g. with "npm run package".' });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Record<string, unknown>;
  } catch (cause) {
    throw new ChatOpsError('TEAMS_PACKAGE_MANIFEST_INVALID', `${SOURCE_DIR}/manifest.json is not a JSON object: ${(cause as Error).message}.`, { cause, nextStep: 'Fix the JSON and run "npm run package" again.' });
  }
}

/** The icon the manifest names, checked: the right square size, and a transparent outline. */
function readIcon(dir: string, manifest: Record<string, unknown>, kind: keyof typeof ICONS, size: number): ZipEntry {
  const name = (manifest.icons as Record<string, unknown> | undefined)?.[kind];
  const bad = (problem: string, cause?: unknown) =>
    new ChatOpsError('TEAMS_PACKAGE_BAD_ICON', `The ${kind} icon ${problem}.`, { cause, nextStep: 'Regenerate the icons with "node scripts/teams-icons.mjs", or fix icons in appPackage/manifest.json.' });
  if (typeof name !== 'string' || name.includes('/') || name.includes('\\')) throw bad(`must be a file name in ${SOURCE_DIR}/ (manifest icons.${kind})`);
  let data: Buffer;
  try {
    data = readFileSync(join(dir, name));
  } catch (cause) {
    throw bad(`${SOURCE_DIR}/${name} could not be read`, cause);
  }
  let info;
  try {
    info = readPngInfo(data);
  } catch (cause) {
    throw bad(`${SOURCE_DIR}/${name} is not a readable PNG (${(cause as Error).message})`, cause);
  }
  if (info.width !== size || info.height !== size) throw bad(`${SOURCE_DIR}/${name} must be ${size}×${size} pixels; it is ${info.width}×${info.height}`);
  if (kind === 'outline' && !(info.alpha && info.alpha.min < 255)) throw bad(`${SOURCE_DIR}/${name} must be a white glyph on a transparent background (RGBA with transparent pixels)`);
  return { name, data };
}
