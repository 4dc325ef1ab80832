import assert from 'node:assert/strict';
import type { Card, CardAction, CardSection } from '../../src/core/card.js';
import { renderTeams } from '../../src/render/teams.js';
import { checkTeamsLimits } from '../../src/render/teams-limits.js';
import type { AdaptiveCard } from '../../src/render/types.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { alarmCard, commandResultCard, guardDutyCard, minimalCard } from './sample-cards.js';

type Node = Record<string, unknown>;

function render(sections: CardSection[], actions: CardAction[] = []): AdaptiveCard {
  const card: Card = { title: 'Test card', sections, actions };
  const result = renderTeams(card);
  assert.deepEqual(validateAdaptiveCard(result), []);
  return result;
}

/** The body after the header container. */
function body(sections: CardSection[], actions: CardAction[] = []): Node[] {
  return render(sections, actions).body.slice(1);
}

/** Every object in the card with the given `type`, depth first. */
function all(node: unknown, type: string): Node[] {
  const found: Node[] = [];
  const visit = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n !== null && typeof n === 'object') {
      const record = n as Node;
      if (record.type === type) found.push(record);
      Object.values(record).forEach(visit);
    }
  };
  visit(node);
  return found;
}

describe('Teams renderer', function () {
  it('emits an Adaptive Card 1.5 the adaptivecards parser accepts, at full width', function () {
    const card = renderTeams(minimalCard());
    assert.equal(card.version, '1.5');
    assert.deepEqual(card.msteams, { width: 'Full' });
    assert.deepEqual(validateAdaptiveCard(card), []);
  });

  describe('header', function () {
    it('colours the header by severity and names the severity in its colour', function () {
      const card = renderTeams({ title: 'CPU high', severity: 'critical', subtitle: 'Amazon CloudWatch', sections: [] });
      const header = card.body[0] as Node;
      assert.equal(header.style, 'attention');
      const [severity, title, subtitle] = header.items as Node[];
      assert.deepEqual([severity?.text, severity?.color], ['● CRITICAL', 'Attention']);
      assert.deepEqual([title?.text, title?.style], ['CPU high', 'heading']);
      assert.deepEqual([subtitle?.text, subtitle?.isSubtle], ['Amazon CloudWatch', true]);
    });

    it('maps each severity to a container style', function () {
      const style = (severity: Card['severity']) => (renderTeams({ title: 't', severity, sections: [] }).body[0] as Node).style;
      assert.deepEqual(
        (['critical', 'high', 'medium', 'low', 'info', 'success', 'neutral'] as const).map(style),
        ['attention', 'attention', 'warning', 'accent', 'accent', 'good', undefined],
      );
    });

    it('shows the icon beside the title when it has an https URL', function () {
      const card = renderTeams({ title: 't', icon: { url: 'https://example.com/i.png', alt: 'EC2' }, sections: [] });
      assert.deepEqual(
        all(card.body[0], 'Image').map((i) => [i.url, i.altText]),
        [['https://example.com/i.png', 'EC2']],
      );
    });
  });

  describe('sections', function () {
    it('shows a text section under its bold title, line breaks kept', function () {
      assert.deepEqual(body([{ type: 'text', title: 'What happened', text: 'Line one\nLine two' }]), [
        { type: 'TextBlock', text: 'What happened', wrap: true, weight: 'Bolder' },
        { type: 'TextBlock', text: 'Line one\n\nLine two', wrap: true },
      ]);
    });

    it('translates the neutral markdown into Adaptive Card markdown', function () {
      const text = '**Stopped** by _someone_; see [the docs](https://docs.aws.amazon.com/ec2/)\n- first\n- second';
      const [block] = body([{ type: 'text', text, format: 'markdown' }]);
      assert.equal(block?.text, '**Stopped** by _someone_; see [the docs](https://docs.aws.amazon.com/ec2/)\n\n- first\n- second');
    });

    it('sets short fields two to a row and gives long fields the full width', function () {
      const elements = body([
        {
          type: 'fields',
          fields: [
            { label: 'State', value: 'ALARM', short: true },
            { label: 'Region', value: 'us-east-1', short: true },
            { label: 'Account', value: '123456789012', short: true },
            { label: 'Reason', value: 'Threshold crossed' },
          ],
        },
      ]);
      assert.deepEqual(
        elements.map((e) => e.type),
        ['ColumnSet', 'ColumnSet', 'TextBlock', 'TextBlock'],
      );
      const firstRow = (elements[0]?.columns as Node[]).map((c) => (c.items as Node[]).map((i) => i.text));
      assert.deepEqual(firstRow, [
        ['State', 'ALARM'],
        ['Region', 'us-east-1'],
      ]);
      assert.deepEqual(
        elements.slice(2).map((e) => e.text),
        ['Reason', 'Threshold crossed'],
      );
    });

    it('links a field value that has an https URL', function () {
      const elements = body([{ type: 'fields', fields: [{ label: 'Console', value: 'Open (alarm)', url: 'https://console.aws.amazon.com/cloudwatch/home#alarm:name=a b' }] }]);
      assert.equal(elements[1]?.text, '[Open (alarm)](https://console.aws.amazon.com/cloudwatch/home#alarm:name=a%20b)');
    });

    it('shows code as monospace text outside markdown, keeping its indentation', function () {
      const [title, box] = body([{ type: 'code', title: 'Output', code: '{\n  "a": "*b*"\n}' }]);
      assert.equal(title?.text, 'Output');
      assert.equal(box?.style, 'emphasis');
      assert.deepEqual(all(box, 'TextRun'), [{ type: 'TextRun', text: '{\n\u00a0\u00a0"a": "*b*"\n}', fontType: 'Monospace' }]);
    });

    it('hides collapsed code in a container that a "Show event JSON" button toggles', function () {
      const [toggleSet, box] = body([{ type: 'code', title: 'Event JSON', code: '{}', collapsed: true }]);
      const [toggle] = toggleSet?.actions as Node[];
      assert.equal(toggle?.type, 'Action.ToggleVisibility');
      assert.equal(toggle?.title, 'Show event JSON');
      assert.deepEqual(toggle?.targetElements, [box?.id]);
      assert.equal(box?.isVisible, false);
    });

    it('shows an image only when its URL is http(s)', function () {
      const elements = body([
        { type: 'image', url: 'https://example.com/cpu.png', alt: 'CPU graph' },
        { type: 'image', url: 'javascript:alert(1)', alt: 'evil' },
      ]);
      assert.deepEqual(elements, [{ type: 'Image', url: 'https://example.com/cpu.png', altText: 'CPU graph' }]);
    });

    it('numbers an ordered list and bullets an unordered one', function () {
      const elements = body([
        { type: 'list', items: ['one', 'two'], ordered: true },
        { type: 'list', items: ['a', 'b'] },
      ]);
      assert.deepEqual(
        elements.map((e) => e.text),
        ['1. one\n2. two', '- a\n- b'],
      );
    });

    it('turns a divider into a separator above the next section', function () {
      const elements = body([
        { type: 'text', text: 'above' },
        { type: 'divider' },
        { type: 'text', text: 'below' },
      ]);
      assert.deepEqual(elements[1], { type: 'TextBlock', text: 'below', wrap: true, separator: true, spacing: 'Medium' });
    });
  });

  describe('actions', function () {
    it('turns a button into Action.Execute with the action id as verb and {actionId, value} as data', function () {
      const [set] = body([], [{ type: 'button', id: 'alarm.mute', label: 'Mute', value: 'btn_8f3a', style: 'primary' }]);
      assert.deepEqual(set, {
        type: 'ActionSet',
        actions: [{ type: 'Action.Execute', title: 'Mute', verb: 'alarm.mute', data: { actionId: 'alarm.mute', value: 'btn_8f3a' }, style: 'positive' }],
      });
    });

    it('asks for confirmation inline before running a confirmed button', function () {
      const [set] = body([], [{ type: 'button', id: 'ec2.stop', label: 'Stop', value: 'btn_1', style: 'danger', confirm: { title: 'Stop it?', text: 'It stops now.', confirm: 'Stop', deny: 'Keep' } }]);
      const [show] = set?.actions as Node[];
      assert.equal(show?.type, 'Action.ShowCard');
      assert.equal(show?.title, 'Stop');
      const inner = show?.card as Node;
      assert.deepEqual(
        (inner.body as Node[]).map((b) => b.text),
        ['Stop it?', 'It stops now.'],
      );
      assert.deepEqual(inner.actions, [{ type: 'Action.Execute', title: 'Stop', verb: 'ec2.stop', data: { actionId: 'ec2.stop', value: 'btn_1' }, style: 'destructive' }]);
    });

    it('turns a link into Action.OpenUrl and drops links that are not http(s)', function () {
      const [set] = body(
        [],
        [
          { type: 'link', label: 'Console', url: 'https://console.aws.amazon.com/' },
          { type: 'link', label: 'Evil', url: 'javascript:alert(1)' },
        ],
      );
      assert.deepEqual(set?.actions, [{ type: 'Action.OpenUrl', title: 'Console', url: 'https://console.aws.amazon.com/' }]);
    });

    it('puts at most five actions in a row', function () {
      const many = Array.from({ length: 7 }, (_, i): CardAction => ({ type: 'button', id: `b${i}`, label: `B${i}` }));
      assert.deepEqual(
        body([], many).map((set) => (set.actions as Node[]).length),
        [5, 2],
      );
    });

    it('turns a select into Input.ChoiceSet with the initial value', function () {
      const [choice] = body([], [{ type: 'select', id: 'size', label: 'Size', placeholder: 'Pick', options: [{ label: 'Small', value: 's' }, { label: 'Large', value: 'l', description: '4 vCPU' }], initial: 'l' }]);
      assert.deepEqual(choice, {
        type: 'Input.ChoiceSet',
        id: 'size',
        label: 'Size',
        choices: [
          { title: 'Small', value: 's' },
          { title: 'Large — 4 vCPU', value: 'l' },
        ],
        placeholder: 'Pick',
        value: 'l',
      });
    });

    it('turns an input into Input.Text, with an error message when it is required', function () {
      const [input] = body([], [{ type: 'input', id: 'reason', label: 'Reason', placeholder: 'Why?', initial: 'maintenance', multiline: true, required: true }]);
      assert.deepEqual(input, {
        type: 'Input.Text',
        id: 'reason',
        label: 'Reason',
        placeholder: 'Why?',
        value: 'maintenance',
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Reason is required.',
      });
    });

    it('checks an input with a pattern before Teams sends it, with the words for a wrong answer', function () {
      const [input] = body([], [{ type: 'input', id: 'instance', label: 'Instance id', required: true, validation: { pattern: 'i-[0-9a-f]{8,17}', message: 'An instance id looks like i-0abc12345678.' } }]);
      assert.deepEqual(input, {
        type: 'Input.Text',
        id: 'instance',
        label: 'Instance id',
        isRequired: true,
        regex: '^(?:i-[0-9a-f]{8,17})$',
        errorMessage: 'An instance id looks like i-0abc12345678.',
      });
      assert.deepEqual(validateAdaptiveCard(renderTeams({ title: 't', sections: [], actions: [{ type: 'input', id: 'instance', label: 'Instance id', validation: { pattern: 'i-[0-9a-f]+', message: 'm' } }] })), []);
    });

    it('keeps an input its id even when a collapsed code section comes first', function () {
      const result = render([{ type: 'code', code: '{}', collapsed: true }], [{ type: 'input', id: 'code-section', label: 'Code' }]);
      assert.deepEqual(all(result, 'Input.Text').map((i) => i.id), ['code-section']);
    });
  });

  it('shows the footer small and subtle, and carries the fallback text', function () {
    const card = renderTeams({ title: 'CPU high', severity: 'high', sections: [], footer: 'aws-chatops' });
    assert.deepEqual(card.body.at(-1), { type: 'TextBlock', text: 'aws-chatops', wrap: true, size: 'Small', isSubtle: true, separator: true });
    assert.equal(card.fallbackText, '[High] CPU high');
  });

  it('keeps every sample card valid and within the Teams limits', function () {
    for (const card of [alarmCard(), guardDutyCard(), commandResultCard(), minimalCard()]) {
      const rendered = renderTeams(card);
      assert.deepEqual(validateAdaptiveCard(rendered), [], card.title);
      assert.deepEqual(checkTeamsLimits(rendered), [], card.title);
    }
  });
});
