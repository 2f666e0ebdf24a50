# checks gc.collect() from __del__ while a long chain is dying (deaths queued past the nesting limit)
import gc
gc.disable()
class Link:
    def __init__(self, nxt):
        self.nxt = nxt
class Trigger(Link):
    def __init__(self, nxt, name):
        self.nxt = nxt
        self.name = name
    def __del__(self):
        print("del", self.name, "collected something:", gc.collect() > 0)
chain = None
for i in range(400):
    if i % 100 == 50:
        chain = Trigger(chain, "t%d" % i)
    else:
        chain = Link(chain)
junk = Link(None)
junk.me = junk
del junk
chain = None
class Probe:
    def __init__(self, k):
        self.k = k
xs = [Probe(k) for k in range(3000)]
print(all(x.k == k for k, x in enumerate(xs)), len(set(map(id, xs))))
print("done")
