// The sandbox JSON API. Failures throw an Error carrying the server's coded message.

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = new Error(payload?.error?.message ?? `The server answered ${response.status}.`);
    error.code = payload?.error?.code;
    throw error;
  }
  return payload;
}

export const api = {
  channels: () => call('GET', '/sandbox/api/channels'),
  messages: (channelId) => call('GET', `/sandbox/api/channels/${encodeURIComponent(channelId)}/messages`),
  configurations: () => call('GET', '/sandbox/api/configurations'),
  samples: () => call('GET', '/sandbox/api/samples'),
  postMessage: (channelId, body) => call('POST', `/sandbox/api/channels/${encodeURIComponent(channelId)}/messages`, body),
  act: (body) => call('POST', '/sandbox/api/actions', body),
  sendTest: (body) => call('POST', '/api/test-notifications', body),
};
