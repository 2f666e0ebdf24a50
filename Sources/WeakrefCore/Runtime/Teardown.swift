/// Freeing a finished run. The Python heap's lifetimes live outside ARC, so its Swift
/// objects point at each other freely (a class's `mro` starts with the class itself, every
/// object's `cls`, namespaces whose class is `dict`, generator frames, closure cells). Once
/// the run's result is taken, `tearDown()` cuts every such link so ARC frees the whole
/// runtime; a host that runs thousands of programs (the grader, `course watch`) must not leak.
extension Runtime {
    func tearDown() {
        for o in objects {
            o.cls = nil
            o.dict = nil
            o.slotValues = []
            o.weakrefs = []
            switch o {
            case let c as PyClass:
                c.mro = []
                c.bases = []
                c.lookupCache = [:]
                c.extraReferences = []
            case let f as PyFunction:
                f.closure = []
            case let g as PyGenerator:
                g.frame.cells = []
                g.frame.namespace = nil
                g.frame.record = nil
                g.frame.locals = []
            default:
                break
            }
        }
        objects.release()
        freeHandles = []
        trash = []
        frames = []
        builtins = [:]
        modules = [:]
        constructors = [:]
        interned = [:]
        builtinFallback = []
        main.values = []
        main.builtinCache = []
        attributeSites = []
        weakrefPrelude?.values = []
        weakrefPrelude = nil
        types = nil
        lifetime = nil
    }
}
