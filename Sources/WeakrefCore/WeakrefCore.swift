import PySyntax
/// The Python-subset runtime.
public enum WeakrefCore {}
