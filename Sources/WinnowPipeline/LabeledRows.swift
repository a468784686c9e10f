/// Rows of labeled CSV files (the training format), read in a stream.
/// Rows with empty text or label, or an id seen before, are counted and skipped.
final class LabeledRows {
    struct Row {
        var text: String, label: String, source: String, article: String?
        /// What the model said when a moderator decided this row (decisions files only).
        var modelVerdict: String? = nil
        /// Why the review showed it (`ReviewOrder.Reason`), decisions files only.
        var shownAs: String? = nil
    }

    struct Columns {
        var text: String, label: String, source: String? = "source", id: String? = "id", article: String? = nil
    }

    private(set) var emptyText = 0, emptyLabel = 0, duplicateIds = 0
    private var ids = Set<String>()

    /// Calls `body` for each usable row of `files`; a broken file is named and skipped.
    func forEach(_ files: [String], _ columns: Columns, diagnostics: Diagnostics, _ body: (Row) throws -> Void) throws {
        for path in files {
            do {
                let table = try CSVTable(path: path)
                let text = try table.column(columns.text), label = try table.column(columns.label)
                let source = table.optionalColumn(columns.source), id = table.optionalColumn(columns.id)
                var article: Int?
                if let name = columns.article { article = try table.column(name) }
                let verdict = table.optionalColumn("model_verdict"), shown = table.optionalColumn("shown_as")
                while let f = try nextFields(table, diagnostics) {
                    if let id, !f[id].isEmpty, !ids.insert(path + "\u{0}" + f[id]).inserted {
                        duplicateIds += 1
                        continue
                    }
                    // A decisions file (it has the model's verdict) is Winnow's own: its text
                    // comes back without the spreadsheet guard.
                    let t = verdict == nil ? f[text] : CSVWriter.unguard(f[text])
                    let l = f[label].trimmingCharacters(in: .whitespaces)
                    if t.allSatisfy(\.isWhitespace) {
                        emptyText += 1
                        continue
                    }
                    if l.isEmpty {
                        emptyLabel += 1
                        continue
                    }
                    try body(
                        Row(
                            text: t, label: l, source: source.map { f[$0] } ?? path,
                            article: article.map { f[$0] }, modelVerdict: verdict.map { f[$0] },
                            shownAs: shown.map { f[$0] }))
                }
            } catch let error as PipelineError {
                diagnostics.skip(error)
            }
        }
    }

    /// The next row's fields; a row of the wrong width is named and passed over.
    private func nextFields(_ table: CSVTable, _ diagnostics: Diagnostics) throws(PipelineError) -> [String]? {
        while true {
            do {
                return try table.next()?.fields
            } catch {
                guard error.isRowLocal else { throw error }
                diagnostics.skip(error)
            }
        }
    }

    /// What was skipped, for the run's summary.
    func report(_ diagnostics: Diagnostics) {
        if emptyText > 0 { diagnostics.warn("\(emptyText) rows with empty text skipped") }
        if emptyLabel > 0 { diagnostics.warn("\(emptyLabel) rows with no label skipped") }
        if duplicateIds > 0 {
            diagnostics.warn("\(duplicateIds) rows repeating an earlier id in the same file skipped")
        }
    }
}

extension PipelineError {
    /// Errors that spoil one row, after which the file can still be read.
    var isRowLocal: Bool {
        if case .csvColumnCount = self { return true }
        return false
    }
}

import Foundation
