/// The Python-level half of course's `weakref` module: the weak containers, `finalize`,
/// `WeakMethod` and `KeyedRef`, run by the core itself so that their objects, weak references
/// and callbacks live and die exactly as a Python-level implementation's would.
///
/// Behaviour (public names, reprs, messages, the order in which entries vanish, which objects
/// a pass over a container keeps alive) is CPython 3.11's; the code is our own. Layout:
/// - a container never changes shape while somebody walks it: deaths seen during a walk go to
///   the container's `_backlog` and are applied by `_settle()` when the last walk ends;
/// - a walk is a `_Walk` object standing in for CPython's generator methods: it registers on
///   its first step (as a generator body starts on the first `next`), holds the same objects a
///   generator frame would hold between steps, and ends on exhaustion or when it is dropped;
/// - the hot paths (a `WeakValueDictionary`'s store, fetch and death callback, a walk's step)
///   and the dead entry removal are native hooks installed by `loadWeakrefPrelude`
///   (`_store_value`, `_fetch_value`, `_value_died`, `_walk_step`, `_new_keyed_ref`,
///   `_remove_dead_weakref`): they do the same observable steps as the Python they replace,
///   in one call instead of a dozen.
enum WeakrefPrelude {
    static let source = #"""
import gc

_ABSENT = object()


class KeyedRef(ref):
    """A weak reference that also carries the key it is filed under."""
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        return _new_keyed_ref(cls, ob, callback, key)


# Walks ---------------------------------------------------------------------------------------
# A walk is created unstarted. Its first step flushes the backlog (value dictionaries only),
# counts itself in the container's `_walkers` and opens the underlying dict/set iterator. Each
# step keeps the last entry it looked at, as the loop variables of a generator frame do. When
# the iterator is exhausted, or the walk is dropped half-way, it closes the iterator, leaves
# the container (settling the backlog if it was the last walker) and lets go of what it held.
# An error raised by the underlying iterator ends the walk the same way before it propagates.
# The step itself is native (`_walk_step`, kinds numbered as `Runtime.WeakWalkKind`); what
# each kind keeps is listed by its `__init__` and `_forget`.

class _Walk:
    _label = "?"
    _settle_first = False

    def __init__(self, owner):
        self._owner = owner
        self._phase = 0
        self._source = None

    def __iter__(self):
        return self

    def __repr__(self):
        return "<generator object %s at %s>" % (self._label, hex(id(self)))

    def _begin(self):
        if self._phase:
            raise StopIteration
        owner = self._owner
        if self._settle_first and owner._backlog:
            owner._settle()
        owner._walkers += 1
        self._phase = 1
        self._source = self._open(owner)

    def _leave(self):
        self._source = None
        self._phase = 2
        self._owner._walk_done()
        self._owner = None
        self._forget()

    def __del__(self):
        if self._phase == 1:
            self._leave()


class _ValueKeysWalk(_Walk):
    _label = "WeakValueDictionary.keys"
    _settle_first = True

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.k = None
        self.wr = None

    def _open(self, owner):
        return iter(owner.data.items())

    def _forget(self):
        self.k = None
        self.wr = None

    def __next__(self):
        return _walk_step(self, 0)


class _ValueItemsWalk(_Walk):
    _label = "WeakValueDictionary.items"
    _settle_first = True

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.k = None
        self.wr = None
        self.v = None

    def _open(self, owner):
        return iter(owner.data.items())

    def _forget(self):
        self.k = None
        self.wr = None
        self.v = None

    def __next__(self):
        return _walk_step(self, 1)


class _ValuesWalk(_Walk):
    _label = "WeakValueDictionary.values"
    _settle_first = True

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.wr = None
        self.v = None

    def _open(self, owner):
        return iter(owner.data.values())

    def _forget(self):
        self.wr = None
        self.v = None

    def __next__(self):
        return _walk_step(self, 2)


class _ValueRefsWalk(_Walk):
    _label = "WeakValueDictionary.itervaluerefs"
    _settle_first = True

