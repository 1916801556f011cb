from __future__ import print_function
import gc, sys
print(gc.get_threshold(), gc.isenabled())
gc.collect()
stats0 = [s['collections'] for s in gc.get_stats()] if hasattr(gc, 'get_stats') else None
class X(object):
    pass
for i in range(3):
    x = X(); x.me = x; del x
print('collect', gc.collect())
if stats0 is not None:
    stats1 = [s['collections'] for s in gc.get_stats()]
    print('delta', [b - a for a, b in zip(stats0, stats1)])
if hasattr(gc, 'freeze'):
    before = gc.get_freeze_count()
    keep = [X() for _ in range(5)]
    gc.freeze()
    print('frozen grew', gc.get_freeze_count() - before >= 5)
    gc.unfreeze()
    print('unfrozen', gc.get_freeze_count())
log = []
def cb(phase, info):
    log.append((phase, info['generation']))
if hasattr(gc, 'callbacks'):
    gc.callbacks.append(cb)
    gc.collect(1)
    gc.callbacks.remove(cb)
    print(log)
gc.set_debug(gc.DEBUG_SAVEALL)
y = [1]; y.append(y); del y
print('saveall', gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
del gc.garbage[:]
print(gc.get_count()[1:], len(gc.garbage))
