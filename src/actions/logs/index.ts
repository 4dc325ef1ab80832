/** "Show logs" / "Show error logs" for CloudWatch alarm notifications: plan, run, card. */
export { hasLogs, isLogGroupName, logGroupsFor, MAX_LOG_GROUPS, type AlarmLogGroups, type ConfiguredLogGroups, type LogGroupLookup } from './log-groups.js';
export { DEFAULT_LOOKBACK_SECONDS, parseAlarmTime, queryWindow, windowText, type QueryWindow } from './query-window.js';
export { LOG_LINES_LIMIT, logsQuery } from './logs-query.js';
export { consoleLink, jsurlText } from './console-link.js';
export { commandWord, copyCommand, resultsCommand } from './copy-command.js';
export { alarmRegion, planLine, planLogsQuery, type LogsQueryPlan, type PlanOptions } from './plan-logs-query.js';
export { logGroupOfArn, lookupActions, lookupText, MAX_API_PAGES, MAX_TASK_DEFINITIONS, resolveLookups, type LookupCall, type LookupResult, type LookupService } from './resolve-lookups.js';
export { APIGATEWAY_CLIENT, awsLookupCall, ECS_CLIENT, LOOKUP_TIME_LIMIT_MS, planWithLookups, type LookupDeps } from './plan-with-lookups.js';
export { LOGS_CLIENT, logLines, POLL_INTERVAL_MS, QUERY_TIME_LIMIT_MS, runLogsQuery, type LogLine, type LogsQueryResult, type RunLogsQueryDeps } from './run-logs-query.js';
export { logsCard } from './logs-card.js';
