from __future__ import print_function
# Python 2.7 iterates dicts and sets in hash-table order, and does not randomise str hashes: this
# output is the same on every run. (3.7+ dicts keep insertion order; 3.x str sets vary per run, so
# the 3.x outputs here only show dicts.)
d = {"name": "x", "age": 3, "city": "y", (1, 2): "t", 3: "i", "": 0, "a_long_key_here": 1}
print(d)
print(sorted(d.items(), key=lambda kv: str(kv[0])))
inventory = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    inventory[word] = inventory.get(word, 0) + 1
print(inventory)
print(list(inventory.keys()))
print(list(inventory.values()))
for k, v in inventory.items():
    if v > 1:
        print(k, v)
del inventory["fox"]
inventory["cat"] = 9
print(inventory)
print({1.0: "f", 2: "i", (1, "a"): 3, u"uni": 1, "b": 2})
