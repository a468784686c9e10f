import Foundation

/// A moderator's decisions, one CSV row each in the training format (`id,text,label,source`
/// plus what the model said), appended and flushed as they are made so nothing is lost on
/// quit or crash; the file is ready for `winnow train` and `winnow train --shard`.
public final class DecisionLog {
    public static let header = [
        "id", "text", "label", "source", "model_verdict", Label.hostile.rawValue, Label.offtopic.rawValue,
        "reviewed_source",
        "shown_as"
    ]
    /// The `source` column of decisions: map it to a domain with `--domains` when training.
    public static let source = "moderator"

    public let path: String
    public private(set) var decided: [String: String] = [:]  // key -> label
    /// Rows in the file (the file itself says which came last: `undo` reads it).
    public private(set) var count = 0
    private let writer = CSVWriter()
    /// Columns of the file: a log begun by an older winnow keeps its narrower header.
    private var width = DecisionLog.header.count

    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            let table = try CSVTable(path: path)
            width = table.header.count
            let id = try table.column("id"), label = try table.column("label")
            while let row = try table.next() {
                decided[row.fields[id]] = row.fields[label]
                count += 1
            }
        } else {
            try OutputFile.writeAtomically(Array(writer.row(DecisionLog.header).utf8), to: path)
        }
    }

    /// Appends one decision and flushes it to disk.
    public func record(_ row: VerdictTable.Row, label: String, shownAs reason: ReviewOrder.Reason? = nil) throws {
        let fields = [
            row.key, row.text, label, DecisionLog.source, row.verdict, ScoredComment.cell(row.hostile),
            ScoredComment.cell(row.offtopic), row.source, reason?.rawValue ?? ""
        ]
        // The key and the sources join back to the verdicts; the text is guarded.
        let line = writer.row(Array(fields.prefix(width)), keys: [0, 3, 7])
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw PipelineError.cannotWrite(path: path, reason: "cannot open for appending")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.synchronize()
        decided[row.key] = label
        count += 1
    }

    /// Takes back the last decision (the file is rewritten atomically without it).
    @discardableResult
    public func undo() throws -> String? {
        let table = try CSVTable(path: path)
        let id = try table.column("id"), label = try table.column("label")
        var rows: [[String]] = []
        while let row = try table.next() { rows.append(row.fields) }
        guard let last = rows.popLast() else { return nil }
        // Written back as read: the fields already carry their guard.
        let asRead = CSVWriter(raw: true)
        let lines = [asRead.row(table.header)] + rows.map { asRead.row($0) }
        try OutputFile.writeAtomically(Array(lines.joined().utf8), to: path)
        // An earlier decision of the same comment, if any, stands again.
        decided[last[id]] = rows.last { $0[id] == last[id] }.map { $0[label] }
        count -= 1
        return last[id]
    }
}
