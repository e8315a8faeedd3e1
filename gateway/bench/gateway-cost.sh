#!/usr/bin/env bash
# The cost of the gateway: the same read and write requests sent to case-service directly
# and through the gateway, in one run, at a fixed rate and at the most the machine gives.
# Prints throughput and p50/p99 side by side, and what the gateway adds at p99.
#
# Needs a running local stack whose gateway has its rate limit raised, e.g.
#   KINBRIDGE_RATE_LIMIT_PER_SECOND=1000000 KINBRIDGE_RATE_LIMIT_BURST=1000000 \
#     java -jar infra/local-stack/target/kinbridge-local-stack.jar
# Every write opens a real case in that stack's data: use a throw-away data directory
# (KINBRIDGE_LOCAL_DATA_DIR=/tmp/bench-stack) rather than the one you demo with.
#
# Settings (environment): GATEWAY_URL (http://localhost:8080), CASE_URL
# (http://localhost:8081), KINBRIDGE_LOCAL_DATA_DIR (.kinbridge/local, for the token),
# BENCH_USER (officer.phutan), DURATION seconds per run (15), RATE requests/s of the
# fixed-rate runs (50), RATE_WORKERS (5), MAX_WORKERS of the maximum runs (8),
# CHUNK writes per child name (50).
set -euo pipefail

GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
CASE_URL=${CASE_URL:-http://localhost:8081}
DATA_DIR=${KINBRIDGE_LOCAL_DATA_DIR:-.kinbridge/local}
BENCH_USER=${BENCH_USER:-officer.phutan}
DURATION=${DURATION:-15}
RATE=${RATE:-50}
RATE_WORKERS=${RATE_WORKERS:-5}
MAX_WORKERS=${MAX_WORKERS:-8}
CHUNK=${CHUNK:-50}

# Arithmetic on decimals without bc: calc EXPRESSION prints it, is EXPRESSION succeeds when true.
calc() { awk "BEGIN { printf \"%.3f\", $* }"; }
is() { awk "BEGIN { exit !($*) }"; }

fail() {
	echo "gateway-cost: $*" >&2
	exit 2
}

if ! command -v hey >/dev/null 2>&1; then
	# hey (Debian package) keeps a fixed rate per worker (-q) and writes every request's
	# timing as CSV, which is what the side-by-side percentiles are computed from.
	echo "hey is not installed: installing the Debian package 'hey' with apt-get (needs root)."
	if [ "$(id -u)" -ne 0 ]; then
		fail "run 'sudo apt-get install hey' first"
	fi
	apt-get install -y -qq hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; } ||
		fail "could not install hey with apt-get"
fi
if (( RATE % RATE_WORKERS != 0 )); then
	fail "RATE ($RATE) must be a multiple of RATE_WORKERS ($RATE_WORKERS): hey's rate is per worker"
fi

TOKEN_FILE="$DATA_DIR/tokens/$BENCH_USER.jwt"
[ -r "$TOKEN_FILE" ] || fail "no token at $TOKEN_FILE: is the local stack running with KINBRIDGE_LOCAL_DATA_DIR=$DATA_DIR?"
TOKEN=$(cat "$TOKEN_FILE")
AUTH="Authorization: Bearer $TOKEN"

curl -fsS -o /dev/null "$GATEWAY_URL/actuator/health" || fail "the gateway at $GATEWAY_URL is not up"
curl -fsS -o /dev/null "$CASE_URL/actuator/health" || fail "case-service at $CASE_URL is not up"

LIMIT=$(curl -sS -o /dev/null -D - -H "$AUTH" "$GATEWAY_URL/api/cases" | tr -d '\r' |
	awk -F': ' 'tolower($1) == "x-ratelimit-limit" { print $2 }')
if [ -z "$LIMIT" ] || (( LIMIT < 1000000 )); then
	fail "the gateway's per-user burst is ${LIMIT:-unknown}: the benchmark would measure 429s. Restart the stack with
  KINBRIDGE_RATE_LIMIT_PER_SECOND=1000000 KINBRIDGE_RATE_LIMIT_BURST=1000000 java -jar infra/local-stack/target/kinbridge-local-stack.jar"
fi

CASE_ID=$(curl -fsS -H "$AUTH" "$CASE_URL/api/cases" | grep -o '"caseId":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$CASE_ID" ] || fail "$BENCH_USER sees no case: load the demo data (KINBRIDGE_DEMO_DATA=true)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUN_ID=$(date +%s)

# A report with a child name of its own: case-service looks for possible duplicates of every
# new case among the earlier ones with the same child name, so thousands of identical
# reports would measure that search rather than the request path. Each chunk of CHUNK
# writes gets a new name; direct and gateway runs use the same chunk size.
report_body() {
	cat <<JSON
{"channel": "HOTLINE_111", "receivedAt": "2026-11-29T08:30:00+07:00",
 "reporter": {"anonymous": true}, "communeCode": "30406",
 "summary": "Benchmark report, not a real child.",
 "children": [{"fullName": "Bench $RUN_ID $1", "sex": "FEMALE", "dateOfBirth": "2016-03-02",
               "concerns": ["NEGLECT_OR_ABANDONMENT"]}]}
JSON
}

mode_flags() {
	case $1 in
	fixed) echo "-c $RATE_WORKERS -q $((RATE / RATE_WORKERS))" ;;
	max) echo "-c $MAX_WORKERS" ;;
	esac
}