    def _open(self, owner):
        return iter(owner.data.values())

    def _forget(self):
        pass

    def __next__(self):
        return _walk_step(self, 3)


class _KeysWalk(_Walk):
    _label = "WeakKeyDictionary.keys"

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.wr = None
        self.k = None

    def _open(self, owner):
        return iter(owner.data)

    def _forget(self):
        self.wr = None
        self.k = None

    def __next__(self):
        return _walk_step(self, 4)


class _KeyItemsWalk(_Walk):
    _label = "WeakKeyDictionary.items"

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.wr = None
        self.v = None
        self.k = None

    def _open(self, owner):
        return iter(owner.data.items())

    def _forget(self):
        self.wr = None
        self.v = None
        self.k = None

    def __next__(self):
        return _walk_step(self, 5)


class _KeyValuesWalk(_Walk):
    _label = "WeakKeyDictionary.values"

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.wr = None
        self.v = None

    def _open(self, owner):
        return iter(owner.data.items())

    def _forget(self):
        self.wr = None
        self.v = None

    def __next__(self):
        return _walk_step(self, 6)


class _MembersWalk(_Walk):
    _label = "WeakSet.__iter__"

    def __init__(self, owner):
        _Walk.__init__(self, owner)
        self.wr = None
        self.item = None

    def _open(self, owner):
        return iter(owner.data)

    def _forget(self):
        self.wr = None
        self.item = None

    def __next__(self):
        return _walk_step(self, 7)


# Shared by the two dictionaries ---------------------------------------------------------------

class _WeakMapping:
    """What CPython's weak dictionaries get from `collections.abc.MutableMapping`, and the
    walk bookkeeping: `_walkers` counts the walks in progress, `_backlog` holds the deaths
    seen meanwhile, `_settle()` applies them. (WeakSet, which has no base class in CPython,
    keeps its own copy of `_walk_done`.)"""

    def _walk_done(self):
        self._walkers -= 1
        if not self._walkers:
            self._settle()

    def __reversed__(self):
        # CPython's mixin sets __reversed__ to None, which reversed() reports like this.
        raise TypeError("'%s' object is not reversible" % type(self).__name__)

    def __eq__(self, other):
        if isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def clear(self):
        # Entry by entry from the newest, as the mixin's popitem() loop goes.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, hex(id(self)))

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
            merged = self.__class__()
            merged.update(other)
            merged.update(self)
            return merged
        return NotImplemented


# WeakValueDictionary --------------------------------------------------------------------------
# `data` maps each key to a KeyedRef of its value. A value's death calls `remove` (a closure
# over a weak reference to the dictionary, so the dictionary is never kept alive by its
# entries), which drops the entry at once, or files its key in `_backlog` during a walk.

class WeakValueDictionary(_WeakMapping):

    def __init__(self, other=(), /, **kw):
        owner = ref(self)
        def remove(wr):
            _value_died(owner, wr)
        self._remove = remove
        self._backlog = []
        self._walkers = 0
        self.data = {}
        self.update(other, **kw)

    def _settle(self):
        backlog = self._backlog
        data = self.data
        while backlog:
            _remove_dead_weakref(data, backlog.pop())

    def __getitem__(self, key):
        o = _fetch_value(self, key, _ABSENT)
        if o is _ABSENT:
            raise KeyError(key)
        return o

    def get(self, key, default=None):
        return _fetch_value(self, key, default)

    def __contains__(self, key):
        return _fetch_value(self, key, None) is not None

    def __setitem__(self, key, value):
        _store_value(self, key, value, KeyedRef)

    def __delitem__(self, key):
        if self._backlog:
            self._settle()
        del self.data[key]

    def __len__(self):
        if self._backlog:
            self._settle()
        return len(self.data)

    def keys(self):
        return _ValueKeysWalk(self)

    __iter__ = keys

    def items(self):
        return _ValueItemsWalk(self)

    def values(self):
        return _ValuesWalk(self)

