# checks finalize refuses objects that cannot be weakly referenced
import weakref
weakref.finalize(5, print, "x")
