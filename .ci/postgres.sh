# Sourced by .ci/run: installs PostgreSQL from Debian's packages if missing, starts it, creates the
# harness's role and database, and exports ORMLINT_TEST_PG_URL/_USER/_PASSWORD so the Criteria
# differential harness runs on PostgreSQL as well as on H2.

ORMLINT_PG_DB=ormlint_harness
ORMLINT_PG_USER=ormlint_harness
ORMLINT_PG_PASSWORD=ormlint_harness

ormlint_pg_as_postgres() {
    runuser -u postgres -- "$@"
}

# The client alone (psql) also fills /usr/lib/postgresql, so look for the server binary itself.
ormlint_pg_server_versions() {
    for server in /usr/lib/postgresql/*/bin/postgres; do
        if [ -x "$server" ]; then
            basename "$(dirname "$(dirname "$server")")"
        fi
    done | sort -n
}

if [ -z "$(ormlint_pg_server_versions)" ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi

if [ -z "$(pg_lsclusters -h)" ]; then
    pg_createcluster "$(ormlint_pg_server_versions | tail -1)" main
fi
read -r ORMLINT_PG_VERSION ORMLINT_PG_CLUSTER ORMLINT_PG_PORT ORMLINT_PG_STATUS _ <<< "$(pg_lsclusters -h | head -1)"
if [ "$ORMLINT_PG_STATUS" != "online" ]; then
    pg_ctlcluster "$ORMLINT_PG_VERSION" "$ORMLINT_PG_CLUSTER" start
fi

ormlint_pg_as_postgres psql -p "$ORMLINT_PG_PORT" -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ORMLINT_PG_USER') THEN
        CREATE ROLE $ORMLINT_PG_USER LOGIN PASSWORD '$ORMLINT_PG_PASSWORD';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $ORMLINT_PG_DB OWNER $ORMLINT_PG_USER'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$ORMLINT_PG_DB') \gexec
SQL

export ORMLINT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$ORMLINT_PG_PORT/$ORMLINT_PG_DB"
export ORMLINT_TEST_PG_USER="$ORMLINT_PG_USER"
export ORMLINT_TEST_PG_PASSWORD="$ORMLINT_PG_PASSWORD"
echo "PostgreSQL $ORMLINT_PG_VERSION on port $ORMLINT_PG_PORT for the Criteria differential harness"
