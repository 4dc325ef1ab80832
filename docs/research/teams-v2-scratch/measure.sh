#!/bin/sh
ip link set lo up
cd /tmp/teams-research/pg
T0=$(date +%s%N)
(TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE=/tmp/teams-research/pg/m.log exec ../node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry -p 56150 > /dev/null 2>&1) &
PG=$!
until curl -sf http://127.0.0.1:56150/_debug/ping >/dev/null; do sleep 0.1; done
echo "playground /_debug/ping ready after $(( ($(date +%s%N) - T0) / 1000000 )) ms"
kill $PG
