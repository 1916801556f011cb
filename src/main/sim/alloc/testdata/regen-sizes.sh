#!/bin/sh
# Re-record sizes.P.json from the real interpreters (pyenv versions of the lab's four profiles).
# Usage: src/main/sim/alloc/testdata/regen-sizes.sh   (from the project root or anywhere)
set -e
here=$(cd "$(dirname "$0")" && pwd)
for pv in 2.7:2.7.18 3.10:3.10.13 3.12:3.12.1 3.13:3.13.0; do
  p=${pv%%:*}
  v=${pv#*:}
  PYENV_VERSION=$v "${PYENV_ROOT:-$HOME/.pyenv}/shims/python" "$here/probe-sizes.py" >"$here/sizes.$p.json.tmp"
  mv "$here/sizes.$p.json.tmp" "$here/sizes.$p.json"
  echo "recorded sizes.$p.json with $v"
done
# Keep the fixtures in the project's format (prettier --check runs over this folder).
(cd "$here/../../../../.." && npx prettier --write src/main/sim/alloc/testdata/*.json >/dev/null)
