#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A friendly last word when Ctrl-C interrupts an interactive session. Every answer
/// is already stored in its own transaction, so nothing needs saving here: the handler
/// only says so and exits with 130, as a shell expects after SIGINT.
enum InterruptNotice {
    static func install() {
        // A shell that started us with SIGINT ignored (a background job) keeps it so.
        #if canImport(Glibc)
        var current = sigaction()
        if sigaction(SIGINT, nil, &current) == 0,
           unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
            return
        }
        #endif
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            let message: StaticString = "\nInterrupted. Every answer given so far is saved: run the same command again to resume.\n"
            _ = write(STDOUT_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
    }
}
