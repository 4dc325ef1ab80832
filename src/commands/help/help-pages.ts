/**
 * The words of each `@aws help` page. What works today is listed as working; what the
 * reference describes and is still to come is said to be coming, never shown as available.
 */
import type { CardSection } from '../../core/card.js';
import { SHORTCUTS } from '../shortcuts.js';
import { ALIAS_LIMITS } from '../aliases/alias-limits.js';

export interface HelpPageContent {
  subtitle: string;
  sections: CardSection[];
  fallback: string;
}

const CLI_REFERENCE = 'https://docs.aws.amazon.com/cli/latest/reference/';

const shortcutLines = SHORTCUTS.map((s) => `\`@aws ${s.example}\` is short for \`@aws ${s.service} ${s.operation} ${s.positionals.join(' ')} …\``);

export const HELP_PAGE_CONTENT = {
  home: {
    subtitle: 'Notifications, AWS CLI commands and aliases in chat',
    fallback: 'mention @aws followed by what you want; choose a topic below.',
    sections: [
      { type: 'text', format: 'markdown', text: 'Mention **@aws** followed by what you want. Available now:' },
      {
        type: 'list',
        format: 'markdown',
        items: [
          'Notifications from the SNS topics of this channel\'s configurations arrive as cards, threaded by alarm, finding or pipeline run',
          '`@aws <service> <operation> --options` runs an AWS CLI command, e.g. `@aws cloudwatch describe-alarms --state-value ALARM`',
          '`@aws alias create NAME COMMAND` saves a command for this channel; `@aws run NAME` runs it',
          '`@aws preferences` shows this channel\'s notification preferences',
          '`@aws <service> --help` lists a service\'s operations',
        ],
      },
      { type: 'text', format: 'markdown', text: 'Choose a topic below. Coming later: `@aws ask` questions, custom actions and switching roles.' },
    ],
  },
  commands: {
    subtitle: 'AWS CLI commands',
    fallback: 'type @aws <service> <operation> --options, as in a terminal.',
    sections: [
      { type: 'text', format: 'markdown', text: 'Type a command as you would in a terminal, without `aws`:\n`@aws <service> <operation> --options`' },
      {
        type: 'list',
        format: 'markdown',
        items: [
          '`@aws lambda list-functions` lists your Lambda functions',
          '`@aws cloudwatch describe-alarms --state-value ALARM --region us-east-1` shows alarms in one Region',
          'Options take `--option` or `-option`; lists as repeated values; structures in shorthand (`Name=x,Values=a,b`) or JSON',
          'Missing required options are asked for; commands that change something ask you to confirm first',
          '`--query` filters the result with JMESPath; `--output json|text|table` chooses the format',
          '`@aws <service> --help` lists the operations; `@aws <service> <operation> --help` explains the options',
          ...shortcutLines,
        ],
      },
      { type: 'text', format: 'markdown', text: 'IAM, STS, KMS and other sensitive commands are refused in chat, whatever your permissions.' },
    ],
  },
  aliases: {
    subtitle: 'Command aliases: saved commands for this channel',
    fallback: 'alias create NAME COMMAND, alias list, alias delete NAME, run NAME values.',
    sections: [
      { type: 'text', format: 'markdown', text: 'An alias is a command saved under a short name. Aliases belong to the channel: everyone here shares them, and they run with the permissions of whoever runs them.' },
      {
        type: 'list',
        format: 'markdown',
        items: [
          '`@aws alias create NAME COMMAND` saves a command; `$words` in it are parameters, e.g. `@aws alias create restart ec2 reboot-instances --instance-ids $instance`',
          '`@aws run NAME v1 v2` fills the parameters in order; `@aws run NAME --instance i-123` fills them by name (also `@aws alias run NAME`)',
          'Parameters you leave out are asked for before the command runs',
          '`@aws alias list` shows this channel\'s aliases; `@aws alias delete NAME` removes one',
          `Names: up to ${ALIAS_LIMITS.nameLength} letters, digits, "-" or "_"; commands up to ${ALIAS_LIMITS.commandLength.toLocaleString('en-US')} characters; up to ${ALIAS_LIMITS.perChannel} aliases per channel`,
        ],
      },
      { type: 'text', text: 'Don\'t put personal or confidential information in an alias: everyone in the channel can read it.' },
    ],
  },
  builtins: {
    subtitle: 'aws-chatops commands',
    fallback: 'help, preferences, alias, run, switch-roles, set default-account, actions.',
    sections: [
      {
        type: 'list',
        title: 'Available now',
        format: 'markdown',
        items: [
          '`@aws help` shows this menu',
          '`@aws preferences` shows this channel\'s notification preferences; `@aws preferences threading on|off|default` changes threading here',
          '`@aws alias create|list|delete|run …` manages command aliases; `@aws alias help` explains them',
          '`@aws run NAME …` runs an alias',
          '`@aws switch-roles` chooses the IAM role your commands run with here; `@aws switch-roles forget` goes back to the channel role',
          '`@aws set default-account [NAME]` chooses the account your commands use in a channel with several (remembered 7 days)',
          '`@aws actions list` lists the channel\'s custom actions; `@aws actions delete NAME` removes one; ⋮ Manage actions on a notification creates them',
        ],
      },
      {
        type: 'list',
        title: 'Coming later',
        format: 'markdown',
        items: ['`@aws ask …` questions about your AWS resources', '`@aws feedback …`'],
      },
    ],
  },
  qa: {
    subtitle: 'Questions in plain words',
    fallback: 'questions are coming with @aws ask.',
    sections: [
      { type: 'text', format: 'markdown', text: 'Questions in plain words are coming with `@aws ask`, for example `@aws ask what lambda functions do I have?`.' },
      { type: 'text', format: 'markdown', text: 'Until then, the same answers come from commands: `@aws lambda list-functions`, `@aws resource-explorer-2 search --query-string "tag:team=web"`.' },
    ],
  },
  more: {
    subtitle: 'Where to read more',
    fallback: 'add --help to a service or operation; the README and docs/ describe everything.',
    sections: [
      { type: 'text', format: 'markdown', text: 'Add `--help` for a service or an operation: `@aws ec2 --help`, `@aws ec2 describe-instances --help`.' },
      {
        type: 'list',
        format: 'markdown',
        items: [
          `[AWS CLI Command Reference](${CLI_REFERENCE}): every service, operation and option`,
          '[JMESPath](https://jmespath.org/) for `--query`',
          'The aws-chatops README and its docs/ folder: setup, configuration and operations',
        ],
      },
    ],
  },
} satisfies Record<string, HelpPageContent>;
