#!/usr/bin/env bash
# Set up, then run accords on the bundled example corpus (examples/) into accords.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/accords run examples/ --db accords.db
