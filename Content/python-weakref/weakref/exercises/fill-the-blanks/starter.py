# Replace each blank (three underscores) so that the sensor, kept alive only
# by a cycle, is collected and the weak reference reports it.
import gc
import weakref

gc.disable()          # only our own gc.collect() call may collect


class Sensor:
    def __init__(self, name):
        self.name = name


def gone(dead_ref):
    print("sensor collected")


sensor = Sensor("thermo")
sensor.me = sensor    # a cycle: the sensor refers to itself
watch = weakref.___(sensor, gone)

print("alive:", watch() is not ___)
del ___
gc.___()
print("alive:", watch() is not None)
