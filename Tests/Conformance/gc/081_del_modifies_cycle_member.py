# checks a __del__ that rebinds attributes of fellow garbage during collection (bpo-21435 shape)
import gc
gc.disable()
class A:
    def __del__(self):
        print("A.__del__, attr is", type(self.attr).__name__)
class B:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print("B.__del__ drops its attr")
        self.attr = None
def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a
do_work()
print("collecting")
gc.collect()
print("end")
