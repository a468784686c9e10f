import Foundation
import WinnowFormats

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
    /// Per kind of problem ("skipped") or recurring warning ("warning"): how many, and how
    /// many were printed, in the order first met.
    private var tallies: [(label: String, kind: String, count: Int, printed: Int)] = []
    private var tallyIndex: [String: Int] = [:]
    private let echo: Bool
    /// Messages printed per kind before the rest are only counted.
    public static let printedPerKind = 5
    static let kept = 100

    public init(echo: Bool = true) { self.echo = echo }

    /// An input that was not processed, and why.
    public func skip(_ error: Error) {
        let message = "\(error)"
        let kind = (error as? PipelineError)?.kind ?? (error as? FormatError)?.kind ?? message
        let show = lock.withLock { () -> Bool in
            skipCount += 1
            if skipped.count < Diagnostics.kept { skipped.append(message) }
            if usageError == nil, let error = error as? PipelineError, error.isUsage { usageError = error }
            return counted("skipped", kind)
        }
        if echo, show { Diagnostics.printError("skipped: \(message)") }
    }

    public func warn(_ message: String) {
        if echo { Diagnostics.printError("warning: \(message)") }
    }

    /// A warning that may recur for many inputs ("no comments found" for a folder of
    /// pages): the first few of its `kind` printed, the rest counted for `summarize`.
    public func warn(_ message: String, kind: String) {
        if lock.withLock({ counted("warning", kind) }) { warn(message) }
    }

    /// Counts one more of `kind` under `label`; whether it is among the first few, to print.
    /// Called with the lock held.
    private func counted(_ label: String, _ kind: String) -> Bool {
        let key = label + ": " + kind
        let i = tallyIndex[key] ?? tallies.count
        if i == tallies.count {
            tallyIndex[key] = i
            tallies.append((label, kind, 0, 0))
        }
        tallies[i].count += 1
        guard tallies[i].printed < Diagnostics.printedPerKind else { return false }
        tallies[i].printed += 1
        return true
    }

    public var hasSkips: Bool { lock.withLock { skipCount > 0 } }

    /// One line per kind of problem or recurring warning whose messages were not all printed.
    public func summarize() {
        let lines = lock.withLock {
            // Skips first, then warnings, each in the order first met.
            (tallies.filter { $0.label == "skipped" } + tallies.filter { $0.label != "skipped" })
                .filter { $0.count > $0.printed }
                .map { "\($0.label): and \($0.count - $0.printed) more: \($0.kind)" }
        }
        if echo { for line in lines { Diagnostics.printError(line) } }
    }

    public static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("winnow: " + message + "\n").utf8))
    }
}
