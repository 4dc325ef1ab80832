/**
 * Pre-loaded SNS signing certificates, for hosts without outbound HTTPS: a directory of files
 * named like the last path segment of the SigningCertURL, e.g.
 * SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem. Read once at start; a file that
 * is not a PEM certificate stops the start with its name.
 */
import { X509Certificate } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChatOpsError } from '../../core/errors.js';
import { certificateUrlDenied } from '../../notifications/intake/intake-errors.js';
import { checkSigningCertUrl } from '../../notifications/intake/sns-urls.js';
import type { CertificateSource } from '../../ports/sns.js';

/** File name → PEM text. */
export type CertificateFiles = ReadonlyMap<string, string>;

export async function loadCertificateDirectory(dir: string): Promise<CertificateFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.pem')).map((e) => e.name);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error');
    throw new ChatOpsError('SNS_CERTIFICATE_DIR_UNREADABLE', `Cannot read the SNS certificate directory ${dir}: ${why}.`, {
      cause,
      nextStep: 'Fix sns.certificateDir in the configuration file or SNS_CERTIFICATE_DIR, or unset both to download certificates.',
    });
  }
  const files = new Map<string, string>();
  for (const name of names.sort()) {
    const pem = await readFile(join(dir, name), 'utf8');
    try {
      new X509Certificate(pem);
    } catch (cause) {
      throw new ChatOpsError('SNS_CERTIFICATE_DIR_INVALID', `${join(dir, name)} is not a PEM certificate.`, {
        cause,
        nextStep: 'Download it again from the SigningCertURL of an SNS message (https://sns.<region>.amazonaws.com/SimpleNotificationService-<hash>.pem), or remove it.',
      });
    }
    files.set(name, pem);
  }
  return files;
}

/** The file name a SigningCertURL maps to: its last path segment. */
export function certificateFileName(url: URL): string {
  const segment = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers from the pre-loaded files first; asks `fallback` (the downloader) for anything else. */
export function createDirectoryCertificateSource(files: CertificateFiles, fallback: CertificateSource): CertificateSource {
  return {
    async get(text) {
      const checked = checkSigningCertUrl(text);
      if (!checked.ok) throw certificateUrlDenied(checked.problem);
      const pem = files.get(certificateFileName(checked.url));
      return pem ?? fallback.get(text);
    },
  };
}
