from __future__ import print_function
import gc

# After each automatic collection, count how many cycles were made since. On 3.12+ the collection a
# list allocation schedules runs at the next eval-breaker check; a specialised l.append(l) does not
# check, so it runs on the loop's backward jump, after make_cycle has returned. (3.12/3.13 only: 2.7
# and 3.10 collect inside the allocation.)
keep = [[] for i in range(100)]
def make_cycle():
    l = []
    l.append(l)
gc.collect()
counts = [None] * 40
for n in range(40):
    for i in range(100):
        make_cycle()
    counts[n] = gc.get_count()
print(counts)
print(gc.collect())
