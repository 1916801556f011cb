"""Records the 'line' events CPython's sys.settrace reports for each program of programs.json (frames
of the program only), as the expected line order for trace/recorder.test.ts.

    python record-lines.py > lines.<version>.json
"""
import json, sys, io, os

here = os.path.dirname(os.path.abspath(__file__))
programs = json.load(open(os.path.join(here, 'programs.json')))
out = {}
for name, src in sorted(programs.items()):
    code = compile(src, '<program>', 'exec')
    lines = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != '<program>':
            return None
        if event == 'line':
            lines.append(frame.f_lineno)
        return tracer

    saved = sys.stdout
    sys.stdout = io.StringIO() if sys.version_info[0] >= 3 else io.BytesIO()
    sys.settrace(tracer)
    try:
        exec(code, {'__name__': '__main__'})
    finally:
        sys.settrace(None)
        sys.stdout = saved
    out[name] = lines
print(json.dumps(out, indent=1, sort_keys=True))
