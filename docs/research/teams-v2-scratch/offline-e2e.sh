#!/bin/sh
# Runs bot + playground + headless chromium in a private network namespace (loopback only)
set -e
ip link set lo up
cd /tmp/teams-research
DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true ACTIVITY_LOG=/tmp/teams-research/offline-activities.jsonl node dist/bot.js > offline-bot.log 2>&1 &
BOT=$!
cd pg
TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE=/tmp/teams-research/pg/offline-pg.log strace -f -qq -e trace=connect -o /tmp/teams-research/pg/strace.txt ../node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry -p 56150 > offline-stdout.log 2>&1 &
PG=$!
cd ..
T0=$(date +%s%N)
until curl -sf http://127.0.0.1:56150/_debug/ping >/dev/null; do sleep 0.2; done
echo "playground ready after $(( ($(date +%s%N) - T0) / 1000000 )) ms"
node drive4.mjs && node drive5.mjs
kill $PG $BOT
