import Foundation

/// Collects what went wrong in a batch so one bad input does not stop the others
/// (swift-format's diagnostics engine). Printed to standard error as it happens, the first
/// few of each kind only: a file with millions of bad rows says so in a line
/// (`summarize`), and memory does not grow with their number.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    /// The first messages skipped (at most `kept`), for the run's summary and the tests.
    public private(set) var skipped: [String] = []
    /// Every skip, printed or not.
    public private(set) var skipCount = 0
    /// The first skipped error that was the command's fault rather than the input's (a
    /// column missing from standard input's header): the run ends as bad usage.
    public private(set) var usageError: PipelineError?
    /// Per kind of problem: how many, and how many were printed.
    private var kinds: [String: (count: Int, printed: Int)] = [:]
    private var kindOrder: [String] = []
    private let echo: Bool
    /// Messages printed per kind before the rest are only counted.
    public static let printedPerKind = 5
    static let kept = 100

    public init(echo: Bool = true) { self.echo = echo }

    /// An input that was not processed, and why.
    public func skip(_ error: Error) {
        let message = "\(error)"
        let kind = (error as? PipelineError)?.kind ?? message
        let show = lock.withLock { () -> Bool in
            skipCount += 1
            if skipped.count < Diagnostics.kept { skipped.append(message) }
            if usageError == nil, let error = error as? PipelineError, error.isUsage { usageError = error }
            if kinds[kind] == nil { kindOrder.append(kind) }
            var entry = kinds[kind] ?? (0, 0)
            entry.count += 1
            let show = entry.printed < Diagnostics.printedPerKind
            if show { entry.printed += 1 }
            kinds[kind] = entry
            return show
        }
        if echo, show { Diagnostics.printError("skipped: \(message)") }
    }

    public func warn(_ message: String) {
        if echo { Diagnostics.printError("warning: \(message)") }
    }

    /// A warning that may recur for many inputs ("no comments found" for a folder of
    /// pages): the first few of its `kind` printed, the rest counted for `summarize`.
    public func warn(_ message: String, kind: String) {
        let show = lock.withLock { () -> Bool in
            var entry = warnings[kind] ?? (0, 0)
            if warnings[kind] == nil { warningOrder.append(kind) }
            entry.count += 1
            let show = entry.printed < Diagnostics.printedPerKind
            if show { entry.printed += 1 }
            warnings[kind] = entry
            return show
        }
        if show { warn(message) }
    }

    /// Per kind of recurring warning: how many, and how many were printed.
    private var warnings: [String: (count: Int, printed: Int)] = [:]
    private var warningOrder: [String] = []

    public var hasSkips: Bool { lock.withLock { skipCount > 0 } }

    /// One line per kind of problem or recurring warning whose messages were not all printed.
    public func summarize() {
        let lines = lock.withLock {
            kindOrder.compactMap { kind -> String? in
                guard let entry = kinds[kind], entry.count > entry.printed else { return nil }
                return "skipped: and \(entry.count - entry.printed) more: \(kind)"
            }
                + warningOrder.compactMap { kind -> String? in
                    guard let entry = warnings[kind], entry.count > entry.printed else { return nil }
                    return "warning: and \(entry.count - entry.printed) more: \(kind)"
                }
        }
        if echo { for line in lines { Diagnostics.printError(line) } }
    }

    public static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("winnow: " + message + "\n").utf8))
    }
}
