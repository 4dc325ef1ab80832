/* global URLSearchParams */
import { api } from './api.js';
import { h } from './dom.js';
import { messageElement } from './message-view.js';

// The sandbox chat page: channels, live messages (each card as Slack and as Teams show it),
// clickable buttons, a composer, and "Send test notification" per channel configuration.

const $ = (selector) => document.querySelector(selector);
const els = {
  channels: $('#channel-list'),
  configurations: $('#configuration-list'),
  sample: $('#sample-select'),
  title: $('#channel-title'),
  messages: $('#message-list'),
  composer: $('#composer'),
  text: $('#composer-text'),
  user: $('#composer-user'),
  replyTarget: $('#reply-target'),
  replyLabel: $('#reply-target-label'),
  replyCancel: $('#reply-target-cancel'),
  status: $('#connection-status'),
  toasts: $('#toasts'),
  dialog: $('#confirm-dialog'),
};

const state = { channels: [], configurations: [], channelId: null, messages: new Map(), nodes: new Map(), unread: new Map(), replyTo: null };
const ctx = { act, confirm, reply: startReply };

const currentUser = () => els.user.value.trim() || 'you';
const channelName = (id) => state.channels.find((c) => c.id === id)?.name ?? id;

async function start() {
  els.user.value = window.localStorage.getItem('sandbox.user') || 'you';
  els.user.addEventListener('change', () => window.localStorage.setItem('sandbox.user', currentUser()));
  els.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
  els.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void send();
    }
  });
  els.replyCancel.addEventListener('click', () => setReplyTo(null));
  try {
    const [channels, configurations, samples] = await Promise.all([api.channels(), api.configurations(), api.samples()]);
    state.channels = channels;
    state.configurations = configurations;
    renderSamples(samples);
    renderConfigurations();
    const wanted = new URLSearchParams(window.location.hash.slice(1)).get('channel');
    await selectChannel(channels.some((c) => c.id === wanted) ? wanted : channels[0]?.id);
  } catch (error) {
    toast(`Could not load the sandbox: ${error.message}`, 'error');
  }
  connect();
}

// ---- channels -------------------------------------------------------------------------------

function renderChannels() {
  els.channels.replaceChildren(
    ...state.channels.map((channel) => {
      const unread = state.unread.get(channel.id) ?? 0;
      const current = channel.id === state.channelId;
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: `channel${current ? ' is-current' : ''}${unread ? ' has-unread' : ''}`, 'aria-current': current ? 'page' : null, onclick: () => selectChannel(channel.id) },
          h('span', { class: 'channel-hash', 'aria-hidden': 'true' }, '#'),
          h('span', { class: 'channel-name' }, channel.name),
          unread ? h('span', { class: 'badge', 'aria-label': `${unread} new` }, String(unread)) : null,
        ),
      );
    }),
  );
  if (state.channels.length === 0) els.channels.append(h('li', { class: 'side-empty' }, 'No sandbox channels are configured.'));
}

async function selectChannel(channelId) {
  state.channelId = channelId ?? null;
  state.unread.delete(channelId);
  setReplyTo(null);
  renderChannels();
  if (!channelId) {
    els.title.textContent = 'No channel';
    els.messages.replaceChildren(emptyState(null));
    return;
  }
  window.history.replaceState(null, '', `#channel=${encodeURIComponent(channelId)}`);
  els.title.textContent = channelName(channelId);
  els.text.placeholder = `Message #${channelName(channelId)} — try “@aws help”`;
  await reload();
}

async function reload() {
  const channelId = state.channelId;
  if (!channelId) return;
  const messages = await api.messages(channelId);
  if (channelId !== state.channelId) return;
  state.messages = new Map(messages.map((m) => [m.id, m]));
  state.nodes = new Map();
  els.messages.replaceChildren();
  if (messages.length === 0) els.messages.append(emptyState(channelId));
  for (const message of messages) place(message);
  scrollToEnd();
}

// ---- messages -------------------------------------------------------------------------------

function place(message) {
  const article = messageElement(message, ctx);
  const root = message.threadId ? state.nodes.get(message.threadId) : undefined;
  if (root?.thread) {
    root.thread.append(article);
    root.thread.hidden = false;
    state.nodes.set(message.id, { article });
    return;
  }
  const thread = h('div', { class: 'thread', 'aria-label': 'Thread replies', hidden: true });
  els.messages.append(h('div', { class: 'msg-group' }, article, thread));
  state.nodes.set(message.id, { article, thread });
}

function upsert(message) {
  if (message.channelId !== state.channelId) {
    if (!state.messages.has(message.id) && message.createdAt === message.updatedAt) {
      state.unread.set(message.channelId, (state.unread.get(message.channelId) ?? 0) + 1);
      renderChannels();
    }
    return;
  }
  state.messages.set(message.id, message);
  const node = state.nodes.get(message.id);
  if (node) {
    const fresh = messageElement(message, ctx);
    node.article.replaceWith(fresh);
    node.article = fresh;
    if (state.replyTo?.id === message.id) setReplyTo(message);
    return;
  }
  const follow = nearEnd() || message.from === currentUser();
  els.messages.querySelector('.empty')?.remove();
  place(message);
  if (follow) scrollToEnd();
}

const nearEnd = () => els.messages.scrollHeight - els.messages.scrollTop - els.messages.clientHeight < 160;
const scrollToEnd = () => window.requestAnimationFrame(() => els.messages.scrollTo({ top: els.messages.scrollHeight }));

