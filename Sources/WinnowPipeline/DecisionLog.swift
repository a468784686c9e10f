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
    /// Whether the file is a review's log (decisions are appended only to one).
    public private(set) var isLog = true
    /// Decisions from a file the review did not write (a queue decided in a spreadsheet,
    /// an `id,text,label` file): matched to verdicts by `decisions(for:)`.
    private var foreign: [(id: String, source: String?, label: String)] = []

    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            // A decided queue may come back from a spreadsheet in its encoding.
            let table = try CSVTable.decoding(path, diagnostics: Diagnostics())
            width = table.header.count
            // A log's header, or the start of an older winnow's (always past the model's verdict).
            isLog = width >= 5 && Array(DecisionLog.header.prefix(width)) == table.header
            let id = try table.column("id"), label = try table.column("label")
            let source = isLog ? nil : table.optionalColumn("source")
            while let row = try table.next() {
                // A log's id is the verdict's key; another file's is the comment's own id.
                if isLog {
                    decided[row.fields[id]] = row.fields[label]
                } else if !row.fields[label].isEmpty {  // a queue's rows not decided yet are not decisions
                    foreign.append((row.fields[id], source.map { row.fields[$0] }, row.fields[label]))
                } else {
                    continue
                }
                count += 1
            }
        } else {
            try OutputFile.writeAtomically(Array(writer.row(DecisionLog.header).utf8), to: path)
        }
    }

    /// Every decision keyed as `verdicts` key its rows. Another file's decision names the
    /// comment by its id and, when its `source` is one of the verdicts' sources (a decided
    /// queue), by that source too; otherwise every row with that id.
    public func decisions(for verdicts: VerdictTable) -> [String: String] {
        guard !foreign.isEmpty else { return decided }
        let sources = Set(verdicts.rows.map(\.source))
        var byId: [String: String] = [:]
        var all = decided
        for d in foreign {
            if let source = d.source, sources.contains(source) {
                all[source + "#" + d.id] = d.label
            } else {
                byId[d.id] = d.label
            }
        }
        for row in verdicts.rows where all[row.key] == nil {
            if let label = byId[row.id] { all[row.key] = label }
        }
        return all
    }

    /// Throws unless decisions can be appended here: only to a review's own log.
    public func checkWritable() throws(PipelineError) {
        guard isLog else {
            throw .cannotWrite(
                path: path, reason: "not a decisions log written by winnow review; name a new file with --decisions")
        }
    }

    /// Appends one decision and flushes it to disk.
    public func record(_ row: VerdictTable.Row, label: String, shownAs reason: ReviewOrder.Reason? = nil) throws {
        try checkWritable()
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
