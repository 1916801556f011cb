#!/usr/bin/env bash
# Developer tool: for each program, compare the state at the first statement (generation-0 count and
# free-list lengths) between CPython (scripts/dev/compile-state.sh, gdb) and the simulator
# (PYMEM_STARTUP_STATE). Prints one line per program that differs and a summary.
#   scripts/dev/compile-state-diff.sh 3.12 conformance/*.py
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
profile=$1; shift
same=0; differ=0
for prog in "$@"; do
  real=$("$here/compile-state.sh" "$profile" "$prog" | tr '\n' ' ')
  sim=$(cd "$(dirname "$prog")" && PYMEM_STARTUP_STATE=1 timeout 60 node "$root/bin/pymem-lab.mjs" run "$(basename "$prog")" --profile "$profile" 2>&1 >/dev/null | grep -E '^(gen0|dict|list|set|tuple:[0-9]) ' | tr '\n' ' ')
  if [ "$real" = "$sim" ]; then same=$((same + 1)); else
    differ=$((differ + 1)); echo "$prog"; echo "  cpython $real"; echo "  sim     $sim"; fi
done
echo "$same same, $differ differ"
