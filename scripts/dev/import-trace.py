# gdb Python helper for scripts/dev/import-trace.sh (developer tool, not used by the tests).
# Logs, from the main module's PyEval_EvalCode on, every allocation and deallocation of a GC-type object
# with its free-list kind, as the simulator's CompileOp ops (gc/import-allocations.ts):
#   +KIND   allocation (tuple:N via tuple_alloc, list via PyList_New, dict via new_dict, slice via
#           PySlice_New/_PyBuildSlice_ConsumeRefs; 'other' for any other _PyObject_GC_Link/_PyObject_GC_Alloc/
#           _PyObject_GC_Malloc), followed by ' fresh' when it did not come from a free list
#   -KIND   deallocation (tupledealloc/list_dealloc/dict_dealloc/slice_dealloc of the exact type, else
#           PyObject_GC_Del)
#   B       an eval-breaker check (3.12+: eval_breaker is forced on after every event, so the first check
#           after an event calls _Py_HandlePending)
#   C G     a collection of generation G starts; events during it are prefixed with '*'
#   I NAME  PyImport_ImportModuleLevelObject(NAME) entry, with the state; S at the end marker
# STATE_ONLY=1: only the I and S lines (the state at each import and at the end, no breakpoints that
# could change anything).
# The trace ends at the first PyFunction_New of a function named by $END_FUNC (default _end_).
import gdb, os

PROFILE = os.environ['TRACE_PROFILE']
END = os.environ.get('END_FUNC', '_end_')
OUT = open(os.environ['TRACE_OUT'], 'w')
I = '_PyRuntime.interpreters.main'
if PROFILE == '2.7':
    GEN0 = 'generations[0].count'
    COLLECTING = "'gcmodule.c'::collecting"
    LISTS = {'dict': "'dictobject.c'::numfree", 'list': "'listobject.c'::numfree", 'set': "'setobject.c'::numfree"}
    TUP = "'tupleobject.c'::numfree[%d]"
    TOFF = 0
elif PROFILE in ('3.10', '3.12'):
    GEN0 = I + '->gc.generations[0].count'
    COLLECTING = I + '->gc.collecting'
    LISTS = {'dict': I + '->dict_state.numfree', 'list': I + '->list.numfree'}
    TUP = I + '->tuple.numfree[%d]'
    TOFF = 0 if PROFILE == '3.10' else -1
else:
    GEN0 = I + '->gc.generations[0].count'
    COLLECTING = I + '->gc.collecting'
    F = I + '->object_state.freelists'
    LISTS = {'dict': F + '.dicts.numfree', 'list': F + '.lists.numfree'}
    TUP = F + '.tuples.numfree[%d]'
    TOFF = -1

def val(e):
    return int(gdb.parse_and_eval(e))

def state():
    parts = ['gen0 %d' % val(GEN0)] + ['%s %d' % (k, val(e)) for k, e in LISTS.items()]
    parts += ['tuple:%d %d' % (n, val(TUP % (n + TOFF))) for n in range(1, 7)]
    return ' '.join(parts)

active = False
pending = None
breaker_addr = None
collecting_addr = int(gdb.parse_and_eval('&' + COLLECTING))
FL = {}
for _k, _e in LISTS.items():
    FL[_k] = int(gdb.parse_and_eval('&' + _e))
tuple_base = int(gdb.parse_and_eval('&' + (TUP % 0)))
slice_addr = None if PROFILE == '2.7' else int(gdb.parse_and_eval('&' + (I + '->object_state.freelists.slices.slice_cache' if PROFILE == '3.13' else I + '->slice_cache')))
inf = gdb.selected_inferior()

def fl_len(kind):
    # Current length of kind's free list (None: no free list for it).
    if kind.startswith('tuple:'):
        n = int(kind[6:])
        if n > (19 if PROFILE in ('2.7', '3.10') else 20):
            return None
        return u64(tuple_base + 4 * (n + TOFF), 4)
    if kind == 'slice':
        return 1 if u64(slice_addr) != 0 else 0
    return u64(FL[kind], 4)

def emit(s):
    global pending
    if pending is not None:
        k, before = pending
        pending = None
        # A free list shorter than at the allocation's entry: the object came from it.
        emit_raw('+%s' % k if before is not None and fl_len(k) < before else '+%s fresh' % k)
        if s == 'G' and not (before is not None and fl_len(k) < before):
            return
    if s == 'G':
        emit_raw('+other fresh')
        return
    if s != '+':
        emit_raw(s)

def u64(addr, n=8):
    return int.from_bytes(bytes(inf.read_memory(addr, n)), 'little', signed=True)

def emit_raw(s):
    coll = u64(collecting_addr, 4)
    OUT.write(('*' if coll else '') + s + '\n')
    if breaker_addr is not None and not coll:
        inf.write_memory(breaker_addr, b'\x01')

