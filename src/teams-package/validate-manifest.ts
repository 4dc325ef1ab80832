/**
 * Validates a substituted manifest against the JSON schema named by its `$schema`, with
 * @microsoft/app-manifest (a devDependency, loaded only here and only when present). The package
 * ships the Teams schemas v1.0–v1.30, so a `https://developer.microsoft.com/…/json-schemas/teams/…`
 * URL is checked offline. Without the package (a production install), validation is skipped and
 * the caller says so.
 */
export type ManifestValidation = { status: 'valid' } | { status: 'invalid'; errors: string[] } | { status: 'skipped'; reason: string };

const OFFLINE_SCHEMA = /^https:\/\/developer\.microsoft\.com\/([a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\//;

export async function validateManifest(manifest: Record<string, unknown>): Promise<ManifestValidation> {
  const schema = manifest.$schema;
  if (typeof schema !== 'string' || !OFFLINE_SCHEMA.test(schema)) {
    return { status: 'invalid', errors: [`/$schema must be a https://developer.microsoft.com/json-schemas/teams/v1.xx/MicrosoftTeams.schema.json URL; given ${JSON.stringify(schema)}`] };
  }
  let utils: { validateAgainstSchema(m: never): Promise<string[]> };
  try {
    utils = (await import('@microsoft/app-manifest')).AppManifestUtils;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw e;
    return { status: 'skipped', reason: `${/'([^']+)'/.exec((e as Error).message)?.[1] ?? '@microsoft/app-manifest'} is not installed` };
  }
  const errors = await utils.validateAgainstSchema(manifest as never);
  return errors.length === 0 ? { status: 'valid' } : { status: 'invalid', errors };
}
