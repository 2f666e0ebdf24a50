#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a fresh thread with a large stack and waits for it.
///
/// The parser descends recursively (about a dozen calls per nested parenthesis), and the
/// threads of Swift's concurrency pool have small stacks, so parsing on the caller's
/// thread could overflow at a nesting depth CPython still accepts. The stack is only
/// reserved address space; pages are touched as the recursion needs them.
enum LargeStack {
    static let stackSize = 64 << 20

    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    static func run<T>(_ body: () -> T) -> T {
        var result: T?
        withoutActuallyEscaping(body) { escapingBody in
            let job = Job { result = escapingBody() }
            let context = Unmanaged.passRetained(job).toOpaque()
            if !spawnAndJoin(context) {
                // No thread to be had: run here, with the nesting limits as the only guard.
                Unmanaged<Job>.fromOpaque(context).release()
                job.work()
            }
        }
        // The job always ran, on the new thread or here; running it again is only a fallback.
        if let result { return result }
        return body()
    }

    private static func spawnAndJoin(_ context: UnsafeMutableRawPointer) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return false }
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().work()
            return nil
        }, context)
        guard started == 0 else { return false }
        #if canImport(Darwin)
        guard let thread else { return false }
        #endif
        pthread_join(thread, nil)
        return true
    }
}
