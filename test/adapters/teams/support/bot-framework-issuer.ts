/**
 * A local stand-in for the Bot Framework token service (tests only): a JWKS at
 * `<url>/v1/.well-known/keys` and tokens signed like the ones Teams puts in the Authorization
 * header of every activity (issuer https://api.botframework.com, audience = the bot's app id,
 * a `serviceurl` claim). The Teams SDK is pointed at it with `openIdMetadataUrl`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const TEST_KID = 'test-kid';

export interface TokenOptions {
  serviceUrl: string;
  audience: string;
  issuer?: string;
  /** Seconds since the epoch; default five minutes from now. */
  expiresAt?: number;
  kid?: string;
  /** Sign with the key the issuer does not publish. */
  unknownKey?: boolean;
}

export interface BotFrameworkIssuer {
  url: string;
  /** What the SDK's `cloud.openIdMetadataUrl` is set to; the keys are at its `/keys` sibling. */
  openIdMetadataUrl: string;
  /** How often the JWKS was fetched. */
  readonly keyFetches: number;
  token(options: TokenOptions): Promise<string>;
  /** The token for the bot's outbound calls, one per app id (the SDK wraps it: it must be a decodable JWT). */
  outboundToken(appId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBotFrameworkIssuer(): Promise<BotFrameworkIssuer> {
  const good = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(good.publicKey)), kid: TEST_KID, use: 'sig', alg: 'RS256' };
  let keyFetches = 0;
  const outbound = new Map<string, string>();
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/v1/.well-known/keys') {
      keyFetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (claims: Record<string, unknown>, kid: string) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid });
  return {
    url,
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    get keyFetches() {
      return keyFetches;
    },
    async token(o) {
      return sign({ serviceurl: o.serviceUrl }, o.kid ?? TEST_KID)
        .setIssuer(o.issuer ?? BOT_FRAMEWORK_ISSUER)
        .setAudience(o.audience)
        .setIssuedAt(o.expiresAt !== undefined ? o.expiresAt - 3600 : undefined)
        .setExpirationTime(o.expiresAt ?? '5m')
        .sign(o.unknownKey ? other.privateKey : good.privateKey);
    },
    async outboundToken(appId) {
      let token = outbound.get(appId);
      if (!token) outbound.set(appId, (token = await sign({ appid: appId }, 'outbound').setIssuer('local-test').setAudience(BOT_FRAMEWORK_ISSUER).setExpirationTime('1h').sign(good.privateKey)));
      return token;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