TYPE_NAMES = {}

def tname(op):
    tp = u64(op + 8)
    if tp not in TYPE_NAMES:
        TYPE_NAMES[tp] = gdb.parse_and_eval('((PyTypeObject*)%d)->tp_name' % tp).string()
    return TYPE_NAMES[tp]

def size(op):
    return u64(op + 16)

def rdi():
    return int(gdb.selected_frame().read_register('rdi'))

class BP(gdb.Breakpoint):
    def __init__(self, spec, fn):
        super().__init__(spec, internal=True)
        self.fn = fn
    def stop(self):
        if active:
            return self.fn() is True
        return False

def arg(name):
    return int(gdb.parse_and_eval(name))

def on_alloc(kind):
    def f():
        global pending
        k = kind() if callable(kind) else kind
        if pending is not None:
            emit('+')
        pending = (k, fl_len(k))
    return f

FREE_EXACT = {'tuple': 'tupledealloc', 'list': 'list_dealloc', 'dict': 'dict_dealloc', 'slice': 'slice_dealloc', 'set': 'set_dealloc'}

def on_dealloc(tp):
    def f():
        op = rdi()
        if tname(op) != tp:
            return
        emit('-tuple:%d' % size(op) if tp == 'tuple' else '-' + tp)
    return f

def on_gc_del():
    op = rdi()
    n = tname(op)
    if n in FREE_EXACT and (n != 'set' or PROFILE == '2.7'):
        return
    emit('-other')

def on_import():
    name = gdb.parse_and_eval('name')
    s = gdb.parse_and_eval('(char*)((PyASCIIObject*)%d + 1)' % int(name)).string() if PROFILE != '2.7' else name.string()
    emit('I %s %s' % (s, state()))

def on_function():
    global active
    code = int(gdb.parse_and_eval('$rdi'))
    if PROFILE == '2.7':
        nm = gdb.parse_and_eval('(char*)((PyStringObject*)((PyCodeObject*)%d)->co_name)->ob_sval' % code).string()
    else:
        nm = gdb.parse_and_eval('(char*)((PyASCIIObject*)((PyCodeObject*)%d)->co_name + 1)' % code).string()
    if nm == END:
        emit('S %s' % state())
        OUT.flush()
        active = False
        return True

def on_breaker():
    OUT.write('B\n')

def on_collect():
    emit('C %d' % val('$rsi' if PROFILE != '2.7' else '$rdi'))

class Start(gdb.Breakpoint):
    def stop(self):
        global active, breaker_addr
        active = True
        if STATE_ONLY:
            pass
        elif PROFILE == '3.12':
            breaker_addr = int(gdb.parse_and_eval('&%s->ceval.eval_breaker._value' % I))
        elif PROFILE == '3.13':
            breaker_addr = int(gdb.parse_and_eval('&((PyThreadState*)%s->threads.head)->eval_breaker' % I))
        OUT.write('S %s\n' % state())
        self.enabled = False
        return False
# Sourced at pyrun_file / PyRun_FileExFlags (the script sets the breakpoints only then: start-up is long).

def tuple_kind():
    return 'tuple:%d' % rdi()

STATE_ONLY = os.environ.get('STATE_ONLY') == '1'
if STATE_ONLY:
    pass
elif PROFILE == '2.7':
    BP('PyTuple_New', on_alloc(tuple_kind))
    BP('PyList_New', on_alloc('list'))
    BP('PyDict_New', on_alloc('dict'))
    BP('make_new_set', on_alloc('set'))
    BP('_PyObject_GC_Malloc', lambda: emit('G'))
    BP('collect', on_collect)
    BP('set_dealloc', on_dealloc('set'))
else:
    BP('tuple_alloc', on_alloc(tuple_kind))
    BP('PyList_New', on_alloc('list'))
    BP('new_dict', on_alloc('dict'))
    BP('PySlice_New', on_alloc('slice'))
    BP('_PyBuildSlice_ConsumeRefs', on_alloc('slice'))
    BP('_PyObject_GC_Alloc' if PROFILE == '3.10' else '_PyObject_GC_Link', lambda: emit('G'))
    BP('gc_collect_main', on_collect)
    BP('slice_dealloc', on_dealloc('slice'))
    if PROFILE in ('3.12', '3.13'):
        BP('_Py_HandlePending', on_breaker)
if not STATE_ONLY:
    BP('tupledealloc', on_dealloc('tuple'))
    BP('list_dealloc', on_dealloc('list'))
    BP('dict_dealloc', on_dealloc('dict'))
    BP('PyObject_GC_Del', on_gc_del)
BP('PyImport_ImportModuleLevelObject', on_import)
BP('PyFunction_New', on_function)
BP('PyFunction_NewWithQualName', on_function)
Start('PyEval_EvalCode', internal=True)
