#!/bin/sh
# usage: unshare -rn ./offline-run.sh script.mjs ...   (loopback-only network namespace)
ip link set lo up
cd /tmp/teams-research
DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true ACTIVITY_LOG=/tmp/teams-research/offline-activities.jsonl node dist/bot.js > offline-bot.log 2>&1 &
BOT=$!
(cd pg && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE=/tmp/teams-research/pg/offline-pg.log exec ../node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry -p 56150 > offline-stdout.log 2>&1) &
PG=$!
until curl -sf http://127.0.0.1:56150/_debug/ping >/dev/null; do sleep 0.2; done
for s in "$@"; do node "$s" || echo "FAILED $s"; done
kill $PG $BOT