    def itervaluerefs(self):
        return _ValueRefsWalk(self)

    def valuerefs(self):
        if self._backlog:
            self._settle()
        return list(self.data.values())

    def copy(self):
        if self._backlog:
            self._settle()
        new = WeakValueDictionary()
        self._walkers += 1
        try:
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        finally:
            self._walk_done()
        return new

    __copy__ = copy

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is not None:
            return o
        if self._backlog:
            self._settle()
        self.data[key] = _new_keyed_ref(KeyedRef, default, self._remove, key)
        return default

    def pop(self, key, *args):
        if self._backlog:
            self._settle()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        if self._backlog:
            self._settle()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def update(self, other=None, /, **kwargs):
        if self._backlog:
            self._settle()
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                data[key] = _new_keyed_ref(KeyedRef, o, self._remove, key)
        for key, o in kwargs.items():
            data[key] = _new_keyed_ref(KeyedRef, o, self._remove, key)


# WeakKeyDictionary ----------------------------------------------------------------------------
# `data` maps a weak reference to each key onto its value. A dead reference never equals a live
# one, so stale entries never need flushing before a lookup; `_backlog` only matters to len(),
# which discounts it (after dropping refs already deleted by hand: `_len_stale`).

class WeakKeyDictionary(_WeakMapping):

    def __init__(self, dict=None):
        self.data = {}
        owner = ref(self)
        def remove(k):
            self = owner()
            if self is not None:
                if self._walkers:
                    self._backlog.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._backlog = []
        self._walkers = 0
        self._len_stale = False
        if dict is not None:
            self.update(dict)

    def _settle(self):
        backlog = self._backlog
        data = self.data
        while backlog:
            try:
                del data[backlog.pop()]
            except KeyError:
                pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._len_stale = True
        del self.data[ref(key)]

    def __len__(self):
        if self._len_stale and self._backlog:
            data = self.data
            self._backlog = [wr for wr in self._backlog if wr in data]
            self._len_stale = False
        return len(self.data) - len(self._backlog)

    def keys(self):
        return _KeysWalk(self)

    __iter__ = keys

    def items(self):
        return _KeyItemsWalk(self)

    def values(self):
        return _KeyValuesWalk(self)

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        self._walkers += 1
        try:
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        finally:
            self._walk_done()
        return new

    __copy__ = copy

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        self._len_stale = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._len_stale = True
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


# WeakSet --------------------------------------------------------------------------------------
# `data` is a set of weak references with `remove` as callback. Operations that take another
# iterable turn its items into weak references lazily (generator expressions), as CPython does,
# so a refused item stops the operation where it stands.

class WeakSet:
    __module__ = "_weakrefset"  # where CPython defines it, as its repr shows

    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)
        def _remove(item):
            self = owner()
            if self is not None:
                if self._walkers:
                    self._backlog.append(item)
                else:
                    self.data.discard(item)
        self._remove = _remove
        self._backlog = []
        self._walkers = 0
        if data is not None:
            self.update(data)

    def _settle(self):
        backlog = self._backlog
        data = self.data
        while backlog:
            data.discard(backlog.pop())

    def _walk_done(self):
        self._walkers -= 1
        if not self._walkers:
            self._settle()

    def __iter__(self):
        return _MembersWalk(self)

    def __len__(self):
        return len(self.data) - len(self._backlog)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._backlog:
            self._settle()
        self.data.add(ref(item, self._remove))

    def update(self, other):
        if self._backlog:
            self._settle()
        for element in other:
            self.add(element)

    def discard(self, item):
        if self._backlog:
            self._settle()
        self.data.discard(ref(item))

    def remove(self, item):
        if self._backlog:
            self._settle()
        self.data.remove(ref(item))

    def pop(self):
        if self._backlog:
            self._settle()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        if self._backlog:
            self._settle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._backlog:
            self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._backlog:
            self._settle()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._backlog:
            self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


