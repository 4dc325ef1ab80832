import express from 'express';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
async function trial(catchAllFirst) {
  const server = express();
  server.use(express.json());
  server.get('/healthz', (_q, r) => r.json({ ok: true }));
  if (catchAllFirst) server.use((_q, r) => r.status(404).json({ error: 'not found' }));
  const app = new App({ httpServerAdapter: new ExpressAdapter(server), dangerouslyAllowUnauthenticatedRequests: true, logger: { info(){}, warn(){}, error(){}, debug(){}, log(){}, trace(){}, child(){ return this; } } });
  app.on('message', async () => ({ status: 200 }));
  await app.initialize();
  if (!catchAllFirst) server.use((_q, r) => r.status(404).json({ error: 'not found' }));
  const s = server.listen(0);
  const port = s.address().port;
  const r = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'typing', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, channelId: 'msteams' }) });
  console.log(catchAllFirst ? '404 handler BEFORE initialize():' : '404 handler AFTER initialize():', r.status, await r.text());
  try { await app.start(0); } catch (e) { console.log('start() threw', e.message); }
  s.close();
}
await trial(false); await trial(true);
