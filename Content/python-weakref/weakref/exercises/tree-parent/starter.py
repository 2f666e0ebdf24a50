# A tree whose children know their parent without keeping it alive.
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        # Store the parent as a weak reference (or None for the root),
        # and add this node to the parent's children.
        self._parent = None

    @property
    def parent(self):
        # Return the parent node, or None if there is none (any more).
        return None

    def path(self):
        # Return the names from the root down to this node, joined by "/".
        return self.name


root = Node("root")
docs = Node("docs", root)
readme = Node("readme", docs)
print(readme.path())
print(readme.parent.name)

root_ref = weakref.ref(root)
del root, docs
print("root freed:", root_ref() is None)
print("parent of readme:", readme.parent)
