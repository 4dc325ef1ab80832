/**
 * The question the dialog asks for one missing option of a command: a select when the option
 * takes one of a few fixed values (an enum), a text input otherwise, with the option's
 * documentation as help.
 */
import type { Question } from '../ports/dialogs.js';
import { buildArgumentTable } from './parse/argument-table.js';
import type { CommandIndex } from './schema/command-index.js';
import { resolveShape } from './schema/command-index.js';

/** Slack's static_select holds 100 options; more are asked as text. */
const MAX_CHOICES = 100;

export interface OptionQuestion {
  question: Question;
  /** The option takes several words (a list): the answer is appended as typed, not quoted as one word. */
  takesList: boolean;
}

export function optionQuestion(index: Pick<CommandIndex, 'service' | 'docs'>, serviceCli: string, operationCli: string, option: string): OptionQuestion {
  const service = index.service(serviceCli);
  const operation = service.operations[operationCli];
  const argument = operation ? buildArgumentTable(service, operation).arguments.find((a) => a.option === option) : undefined;
  const doc = argument?.member ? index.docs(serviceCli).members[`${operationCli}.${argument.member}`] : undefined;
  const base = { id: option, label: option, ...(doc ? { help: doc.length > 300 ? `${doc.slice(0, 299)}…` : doc } : {}) };
  const shape = argument?.shape ? resolveShape(service, argument.shape) : undefined;
  const takesList = shape?.type === 'list';
  if (shape?.type === 'enum' && shape.values.length <= MAX_CHOICES) {
    return { question: { ...base, kind: 'select', options: shape.values.map((v) => ({ label: v, value: v })) }, takesList };
  }
  if (shape?.type === 'boolean') return { question: { ...base, kind: 'select', options: [{ label: 'true', value: 'true' }, { label: 'false', value: 'false' }] }, takesList };
  return { question: { ...base, kind: 'text', placeholder: takesList ? 'one or more values, separated by spaces' : 'value' }, takesList };
}
