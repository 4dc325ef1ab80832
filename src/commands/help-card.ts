import type { Card } from '../core/card.js';

/** The answer to `@aws help`. */
export function helpCard(): Card {
  return {
    title: 'aws-chatops help',
    severity: 'info',
    subtitle: 'Notifications, commands and conversations for AWS',
    sections: [
      { type: 'text', format: 'markdown', text: 'Mention **@aws** followed by what you want. Available now:' },
      {
        type: 'list',
        format: 'markdown',
        items: [
          '`@aws help` shows this card',
          'Notifications from the SNS topics of this channel\'s configurations arrive as cards, threaded by alarm, finding or pipeline run',
          '`@aws preferences` shows this channel\'s notification preferences; `@aws preferences threading on|off|default` changes threading here',
        ],
      },
      { type: 'text', format: 'markdown', text: 'Coming next: `@aws <service> <operation> --options` (AWS CLI commands), custom actions, aliases and `@aws ask`.' },
    ],
    footer: 'aws-chatops',
    fallbackText: 'aws-chatops help: mention @aws followed by what you want.',
  };
}

export function notAvailableCard(text: string): Card {
  return {
    title: 'Not available yet',
    severity: 'neutral',
    sections: [
      { type: 'text', text: `"${text.length > 200 ? `${text.slice(0, 199)}…` : text}" isn't something aws-chatops can do yet.` },
      { type: 'text', format: 'markdown', text: 'Try `@aws help` to see what works today.' },
    ],
    fallbackText: 'Not available yet. Try @aws help.',
  };
}
