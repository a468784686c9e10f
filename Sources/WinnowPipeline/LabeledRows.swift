/// Rows of labeled CSV files (the training format), read in a stream.
/// Rows with empty text or label, or an id seen before, are counted and skipped.
final class LabeledRows {
    struct Row {
        var text: String, source: String, article: String?
        /// The file it was read from.
        var path = ""
        /// The thread it belongs to, from a thread column.
        var thread: String? = nil
        /// The row's labels: one from a label column, or every 0/1 column set (none: the
        /// negative label).
        var labels: [String]
        /// What the model said when a moderator decided this row (decisions files only).
        var modelVerdict: String? = nil
        /// Why the review showed it (`ReviewOrder.Reason`), decisions files only.
        var shownAs: String? = nil
    }

    struct Columns {
        var text: String, label: String, source: String? = "source", id: String? = "id", article: String? = nil
        var thread: String? = nil
        /// Label values (or, with several label columns, column names) to rename.
        var labelMap: [String: String] = [:]
        /// With several label columns: the label of a row with none set.
        var negative = Label.ok.rawValue
        /// Labels a value may name in any case ("Hostile", "OK"), by their lowercased form
        /// (`byLowercase`); empty, values are taken as written (training keeps any label set
        /// as given).
        var anyCase: [String: String] = [:]

        /// `labels` by their lowercased form: people type "Hostile" or "OK" in a spreadsheet.
        static func byLowercase(_ labels: some Sequence<String>) -> [String: String] {
            Dictionary(labels.map { ($0.lowercased(), $0) }) { first, _ in first }
        }

        /// Several comma-separated label columns each hold 0/1 for one label.
        var labelColumns: [String] { label.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    private(set) var emptyText = 0, emptyLabel = 0, duplicateIds = 0
    private var ids = Set<String>()

    /// Calls `body` for each usable row of `files`; a broken file is named and skipped.
    func forEach(_ files: [String], _ columns: Columns, diagnostics: Diagnostics, _ body: (Row) throws -> Void) throws {
        for path in files {
            do {
                let table = try CSVTable.decoding(path, diagnostics: diagnostics)
                let text = try table.column(columns.text)
                let labels = try columns.labelColumns.map { name throws(PipelineError) in try table.column(name) }
                let source = table.optionalColumn(columns.source), id = table.optionalColumn(columns.id)
                var article: Int?
                if let name = columns.article { article = try table.column(name) }
                var thread: Int?
                if let name = columns.thread { thread = try table.column(name) }
                // A review's decisions log says `model_verdict`; a queue file decided in a
                // spreadsheet (a label column added) keeps the queue's `verdict`.
                let shown = table.optionalColumn("shown_as"), ours = table.isFromReview
                let verdict =
                    table.optionalColumn("model_verdict") ?? shown.flatMap { _ in table.optionalColumn("verdict") }
                while let f = try nextFields(table, diagnostics) {
                    if let id, !f[id].isEmpty, !ids.insert(path + "\u{0}" + f[id]).inserted {
                        duplicateIds += 1
                        continue
                    }
                    // A decisions or queue file is Winnow's own: its text comes back without
                    // the spreadsheet guard.
                    let t = ours ? CSVWriter.unguard(f[text]) : f[text]
                    if t.allSatisfy(\.isWhitespace) {
                        emptyText += 1
                        continue
                    }
                    guard let l = LabeledRows.labels(f, labels, columns) else {
                        emptyLabel += 1
                        continue
                    }
                    try body(
                        Row(
                            text: t, source: source.map { f[$0] } ?? path, article: article.map { f[$0] },
                            path: path, thread: thread.map { f[$0] }, labels: l, modelVerdict: verdict.map { f[$0] },
                            shownAs: shown.map { f[$0] }))
                }
            } catch let error as PipelineError {
                diagnostics.skip(error)
            }
        }
    }

    /// A row's labels (nil: none given). One column: its value, renamed by the map. Several:
    /// the (renamed) name of each column whose value is 1, true, yes or a number of 0.5 or
    /// more; none set is the negative label.
    static func labels(_ f: [String], _ indices: [Int], _ columns: Columns) -> [String]? {
        if indices.count == 1 {
            let value = f[indices[0]].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { return nil }
            let mapped = columns.labelMap[value] ?? value
            return [columns.anyCase[mapped.lowercased()] ?? mapped]
        }
        var set: [String] = []
        for (k, i) in indices.enumerated() {
            let value = f[i].trimmingCharacters(in: .whitespaces).lowercased()
            guard !value.isEmpty else { return nil }
            if ["1", "true", "yes"].contains(value) || (Double(value).map { $0 >= 0.5 } ?? false) {
                let name = columns.labelColumns[k]
                set.append(columns.labelMap[name] ?? name)
            }
        }
        return set.isEmpty ? [columns.negative] : set
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
