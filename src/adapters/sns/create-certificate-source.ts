/** The certificate source the service runs with: pre-loaded directory → in-memory cache → HTTPS. */
import type { Logger } from '../../ports/logger.js';
import type { CertificateSource } from '../../ports/sns.js';
import { createCachingCertificateSource, type CachingCertificateSourceOptions } from './caching-certificate-source.js';
import { createDirectoryCertificateSource, loadCertificateDirectory } from './certificate-directory.js';
import { createHttpsCertificateFetcher, type HttpsCertificateFetcherOptions } from './https-certificate-fetcher.js';

export interface CertificateSourceOptions extends HttpsCertificateFetcherOptions, CachingCertificateSourceOptions {
  /** LoadedConfig.sns.certificateDir (sns.certificateDir or SNS_CERTIFICATE_DIR). */
  certificateDir?: string;
  logger: Logger;
}

/** Throws SNS_CERTIFICATE_DIR_UNREADABLE / SNS_CERTIFICATE_DIR_INVALID when the directory is wrong. */
export async function createCertificateSource(options: CertificateSourceOptions): Promise<CertificateSource> {
  const downloads = createCachingCertificateSource(createHttpsCertificateFetcher(options), options);
  if (options.certificateDir === undefined) return downloads;
  const files = await loadCertificateDirectory(options.certificateDir);
  options.logger.info('sns certificates pre-loaded', { dir: options.certificateDir, files: [...files.keys()] });
  return createDirectoryCertificateSource(files, downloads);
}
