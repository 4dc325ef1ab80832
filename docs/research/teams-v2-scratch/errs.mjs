import express from 'express';
import { Client } from '@microsoft/teams.api';
const srv = express();
srv.post('/v3/conversations/:id/activities', (req, res) => {
  if (req.params.id === 'rl') return res.status(429).set('Retry-After', '3').json({ error: { code: 'TooManyRequests' } });
  if (req.params.id === 'gone') return res.status(403).json({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
  res.status(404).json({ error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
});
const s = srv.listen(0); const url = `http://127.0.0.1:${s.address().port}`;
const api = new Client(url);
for (const id of ['rl', 'gone', 'nf']) {
  const t = Date.now();
  try { await api.conversations.createActivity(id, { type: 'message', text: 'x' }); }
  catch (e) { console.log(id, e.constructor.name, e.name, e.response?.status, e.response?.headers?.['retry-after'], JSON.stringify(e.response?.data), Date.now() - t, 'ms'); }
}
s.close();
