import Grading

/// The python3-side oracle for the grader's lifetime chains (the grader itself uses the
/// core's why-alive API, `AliveObject.survivors(of:)`): finds which user objects are still
/// alive at the end of a program, and why, by running Python. It appends
/// a small Python epilogue to the program: it walks, breadth first, everything reachable from
/// the module's globals through lists, tuples, dicts, sets and instance attributes (never
/// through weak references) and prints, between two marker lines, each instance of a class
/// defined in the program with the path that reaches it. The block is cut out of the output
/// before anything else sees it. The epilogue runs only after the program ran to the end,
/// switches automatic collection off while it walks, and leaves no name behind, so it changes
/// neither the program's output nor the order of deaths at exit. Objects kept alive only by an
/// uncollected cycle are not reachable from a global and so are not listed: the list is what a
/// `gc.collect()` at the end would leave alive. Closures' cells are not walked.
enum LifetimeProbe {
    static let begin = "<<course-why-alive 5d1c>>"
    static let end = "<<course-why-alive-end 5d1c>>"

    /// The program with the epilogue appended; its own line numbers are unchanged.
    public static func instrument(_ source: String) -> String {
        (source.hasSuffix("\n") || source.isEmpty ? source : source + "\n") + epilogue
    }

    /// Cuts the probe's block out of a run's stdout; `objects` is nil when the block is
    /// missing (the program stopped before the end).
    public static func extract(from stdout: String) -> (output: String, objects: [AliveObject]?) {
        guard let start = stdout.range(of: begin + "\n"),
              let stop = stdout.range(of: end + "\n", range: start.upperBound..<stdout.endIndex) else {
            return (stdout, nil)
        }
        let block = stdout[start.upperBound..<stop.lowerBound]
        let output = String(stdout[..<start.lowerBound]) + String(stdout[stop.upperBound...])
        var objects: [AliveObject] = []
        for line in block.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            objects.append(AliveObject(className: fields[0], label: fields[1],
                                       chain: ReferenceChain(links: Array(fields[2...]))))
        }
        return (output, objects)
    }

    /// Written for the subset the core runs (and for python3, which must agree).
    static let epilogue = #"""
def __course_why_alive():
    import gc
    collecting = gc.isenabled()
    gc.disable()
    found = []
    try:
        seen = set()
        queue = []
        for name, value in list(globals().items()):
            if not name.startswith("__"):
                queue.append((value, ["global '" + name + "'"]))
        position = 0
        while position < len(queue):
            value, path = queue[position]
            position += 1
            if id(value) in seen:
                continue
            seen.add(id(value))
            kind = type(value)
            if isinstance(value, type):
                continue
            if isinstance(value, dict):
                for key, item in list(value.items()):
                    queue.append((item, path + ["dict[" + repr(key) + "]"]))
            elif isinstance(value, list) or isinstance(value, tuple):
                label = "list" if isinstance(value, list) else "tuple"
                for index, item in enumerate(value):
                    queue.append((item, path + [label + "[" + str(index) + "]"]))
            elif isinstance(value, set) or isinstance(value, frozenset):
                for item in list(value):
                    queue.append((item, path + ["set item"]))
            elif kind.__module__ == "__main__":
                try:
                    attributes = vars(value)
                except TypeError:
                    attributes = {}
                label = kind.__name__
                if isinstance(attributes.get("name"), str):
                    label = kind.__name__ + "(name=" + repr(attributes["name"]) + ")"
                found.append(kind.__name__ + "\t" + label + "\t" + "\t".join(path + [label]))
                for key, item in list(attributes.items()):
                    queue.append((item, path + [label + "." + key]))
    except Exception:
        pass
    print("<<course-why-alive 5d1c>>")
    for line in found:
        print(line)
    print("<<course-why-alive-end 5d1c>>")
    if collecting:
        gc.enable()
__course_why_alive()
del __course_why_alive

"""#
}
