"""Records what real CPython prints for each program of collect/ (per version: stdout, and the
`gc: done, ...` lines DEBUG_STATS writes to stderr, without the elapsed time), as the expected values of
gc/collect.test.ts. Run it with any Python 3; it runs every program in a fresh
interpreter of each version (the programs depend on the collector's start state):

    python3 record-collect.py > collect.cpython.json
"""
import json, os, re, subprocess

here = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {'2.7': '2.7.18', '3.10': '3.10.13', '3.12': '3.12.1', '3.13': '3.13.0'}
shim = os.path.expanduser('~/.pyenv/shims/python')
out = {}
for name in sorted(os.listdir(os.path.join(here, 'collect'))):
    if not name.endswith('.py'):
        continue
    path = os.path.join(here, 'collect', name)
    out[name[:-3]] = {}
    for profile, version in VERSIONS.items():
        env = dict(os.environ, PYENV_VERSION=version)
        r = subprocess.run([shim, path], env=env, capture_output=True, text=True, check=True)
        done = [re.sub(r',? ?[0-9.]+s elapsed\.?$', '', l) for l in r.stderr.splitlines() if l.startswith('gc: done')]
        out[name[:-3]][profile] = {'stdout': r.stdout, 'gcDone': done}
print(json.dumps(out, indent=1, sort_keys=True))
