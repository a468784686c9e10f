import Foundation

/// A one-line progress report on standard error (rows, rows/s, percent, ETA), drawn only
/// when standard error is a terminal and not silenced.
public final class Progress {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    public init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    public func update(rows: Int, bytes: (done: Int, total: Int)?, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 1e-6)
        var line = "\r\u{1B}[2K\(rows) rows, \(Int(Double(rows) / elapsed)) rows/s"
        if let bytes, bytes.total > 0, bytes.done > 0 {
            let fraction = min(1, Double(bytes.done) / Double(bytes.total))
            let eta = elapsed / fraction * (1 - fraction)
            line += String(format: ", %.0f%%, ETA %.0fs", fraction * 100, eta)
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    public func finish(rows: Int) {
        guard enabled else { return }
        update(rows: rows, bytes: nil, force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
