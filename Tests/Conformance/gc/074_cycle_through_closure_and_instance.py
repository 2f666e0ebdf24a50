# checks a cycle instance -> closure -> instance
import gc
import weakref
gc.disable()
class Widget:
    def __del__(self):
        print("Widget.__del__")
w = Widget()
w.on_click = lambda: w
def bind(widget):
    widget.handler = lambda: widget
bind(w)
r = weakref.ref(w)
del w
print(r() is not None)
gc.collect()
print(r())