CHUNKS=0
# run BASE_URL OP MODE SECONDS -> "requests seconds p50_ms p99_ms failures"
run() {
	local base=$1 op=$2 mode=$3 seconds=$4 csv="$WORK/run.csv"
	: >"$csv"
	local start end
	start=$(date +%s.%N)
	if [ "$op" = read ]; then
		# shellcheck disable=SC2046
		hey -z "${seconds}s" $(mode_flags "$mode") -o csv -H "$AUTH" "$base/api/cases/$CASE_ID" | tail -n +2 >>"$csv"
	else
		local deadline
		deadline=$(calc "$start + $seconds")
		while is "$(date +%s.%N) < $deadline"; do
			CHUNKS=$((CHUNKS + 1))
			report_body "$CHUNKS" >"$WORK/body.json"
			# shellcheck disable=SC2046
			hey -n "$CHUNK" $(mode_flags "$mode") -o csv -m POST -T application/json -D "$WORK/body.json" \
				-H "$AUTH" "$base/api/cases/reports" | tail -n +2 >>"$csv"
		done
	fi
	end=$(date +%s.%N)
	# Columns: response-time (s), ..., status-code (7th).
	cut -d, -f1 "$csv" | sort -g >"$WORK/times"
	local n failures
	n=$(wc -l <"$WORK/times")
	failures=$(awk -F, '$7 !~ /^2/' "$csv" | wc -l)
	awk -v n="$n" -v secs="$(calc "$end - $start")" -v failures="$failures" '
		{ t[NR] = $1 }
		END {
			if (n == 0) { print 0, secs, 0, 0, failures; exit }
			i50 = int(n * 0.50 + 0.999999); i99 = int(n * 0.99 + 0.999999)
			printf "%d %.2f %.2f %.2f %d\n", n, secs, t[i50] * 1000, t[i99] * 1000, failures
		}' "$WORK/times"
}

echo "Gateway cost: case-service at $CASE_URL directly vs through $GATEWAY_URL"
echo "  read  = GET /api/cases/$CASE_ID    write = POST /api/cases/reports (as $BENCH_USER)"
echo "  fixed = $RATE req/s ($RATE_WORKERS workers), max = $MAX_WORKERS workers flat out, ${DURATION} s each"
echo "  machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Warming up (5 s per target and request, not counted)..."
for op in read write; do
	run "$CASE_URL" "$op" max 5 >/dev/null
	run "$GATEWAY_URL" "$op" max 5 >/dev/null
done

printf '%-12s | %23s | %23s | %9s | %8s\n' "" "direct (case-service)" "through the gateway" "" ""
printf '%-12s | %7s %7s %7s | %7s %7s %7s | %9s | %8s\n' request req/s p50ms p99ms req/s p50ms p99ms "p99 added" "gw/dir"
AIM_MET=yes
for op in read write; do
	for mode in fixed max; do
		read -r dn ds d50 d99 dfail <<<"$(run "$CASE_URL" "$op" "$mode" "$DURATION")"
		read -r gn gs g50 g99 gfail <<<"$(run "$GATEWAY_URL" "$op" "$mode" "$DURATION")"
		drps=$(awk "BEGIN { printf \"%.1f\", $dn / $ds }")
		grps=$(awk "BEGIN { printf \"%.1f\", $gn / $gs }")
		added=$(awk "BEGIN { printf \"%+.2f\", $g99 - $d99 }")
		ratio=$(awk "BEGIN { printf \"%.2f\", ($drps > 0) ? $grps / $drps : 0 }")
		printf '%-12s | %7s %7s %7s | %7s %7s %7s | %9s | %8s\n' "$op $mode" "$drps" "$d50" "$d99" "$grps" "$g50" "$g99" "$added" "$ratio"
		if (( dfail + gfail > 0 )); then
			echo "  ! $dfail direct and $gfail gateway requests did not answer 2xx"
		fi
		# The aim of issue 6: at the fixed rate at most 5 ms more at p99; flat out at least
		# half the direct throughput.
		if [ "$mode" = fixed ] && is "$added > 5"; then AIM_MET=no; fi
		if [ "$mode" = max ] && is "$ratio < 0.5"; then AIM_MET=no; fi
	done
done
echo
echo "Aim (fixed rate: p99 added <= 5 ms; max: gateway >= 0.5 x direct throughput): $AIM_MET"
