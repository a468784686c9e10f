import Foundation

/// Collects what went wrong in a batch so one bad input does not stop the others
/// (swift-format's diagnostics engine). Printed to standard error as it happens.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var skipped: [String] = []
    /// The first skipped error that was the command's fault rather than the input's (a
    /// column missing from standard input's header): the run ends as bad usage.
    public private(set) var usageError: PipelineError?
    private let echo: Bool

    public init(echo: Bool = true) { self.echo = echo }

    /// An input that was not processed, and why.
    public func skip(_ error: Error) {
        let message = "\(error)"
        lock.withLock {
            skipped.append(message)
            if usageError == nil, let error = error as? PipelineError, error.isUsage { usageError = error }
        }
        if echo { Diagnostics.printError("skipped: \(message)") }
    }

    public func warn(_ message: String) {
        if echo { Diagnostics.printError("warning: \(message)") }
    }

    public var hasSkips: Bool { lock.withLock { !skipped.isEmpty } }

    public static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("winnow: " + message + "\n").utf8))
    }
}