function emptyState(channelId) {
  const first = state.configurations.find((c) => c.channelId === channelId) ?? state.configurations[0];
  return h(
    'div',
    { class: 'empty' },
    h('div', { class: 'empty-mark', 'aria-hidden': 'true' }, '🔔'),
    h('h2', {}, channelId ? `No messages in #${channelName(channelId)} yet` : 'No sandbox channels'),
    h(
      'p',
      {},
      'Send a first notification: pick a sample event under ',
      h('strong', {}, 'Test notifications'),
      ' and press ',
      h('strong', {}, 'Send test notification'),
      first ? [', or run ', h('code', {}, `chatops send-test --config ${first.name}`), '.'] : '.',
    ),
    channelId ? h('p', {}, 'Or talk to the bot below, for example ', h('code', {}, '@aws help'), '.') : null,
  );
}

// ---- actions, composer, threads --------------------------------------------------------------

function actionIdsOf(card) {
  return (card?.actions ?? []).filter((a) => a.type !== 'link').map((a) => a.id);
}

async function act(message, candidates, values) {
  const known = actionIdsOf(message.card);
  const actionId = candidates.find((c) => known.includes(c)) ?? candidates[0];
  if (!actionId) return toast('This control has no action id, so the app would not receive it.', 'error');
  const label = message.card?.actions?.find((a) => a.id === actionId)?.label ?? actionId;
  try {
    await api.act({ messageId: message.id, actionId, user: currentUser(), values });
    toast(`“${label}” sent as ${currentUser()}`);
  } catch (error) {
    toast(error.message, 'error');
  }
}

async function send() {
  const text = els.text.value.trim();
  if (!text || !state.channelId) return;
  const body = { user: currentUser(), text };
  if (state.replyTo) body.threadId = state.replyTo.id;
  els.text.disabled = true;
  try {
    await api.postMessage(state.channelId, body);
    els.text.value = '';
  } catch (error) {
    toast(error.message, 'error');
  } finally {
    els.text.disabled = false;
    els.text.focus();
  }
}

function startReply(message) {
  setReplyTo(message);
  els.text.focus();
}

function setReplyTo(message) {
  state.replyTo = message;
  els.replyTarget.hidden = !message;
  els.replyLabel.textContent = message ? summary(message) : '';
}

function summary(message) {
  const text = message.card?.title ?? message.text;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

// ---- test notifications ------------------------------------------------------------------------

function renderSamples(samples) {
  els.sample.replaceChildren(h('option', { value: '' }, 'Default sample'), ...samples.map((s) => h('option', { value: s.id }, s.label)));
}

function renderConfigurations() {
  if (state.configurations.length === 0) {
    els.configurations.replaceChildren(h('li', { class: 'side-empty' }, 'No channel configurations yet. Add one to the configuration file.'));
    return;
  }
  els.configurations.replaceChildren(
    ...state.configurations.map((configuration) =>
      h(
        'li',
        { class: 'configuration' },
        h('div', { class: 'configuration-name' }, configuration.name),
        h('div', { class: 'configuration-meta' }, `${configuration.platform} · ${configuration.platform === 'sandbox' ? `#${channelName(configuration.channelId)}` : configuration.channelId}`),
        h('button', { type: 'button', class: 'button button-secondary', onclick: (event) => sendTest(configuration, event.currentTarget) }, 'Send test notification'),
      ),
    ),
  );
}

async function sendTest(configuration, button) {
  const sample = els.sample.value || undefined;
  button.disabled = true;
  try {
    await api.sendTest({ configuration: configuration.name, sample });
    toast(`Test notification sent to ${configuration.name}`);
    const target = state.channels.find((c) => c.id === configuration.channelId);
    if (target && target.id !== state.channelId) await selectChannel(target.id);
  } catch (error) {
    toast(error.message, 'error');
  } finally {
    button.disabled = false;
  }
}

// ---- live stream, dialogs, toasts --------------------------------------------------------------

function connect() {
  const stream = new EventSource('/sandbox/api/stream');
  let dropped = false;
  stream.addEventListener('open', () => {
    setStatus('live');
    if (dropped) void reload().catch((error) => toast(error.message, 'error'));
    dropped = false;
  });
  stream.addEventListener('error', () => {
    dropped = true;
    setStatus('reconnecting');
  });
  stream.addEventListener('message', (event) => upsert(JSON.parse(event.data)));
}

function setStatus(status) {
  els.status.dataset.status = status;
  els.status.textContent = status === 'live' ? 'Live' : 'Reconnecting…';
}

function confirm(spec) {
  const dialog = els.dialog;
  dialog.querySelector('.dialog-title').textContent = spec.title || 'Are you sure?';
  dialog.querySelector('.dialog-text').textContent = spec.text;
  const yes = dialog.querySelector('[value="confirm"]');
  yes.textContent = spec.confirm;
  yes.className = `button ${spec.danger ? 'button-danger' : 'button-primary'}`;
  dialog.querySelector('[value="deny"]').textContent = spec.deny;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}

function toast(message, kind = 'info') {
  const item = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  while (els.toasts.childElementCount >= 3) els.toasts.firstElementChild.remove();
  els.toasts.append(item);
  window.setTimeout(() => item.remove(), kind === 'error' ? 8000 : 3500);
}

void start();
