import Foundation

/// Temporary output files to delete if the process is interrupted (SIGINT, SIGTERM).
///
/// The handler may only call async-signal-safe functions, so paths are kept as C strings
/// in a fixed table that the handler walks with `unlink`.
public enum TemporaryFiles {
    private static let capacity = 64
    nonisolated(unsafe) private static let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
        .allocate(capacity: capacity)
    nonisolated(unsafe) private static var initialized = false
    private static let lock = NSLock()

    static func register(_ path: String) {
        lock.withLock {
            prepare()
            for i in 0..<capacity where table[i] == nil {
                table[i] = strdup(path)
                return
            }
        }
    }

    /// Clears the table on first use; call with the lock held.
    private static func prepare() {
        guard !initialized else { return }
        table.initialize(repeating: nil, count: capacity)
        initialized = true
    }

    static func unregister(_ path: String) {
        lock.withLock {
            guard initialized else { return }
            for i in 0..<capacity {
                if let p = table[i], String(cString: p) == path {
                    table[i] = nil
                    free(p)
                }
            }
        }
    }

    /// Installs handlers that remove registered files, then exit with 128 + signal.
    public static func installSignalHandlers() {
        lock.withLock { prepare() }
        // A parent may start us with these signals blocked (the mask is inherited);
        // unblock them, or an interrupted run could not clean up.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in
                for i in 0..<TemporaryFiles.capacity {
                    if let p = TemporaryFiles.table[i] { unlink(p) }
                }
                _exit(128 + received)
            }
        }
    }
}
