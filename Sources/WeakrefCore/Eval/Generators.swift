extension Runtime {
    /// The next element of a generator expression, or nil once it is exhausted.
    func generatorNext(_ g: PyGenerator) throws -> Value? {
        if g.finished { return nil }
        if g.running { throw error("ValueError", "generator already executing") }
        if depth >= limits.recursionDepth { throw error("RecursionError", "maximum recursion depth exceeded") }
        g.running = true
        depth += 1
        frames.append(g.frame)
        defer {
            g.running = false
            depth -= 1
            frames.removeLast()
        }
        do {
            if !g.started {
                g.started = true
                guard let first = g.frame.locals.first ?? nil else { finishGenerator(g); return nil }
                incref(first)
                g.iterators = [first]
            }
            while true {
                try step()
                guard let level = g.iterators.indices.last else { finishGenerator(g); return nil }
                guard let item = try next(g.iterators[level]) else {
                    decref(g.iterators.removeLast())
                    if g.iterators.isEmpty { finishGenerator(g); return nil }
                    continue
                }
                let clause = g.plan.clauses[level]
                try assign(clause.target, item, g.frame)
                var keep = true
                for c in clause.conditions where try !truthy(consuming: try eval(c, g.frame)) {
                    keep = false
                    break
                }
                if !keep { continue }
                if level == g.plan.clauses.count - 1 {
                    g.frame.line = g.plan.element.line
                    return try eval(g.plan.element, g.frame)
                }
                guard let iterableExpr = g.plan.clauses[level + 1].iterable else { continue }
                let iterable = try eval(iterableExpr, g.frame)
                defer { decref(iterable) }
                g.iterators.append(try getIterator(iterable))
            }
        } catch Unwind.exception(let e) {
            addTracebackEntry(e, g.frame)
            finishGenerator(g)
            throw Unwind.exception(e)
        }
    }

    func finishGenerator(_ g: PyGenerator) {
        g.finished = true
        let its = g.iterators
        g.iterators = []
        decref(Array(its.reversed()))
        releaseFrame(g.frame)
    }
}
