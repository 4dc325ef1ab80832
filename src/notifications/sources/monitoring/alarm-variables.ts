/**
 * The custom-action variables of a CloudWatch alarm notification: AlarmName, AlarmArn,
 * AlarmState, PreviousState, AlarmDescription, MetricName, Namespace, Threshold, Period,
 * EvaluationPeriods, StateChangeTime and ReasonStartDate (ISO-8601), each metric dimension
 * (InstanceId, FunctionName …), and LogGroup where the metric names one (a Lambda function's
 * `/aws/lambda/<FunctionName>`).
 */
import { allDimensions, type AlarmModel, type MetricQuery } from './alarm-model.js';

const VARIABLE_NAME = /^[A-Za-z0-9_-]{1,100}$/;

export function alarmVariables(a: AlarmModel, arn: string | undefined, watched: MetricQuery | undefined): Record<string, string> {
  const vars: Record<string, string> = { AlarmName: a.name };
  if (arn) vars.AlarmArn = arn;
  if (a.state) vars.AlarmState = a.state;
  if (a.previousState) vars.PreviousState = a.previousState;
  if (a.description?.trim()) vars.AlarmDescription = a.description;
  const metric = watched?.metricName ? watched : a.metrics.find((q) => q.metricName);
  if (metric?.metricName) vars.MetricName = metric.metricName;
  if (metric?.namespace) vars.Namespace = metric.namespace;
  if (a.threshold !== undefined) vars.Threshold = String(a.threshold);
  if (a.period !== undefined) vars.Period = String(a.period);
  if (a.evaluationPeriods !== undefined) vars.EvaluationPeriods = String(a.evaluationPeriods);
  const changed = isoTime(a.stateTime);
  if (changed) vars.StateChangeTime = changed;
  const start = isoTime(a.reasonStartDate);
  if (start) vars.ReasonStartDate = start;
  for (const d of allDimensions(a)) if (VARIABLE_NAME.test(d.name) && !(d.name in vars)) vars[d.name] = d.value;
  const logGroup = derivedLogGroup(a);
  if (logGroup && !('LogGroup' in vars)) vars.LogGroup = logGroup;
  return vars;
}

/** A Lambda function's log group, from an AWS/Lambda metric with a FunctionName dimension. */
export function derivedLogGroup(a: Pick<AlarmModel, 'metrics'>): string | undefined {
  for (const q of a.metrics) {
    if (q.namespace !== 'AWS/Lambda') continue;
    const fn = q.dimensions.find((d) => d.name === 'FunctionName')?.value;
    // A FunctionName dimension may carry an alias or version ("fn:prod"); the log group is the function's.
    if (fn) return `/aws/lambda/${fn.split(':')[0]}`;
  }
  return undefined;
}

/** "2019-10-02T17:04:40.985+0000" → "2019-10-02T17:04:40.985Z"; undefined when it is no time. */
function isoTime(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
