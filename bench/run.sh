#!/usr/bin/env bash
# Benchmarks Gestión Abierta on this machine: fills a database with the volume of a city after
# several years (and a tenth of it), starts the application on it with the run command, and measures
# public pages with wrk, question submission and the live fan-out. Results go to bench/results/.
#
# Usage: bench/run.sh [scale ...]           (default: 1 0.1)
# Settings: BENCH_SECONDS (10), BENCH_CONNECTIONS ("1 16 64 256"), BENCH_FANOUT (2000),
#           BENCH_PAGES (empty for all; else names to measure, such as "search signed_in_search session_while_asking
#           submit submit_cost fanout";
#           the static ceiling is always measured and the results go to scale-<s>-partial.tsv)
# Needs: a JDK 17+, Maven, wrk and curl (apt-get install -y wrk curl). Ports 8080, 9990, 3307, 2525.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(1 0.1)
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-"1 16 64 256"}
FANOUT=${BENCH_FANOUT:-2000}
ONLY=${BENCH_PAGES:-}
# Returns whether a measurement is wanted: all of them unless BENCH_PAGES names some.
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
DEMO_PASSWORD=Bench-Demo-2026
CITIZEN_PASSWORD=Bench-Citizen-2026
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS" "$ROOT/bench/target/classes" "$ROOT/bench/target/static"

for tool in wrk curl java mvn; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk curl)" >&2; exit 1; }
done

