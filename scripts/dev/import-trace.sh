#!/usr/bin/env bash
# Developer tool (needs gdb and pyenv's debug-info CPythons; not used by the tests): logs every GC-type
# allocation/deallocation CPython performs from the main module's first statement to the definition of a
# function named END_FUNC (default _end_), with import markers and the state (gen0, free lists) at each
# import; see scripts/dev/import-trace.py for the format. Used to record gc/import-allocations.data.ts.
#   END_FUNC=make_cycle scripts/dev/import-trace.sh 3.12 bench/make-cycles.py > trace.txt
set -euo pipefail
profile=$1; prog=$2
declare -A V=([2.7]=2.7.18 [3.10]=3.10.13 [3.12]=3.12.1 [3.13]=3.13.0)
py=~/.pyenv/versions/${V[$profile]}/bin/python
entry=pyrun_file; [ "$profile" = 2.7 ] && entry=PyRun_FileExFlags
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
TRACE_PROFILE=$profile TRACE_OUT=$out PYTHONHASHSEED=0 timeout 600 gdb -q -batch \
  -ex 'set pagination off' -ex 'set confirm off' -ex 'set breakpoint pending on' \
  -ex "break $entry" -ex run -ex "delete" -ex "source $here/import-trace.py" -ex continue --args "$py" "$prog" >/dev/null 2>&1 || true
cat "$out"
