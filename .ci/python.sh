# Sourced by .ci/run: makes sure python3 and its venv module are there (Debian's python3-venv), so
# the SQLAlchemy differential harness builds its own environment under target/ and runs instead of
# skipping.

if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3 python3-venv
fi
echo "$(python3 --version) for the SQLAlchemy differential harness"