echo "== Building the application and the benchmark programs"
mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=bench/target/classpath.txt \
    -Dmdep.includeScope=test
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat bench/target/classpath.txt)"
javac -d bench/target/classes -cp "$CP" bench/src/*.java
CP="$ROOT/bench/target/classes:$CP"

server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -TERM -- "-$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap stop_server EXIT

# Prints "requests/s<TAB>p50 ms<TAB>p99 ms<TAB>errors" for one wrk run.
measure() {
    local url=$1 connections=$2 threads=2
    shift 2
    [ "$connections" -lt 2 ] && threads=1
    wrk -t"$threads" -c"$connections" -d"${SECONDS_EACH}s" --timeout 10s --latency "$@" "$url" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 } /Non-2xx/ { errors += $NF } /Socket errors/ { errors += 1 }
        END { printf "%.1f\t%.2f\t%.2f\t%d\n", rps, p50, p99, errors }'
}

for scale in "${SCALES[@]}"; do
    data="$ROOT/bench/data/scale-$scale"
    out="$RESULTS/scale-$scale${ONLY:+-partial}.tsv"
    mkdir -p "$data"
    echo "== Scale $scale: starting the application on $data"
    GA_DATA_DIR="$data" GA_DEMO_PASSWORD="$DEMO_PASSWORD" setsid mvn -q -Prun > "$RESULTS/server-$scale.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null http://localhost:8080/ && break
        sleep 2
    done
    curl -sf -o /dev/null http://localhost:8080/ || { echo "bench: the application did not start" >&2; exit 1; }

    echo "== Scale $scale: filling the database"
    java -cp "$CP" VolumeData jdbc:mariadb://127.0.0.1:3307/gestionabierta gestionabierta "$(cat "$data/db-password")" \
        "$scale" "$CITIZEN_PASSWORD" | tee "$RESULTS/volume-$scale.txt"
    live=$(curl -s "http://localhost:8080/sessions.xhtml?status=LIVE" | grep -o 'session.xhtml?id=[0-9]*' | head -1 | cut -d= -f2)

    # The ceiling: the home page's own bytes served as a static file by the same WildFly.
    curl -s http://localhost:8080/ > bench/target/static/home.html
    "$ROOT/target/wildfly-39.0.1.Final/bin/jboss-cli.sh" --connect --commands="\
if (outcome != success) of /subsystem=undertow/configuration=handler/file=bench-static:read-resource,\
/subsystem=undertow/configuration=handler/file=bench-static:add(path=$ROOT/bench/target/static),\
/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:add(handler=bench-static),\
end-if" > /dev/null

    # Warm-up: one pass at 16 connections over every page.
    for path in / "session.xhtml?id=$live" "commitments.xhtml"; do
        wrk -t2 -c16 -d5s "http://localhost:8080/$path" > /dev/null
    done

    printf "page\tconnections\trequests_per_s\tp50_ms\tp99_ms\terrors\n" > "$out"
    declare -A pages=(
        [static]="bench-static/home.html"
        [home]=""
        [live_page]="live.xhtml?id=$live"
        [live_refresh]="live.xhtml?id=$live&refresh=1"
        [session_2000_questions]="session.xhtml?id=$live"
        [commitments_html]="commitments.xhtml"
        [commitments_atom]="feeds/commitments.atom"
        [commitments_json]="feeds/commitments.json"
        [search]="search.xhtml?q=alcantarillado"
    )
    for page in static home live_page live_refresh session_2000_questions commitments_html commitments_atom commitments_json search; do
        [ "$page" = static ] || wanted "$page" || continue
        for c in $CONNECTIONS; do
            printf "%s\t%s\t%s\n" "$page" "$c" "$(measure "http://localhost:8080/${pages[$page]}" "$c")" | tee -a "$out"
        done
    done
    # The same pages for a signed-in citizen: the stored page with the citizen's own parts filled in.
    cookie=$(java -cp "$CP" SignIn volumen-0@gestionabierta.invalid "$CITIZEN_PASSWORD")
    # Their own warm-up: filling in a reader's parts runs code the anonymous copies never reach, and the
    # JIT compiles it only after tens of seconds of load (a cold run served half the requests).
    if wanted signed_in_home || wanted signed_in_session_2000_questions || wanted signed_in_commitments_html \
        || wanted signed_in_search; then
        wrk -t2 -c16 -d30s -H "Cookie: $cookie" "http://localhost:8080/${pages[session_2000_questions]}" > /dev/null
        for page in home commitments_html search; do
            wrk -t2 -c16 -d5s -H "Cookie: $cookie" "http://localhost:8080/${pages[$page]}" > /dev/null
        done
    fi
    for page in home session_2000_questions commitments_html search; do
        wanted "signed_in_$page" || continue
        for c in $CONNECTIONS; do
            printf "%s\t%s\t%s\n" "signed_in_$page" "$c" \
                "$(measure "http://localhost:8080/${pages[$page]}" "$c" -H "Cookie: $cookie")" | tee -a "$out"
        done
    done
    if wanted session_while_asking; then
        # The live session's page for anonymous readers while citizens ask at 16 connections in the
        # background. The questions await moderation, so the stored page stays valid meanwhile. These
        # citizens start a quarter of the way along the generated ones, apart from the submission runs'.
        citizens=$(awk -v s="$scale" 'BEGIN { printf "%d", s * 50000 }')
        java -Dbench.firstCitizen=$(( ($(date +%s) + citizens / 4) % citizens )) -cp "$CP" SubmitLoad "$live" \
            "$CITIZEN_PASSWORD" "$citizens" $((SECONDS_EACH + 4)) 16 > "$RESULTS/asking-$scale.txt" 2>&1 &
        asking=$!
        until grep -qs measuring "$RESULTS/asking-$scale.txt" || ! kill -0 "$asking" 2>/dev/null; do sleep 0.5; done
        sleep 2
        printf "%s\t%s\t%s\n" session_2000_questions_while_asking 64 \
            "$(measure "http://localhost:8080/${pages[session_2000_questions]}" 64)" | tee -a "$out"
        wait "$asking"
    fi
    if wanted submit; then
        citizens=$(awk -v s="$scale" 'BEGIN { printf "%d", s * 50000 }')
        java -cp "$CP" SubmitLoad "$live" "$CITIZEN_PASSWORD" "$citizens" "$SECONDS_EACH" $CONNECTIONS | tee -a "$out"
    fi
    if wanted submit_cost; then
        # What one submission costs WildFly and MariaDB in processor time, one request at a time, and how
        # many transactions per second the shared content version row lets MariaDB commit.
        citizens=$(awk -v s="$scale" 'BEGIN { printf "%d", s * 50000 }')
        first=$(( ($(date +%s) + citizens / 2) % (citizens - 100) ))
        {
            java -cp "$CP" SubmitCost "$live" "$CITIZEN_PASSWORD" "$first" 6 \
                "$(pgrep -f 'jboss-modules.jar.*jboss.http.port=8080')" "$(pgrep -f 'mariadbd.*--port=3307')"
            java -cp "$CP" VersionLoad jdbc:mariadb://127.0.0.1:3307/gestionabierta gestionabierta \
                "$(cat "$data/db-password")" "$SECONDS_EACH" 64
        } | tee "$RESULTS/submit-cost-$scale.txt"
    fi
    if wanted fanout; then
        java -cp "$CP" FanOut "$live" "$DEMO_PASSWORD" "$FANOUT" 5 | tee "$RESULTS/fanout-$scale.txt"
    fi
    stop_server
    # The table for docs/benchmarks.md: each page's throughput as a share of the static file's at the
    # same number of connections, with the absolute figures beside it.
    awk -F'\t' 'NR > 1 && $1 == "static" { ceiling[$2] = $3 }
        NR > 1 { rows[NR] = $0 }
        END {
            print "| page | connections | requests/s | share of static | p50 ms | p99 ms | errors |"
            print "|---|---|---|---|---|---|---|"
            for (i = 2; i <= NR; i++) {
                split(rows[i], f, "\t")
                share = (f[2] in ceiling && ceiling[f[2]] > 0) ? sprintf("%.0f %%", 100 * f[3] / ceiling[f[2]]) : "—"
                printf "| %s | %s | %s | %s | %s | %s | %s |\n", f[1], f[2], f[3], share, f[4], f[5], f[6]
            }
        }' "$out" > "$RESULTS/summary-$scale${ONLY:+-partial}.md"
done
echo "== Results in $RESULTS"
