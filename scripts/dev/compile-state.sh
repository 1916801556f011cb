#!/usr/bin/env bash
# Developer tool (needs gdb and pyenv's debug-info CPythons; not used by the tests):
# prints the collector's generation-0 count and the free-list lengths CPython has when the module's code
# object starts running (PyEval_EvalCode, after compiling), i.e. the state gc/startup.ts must reproduce.
#   scripts/dev/compile-state.sh 3.12 prog.py
set -euo pipefail
profile=$1; prog=$2
declare -A V=([2.7]=2.7.18 [3.10]=3.10.13 [3.12]=3.12.1 [3.13]=3.13.0)
py=~/.pyenv/versions/${V[$profile]}/bin/python
case $profile in
  2.7) entry=PyRun_FileExFlags
       report='printf "gen0 %d\n", generations[0].count
printf "dict %d\nlist %d\nset %d\n", '"'"'dictobject.c'"'"'::numfree, '"'"'listobject.c'"'"'::numfree, '"'"'setobject.c'"'"'::numfree
printf "tuple:1 %d\ntuple:2 %d\ntuple:3 %d\ntuple:4 %d\n", '"'"'tupleobject.c'"'"'::numfree[1], '"'"'tupleobject.c'"'"'::numfree[2], '"'"'tupleobject.c'"'"'::numfree[3], '"'"'tupleobject.c'"'"'::numfree[4]' ;;
  3.10) entry=pyrun_file; I='_PyRuntime.interpreters.main'
       report="printf \"gen0 %d\\n\", $I->gc.generations[0].count
printf \"dict %d\\nlist %d\\n\", $I->dict_state.numfree, $I->list.numfree
printf \"tuple:1 %d\\ntuple:2 %d\\ntuple:3 %d\\ntuple:4 %d\\n\", $I->tuple.numfree[1], $I->tuple.numfree[2], $I->tuple.numfree[3], $I->tuple.numfree[4]" ;;
  3.12) entry=pyrun_file; I='_PyRuntime.interpreters.main'
       report="printf \"gen0 %d\\n\", $I->gc.generations[0].count
printf \"dict %d\\nlist %d\\n\", $I->dict_state.numfree, $I->list.numfree
printf \"tuple:1 %d\\ntuple:2 %d\\ntuple:3 %d\\ntuple:4 %d\\n\", $I->tuple.numfree[0], $I->tuple.numfree[1], $I->tuple.numfree[2], $I->tuple.numfree[3]" ;;
  3.13) entry=pyrun_file; I='_PyRuntime.interpreters.main'
       report="printf \"gen0 %d\\n\", $I->gc.generations[0].count
printf \"dict %d\\nlist %d\\n\", $I->object_state.freelists.dicts.numfree, $I->object_state.freelists.lists.numfree
printf \"tuple:1 %d\\ntuple:2 %d\\ntuple:3 %d\\ntuple:4 %d\\n\", $I->object_state.freelists.tuples.numfree[0], $I->object_state.freelists.tuples.numfree[1], $I->object_state.freelists.tuples.numfree[2], $I->object_state.freelists.tuples.numfree[3]" ;;
  *) echo "profile: 2.7, 3.10, 3.12 or 3.13" >&2; exit 2 ;;
esac
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<GDB
set pagination off
set confirm off
set breakpoint pending on
break $entry
run
break PyEval_EvalCode
continue
$report
kill
quit
GDB
PYTHONHASHSEED=0 timeout 120 gdb -q -batch -x "$script" --args "$py" "$prog" 2>/dev/null | grep -E '^(gen0|dict|list|set|tuple:[0-9]) '