# WeakMethod -----------------------------------------------------------------------------------
# A bound method dies as soon as the expression that made it ends, so the reference watches
# its two halves instead: the receiver (the referent proper) and the function. Whichever dies
# first marks the reference dead and runs the user's callback once.

class WeakMethod(ref):
    __slots__ = ("_fn_ref", "_bound_type", "_live", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            receiver = meth.__self__
            fn = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        def _cb(arg):
            # Reached through a weak reference to the WeakMethod: no cycle.
            self = self_wr()
            if self._live:
                self._live = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, receiver, _cb)
        self._fn_ref = ref(fn, _cb)
        self._bound_type = type(meth)
        self._live = True
        self_wr = ref(self)
        return self

    def __call__(self):
        receiver = ref.__call__(self)
        fn = self._fn_ref()
        if receiver is None or fn is None:
            return None
        return self._bound_type(fn, receiver)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live and other._live:
            return ref.__eq__(self, other) and self._fn_ref == other._fn_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._live and other._live:
            return ref.__ne__(self, other) or self._fn_ref != other._fn_ref
        return self is not other

    __hash__ = ref.__hash__


# finalize -------------------------------------------------------------------------------------
# A finalize object carries no state of its own (so it can never sit in a cycle): it is the key
# of its record in the class-wide `_registry` table and the callback of the weak reference to
# the watched object. (The lifetime tracer reads `_registry` and the slot order of
# `_FinalizerInfo`: keep both.) Calling it, detaching it or the object's death takes the record out.

class _FinalizerInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "serial")


# Bookkeeping shared by every finalizer (module globals rather than class attributes, so that
# creating a finalizer does not rewrite the class).
_finalizer_serial = 0
_finalizers_changed = False
_finalizers_closed = False


class finalize:
    __slots__ = ()
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        global _finalizer_serial, _finalizers_changed
        record = _FinalizerInfo()
        record.weakref = ref(obj, self)
        record.func = func
        record.args = args
        record.kwargs = kwargs or None
        record.atexit = True
        record.serial = _finalizer_serial
        _finalizer_serial += 1
        self._registry[self] = record
        _finalizers_changed = True

    def __call__(self, _=None):
        record = self._registry.pop(self, None)
        if record and not _finalizers_closed:
            return record.func(*record.args, **(record.kwargs or {}))

    def detach(self):
        record = self._registry.get(self)
        obj = record and record.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, record.func, record.args, record.kwargs or {})

    def peek(self):
        record = self._registry.get(self)
        obj = record and record.weakref()
        if obj is not None:
            return (obj, record.func, record.args, record.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        record = self._registry.get(self)
        return bool(record) and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = self._registry.get(self)
        if record:
            record.atexit = bool(value)

    def __repr__(self):
        record = self._registry.get(self)
        obj = record and record.weakref()
        if obj is None:
            return "<%s object at %s; dead>" % (type(self).__name__, hex(id(self)))
        return "<%s object at %s; for %r at %s>" % (type(self).__name__, hex(id(self)), type(obj).__name__, hex(id(obj)))

    @classmethod
    def _exit_queue(cls):
        # The finalizers still due at exit, oldest first (the caller pops from the end).
        due = [(f, r) for (f, r) in cls._registry.items() if r.atexit]
        due.sort(key=lambda pair: pair[1].serial)
        return [f for (f, r) in due]

    @classmethod
    def _run_at_exit(cls):
        # With the collector paused, run the due finalizers newest first, re-reading the
        # table whenever one of them registers or drops another; then refuse to run any more.
        global _finalizers_changed, _finalizers_closed
        resume_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    resume_gc = True
                    gc.disable()
                queue = None
                while True:
                    if queue is None or _finalizers_changed:
                        queue = cls._exit_queue()
                        _finalizers_changed = False
                    if not queue:
                        break
                    f = queue.pop()
                    try:
                        f()
                    except Exception as e:
                        _report_error(e)
        finally:
            _finalizers_closed = True
            if resume_gc:
                gc.enable()


ProxyTypes = (ProxyType, CallableProxyType)
"""#
}
