import { h, safeUrl } from './dom.js';
import { markdownToHtml } from './markdown.js';

// Adaptive Card → DOM with Microsoft's `adaptivecards` renderer and a Teams-like host config.
// Markdown goes through our own safe converter; Action.Execute / Action.Submit become `ctx.act`.

const ink = { default: '#242424', subtle: '#616161' };
const foregroundColors = {
  default: ink,
  dark: ink,
  light: { default: '#ffffff', subtle: '#ffffffcc' },
  accent: { default: '#5b5fc7', subtle: '#4f52b2' },
  good: { default: '#0e7a0b', subtle: '#0e7a0bcc' },
  warning: { default: '#835c00', subtle: '#835c00cc' },
  attention: { default: '#c4314b', subtle: '#c4314bcc' },
};
const style = (backgroundColor) => ({ backgroundColor, foregroundColors });

const HOST_CONFIG = {
  fontFamily: '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif',
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#e0e0e0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 22 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: style('#ffffff'),
    emphasis: style('#f5f5f5'),
    accent: style('#e8ebfa'),
    good: style('#e7f2da'),
    attention: style('#fcf4f6'),
    warning: style('#fbf6d9'),
  },
  imageSizes: { small: 32, medium: 52, large: 100 },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 160 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
};

let hostConfig;

function setUp(AC) {
  if (hostConfig) return hostConfig;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };
  hostConfig = new AC.HostConfig(HOST_CONFIG);
  return hostConfig;
}

export function renderTeamsCard(json, ctx) {
  const AC = window.AdaptiveCards;
  if (!AC) return problem('The Adaptive Cards renderer did not load.');
  if (!json || typeof json !== 'object') return problem('This message has no Adaptive Card.');
  const card = new AC.AdaptiveCard();
  card.hostConfig = setUp(AC);
  card.onExecuteAction = (action) => execute(AC, action, card, ctx);
  try {
    card.parse(json);
    const rendered = card.render();
    return rendered ? h('div', { class: 'tm-card' }, rendered) : problem('The Adaptive Card rendered nothing.');
  } catch (error) {
    return problem(`The Adaptive Card could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function execute(AC, action, card, ctx) {
  if (action instanceof AC.OpenUrlAction) {
    const url = safeUrl(action.url);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
    return;
  }
  if (!(action instanceof AC.SubmitAction || action instanceof AC.ExecuteAction)) return;
  const data = action.data && typeof action.data === 'object' ? action.data : {};
  const inputs = {};
  for (const input of card.getAllInputs()) {
    const value = input.value;
    if (input.id && value !== undefined && value !== null && value !== '') inputs[input.id] = String(value);
  }
  // Renderers name the neutral action in different places; the page matches these against the card.
  const candidates = [data.actionId, data.action_id, data.action, data.id, action.verb, data.verb, action.id].filter((c) => typeof c === 'string' && c !== '');
  ctx.act(candidates, inputs);
}

function problem(message) {
  return h('div', { class: 'tm-problem' }, message);
}
