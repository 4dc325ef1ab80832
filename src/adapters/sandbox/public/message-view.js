import { formatDateTime, formatTime, h } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { renderSlackMessage } from './slack-blocks.js';
import { renderTeamsCard } from './teams-card.js';

// One message: who, when, and either the text or the card twice (as Slack and as Teams show it).
// ctx: { act(message, actionIds, values), confirm(spec), reply(message) }

export function messageElement(message, ctx) {
  const isBot = message.from === 'bot';
  const author = isBot ? 'aws-chatops' : message.from;
  const edited = message.updatedAt && message.updatedAt !== message.createdAt;
  return h(
    'article',
    { class: `msg ${isBot ? 'msg-bot' : 'msg-user'}`, 'data-message-id': message.id },
    h('div', { class: `avatar ${isBot ? 'avatar-bot' : ''}`, 'aria-hidden': 'true', style: isBot ? null : `--hue:${hue(author)}` }, isBot ? 'AWS' : initials(author)),
    h(
      'div',
      { class: 'msg-main' },
      h(
        'div',
        { class: 'msg-meta' },
        h('span', { class: 'msg-author' }, author),
        isBot ? h('span', { class: 'app-badge' }, 'App') : null,
        h('time', { datetime: message.createdAt, title: formatDateTime(message.createdAt) }, formatTime(message.createdAt)),
        edited ? h('span', { class: 'msg-edited', title: `Updated ${formatDateTime(message.updatedAt)}` }, `updated ${formatTime(message.updatedAt)}`) : null,
        message.threadId ? null : h('button', { type: 'button', class: 'msg-reply', onclick: () => ctx.reply(message) }, 'Reply in thread'),
      ),
      message.card ? renderings(message, ctx) : h('div', { class: 'msg-text' }, isBot ? renderMarkdown(message.text) : message.text),
    ),
  );
}

function renderings(message, ctx) {
  const act = (actionIds, values) => ctx.act(message, actionIds, values);
  return h(
    'div',
    { class: 'renderings' },
    panel('Slack', 'slack', message.slack ? renderSlackMessage(message.slack, { act, confirm: ctx.confirm }) : null, message.slack),
    panel('Teams', 'teams', message.teams ? renderTeamsCard(message.teams, { act }) : null, message.teams),
  );
}

function panel(label, kind, content, payload) {
  const json = h('pre', { class: 'payload', hidden: true }, JSON.stringify(payload, null, 2));
  const toggle = h('button', { type: 'button', class: 'payload-toggle', 'aria-expanded': 'false' }, 'JSON');
  toggle.addEventListener('click', () => {
    json.hidden = !json.hidden;
    toggle.setAttribute('aria-expanded', String(!json.hidden));
    toggle.textContent = json.hidden ? 'JSON' : 'Hide JSON';
  });
  return h(
    'section',
    { class: `rendering rendering-${kind}`, 'aria-label': `${label} rendering` },
    h('header', { class: 'rendering-head' }, h('span', { class: `platform-mark platform-${kind}`, 'aria-hidden': 'true' }), h('span', { class: 'rendering-name' }, label), toggle),
    h('div', { class: 'rendering-body' }, content ?? h('div', { class: 'rendering-missing' }, `No ${label} payload.`)),
    json,
  );
}

function initials(name) {
  const letters = name.split(/[\s._-]+/).filter(Boolean).map((part) => part[0]);
  return (letters.slice(0, 2).join('') || '?').toUpperCase();
}

function hue(name) {
  let sum = 0;
  for (const ch of name) sum = (sum * 31 + ch.codePointAt(0)) % 360;
  return sum;
}
