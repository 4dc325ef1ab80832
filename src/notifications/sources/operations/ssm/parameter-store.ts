import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const PARAMETER_CHANGE = 'Parameter Store Change';

const OPERATION_PHRASES: Record<string, string> = {
  CREATE: 'created',
  UPDATE: 'updated',
  DELETE: 'deleted',
  LABEL_PARAMETER_VERSION: 'labelled',
};

/**
 * Parameter Store: a parameter was created, updated, labelled or deleted. The event carries the
 * parameter's name, type and description — never its value, and this card shows none.
 * Facts: name, type, operation, operationPhrase, description, deleted, secure.
 */
export const ssmParameterStore: SourceDefinition = {
  id: 'ssm-parameter-store',
  matches: [{ source: 'aws.ssm', detailType: PARAMETER_CHANGE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const parameterArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('parameter/'));
    const name = text(getStr(d, 'name')) ?? parameterName(parameterArn);
    const operation = text(getStr(d, 'operation'));
    const token = statusToken(operation);
    const deleted = token === 'DELETE';
    const type = text(getStr(d, 'type'));
    const facts = {
      name,
      type,
      operation,
      operationPhrase: (token && OPERATION_PHRASES[token]) ?? (operation ? `changed (${operation})` : 'changed'),
      description: text(getStr(d, 'description')),
      deleted,
      secure: type === 'SecureString',
    };
    const arn = parameterArn ?? (name && loc.region && loc.account ? `arn:aws:ssm:${loc.region}:${loc.account}:parameter/${name.replace(/^\//, '')}` : undefined);
    return {
      service: SSM,
      // A deleted parameter can break whatever reads it; everything else is routine.
      severity: deleted ? 'medium' : 'info',
      title: `Parameter ${name ?? ''} ${facts.operationPhrase}`.replace(/\s+/g, ' '),
      ...loc,
      resources: arn ? [{ id: arn, type: 'SSM parameter' }] : [],
      links: [
        name && !deleted
          ? { label: 'Open parameter', url: consoleUrl(loc.region, `systems-manager/parameters/${name.replace(/^\//, '').split('/').map(seg).join('/')}/description`) }
          : { label: 'Open Parameter Store', url: consoleUrl(loc.region, 'systems-manager/parameters') },
      ],
      fields: fields(['Operation', operation], ['Type', type], ['Name', name, false]),
      sections: envelopeSections(event),
      threadKey: arn ?? (name ? `aws.ssm:parameter/${name}` : undefined),
      variables: variables({ ParameterName: name, ParameterArn: arn, ParameterType: type, Operation: operation }),
      facts,
    };
  },
};

function parameterName(arn: string | undefined): string | undefined {
  const resource = parseArn(arn)?.resource;
  if (!resource) return undefined;
  const name = resource.slice('parameter'.length);
  // "parameter/MyName" → "MyName"; "parameter/prod/db" → "/prod/db" (hierarchical names keep their slash).
  return name.split('/').filter(Boolean).length > 1 ? name : name.replace(/^\//, '') || undefined;
}
