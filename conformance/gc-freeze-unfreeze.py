# profiles: 3.10 3.12 3.13
import gc
gc.collect()
base = gc.get_freeze_count()
print('at start:', base)
class Node:
    pass
keep = [Node() for i in range(5)]
gc.freeze()
print('count after freeze:', gc.get_count())
cyc = Node()
cyc.me = cyc
gc.unfreeze()
print('after unfreeze:', gc.get_freeze_count())
print('young collections:', gc.collect(0), gc.collect(1), gc.get_freeze_count())
del cyc
print('full collection:', gc.collect(), gc.get_freeze_count() == base)
gc.freeze()
x = Node()
x.me = x
del x
print('new cycle after freeze:', gc.collect())
frozen_cycle = Node()
frozen_cycle.me = frozen_cycle
gc.freeze()
del frozen_cycle
print('frozen cycle:', gc.collect())
gc.unfreeze()
gc.unfreeze()
print('unfrozen twice:', gc.get_freeze_count())
print('collected now:', gc.collect(), gc.get_freeze_count() == base)
