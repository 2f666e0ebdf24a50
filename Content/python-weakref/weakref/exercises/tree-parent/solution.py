# Reference solution: children point to their parent through a weak reference,
# so the tree has no cycles and the root dies as soon as nobody holds it.
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        if parent is None:
            self._parent = None
        else:
            self._parent = weakref.ref(parent)
            parent.children.append(self)

    @property
    def parent(self):
        if self._parent is None:
            return None
        return self._parent()

    def path(self):
        names = []
        node = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))


root = Node("root")
docs = Node("docs", root)
readme = Node("readme", docs)
print(readme.path())
print(readme.parent.name)

root_ref = weakref.ref(root)
del root, docs
print("root freed:", root_ref() is None)
print("parent of readme:", readme.parent)
