import WinnowBayes

extension AdaptRun {
    /// The decisions of `winnow adapt`'s files, by comment, as `adapt` reads them.
    struct Decisions {
        let columns: Columns
        let allowed: Set<String>
        /// The allowed labels by their lowercased form ("Hostile", "OK" typed in a spreadsheet).
        let byCase: [String: String]
        let diagnostics = Diagnostics()
        private(set) var rows: [String: (order: Int, text: String, label: String)] = [:]

        init(base: Model, columns: Columns) {
            self.columns = columns
            allowed = Set(base.heads.map(\.label) + [base.options.negativeLabel])
            byCase = LabeledRows.Columns.byLowercase(allowed)
        }

        mutating func read(_ path: String) throws {
            let table = try CSVTable.decoding(path, diagnostics: diagnostics)
            let text = try table.column(columns.text), label = try table.column(columns.label)
            let id = table.optionalColumn(columns.id)
            let ours = table.isFromReview
            var undecided = 0
            while let (line, f) = try table.next() {
                let raw = f[label].trimmingCharacters(in: .whitespaces)
                guard !raw.isEmpty else {
                    undecided += 1
                    continue
                }
                let value = try self.label(raw, path, line)
                guard !f[text].allSatisfy(\.isWhitespace) else {
                    throw PipelineError.badOption("\(path):\(line): empty text")
                }
                let key = id.map { path + "\u{0}" + f[$0] } ?? "\(path)\u{0}\(line)"
                rows[key] = (rows[key]?.order ?? rows.count, ours ? CSVWriter.unguard(f[text]) : f[text], value)
            }
            if undecided > 0 {
                let rows = undecided == 1 ? "1 row" : "\(undecided) rows"
                diagnostics.warn("\(path): \(rows) without a label (not decided yet) left out")
            }
        }

        /// The model's label that `raw` names (mapped, in any case), or an error naming the line.
        private func label(_ raw: String, _ path: String, _ line: Int) throws(PipelineError) -> String {
            let mapped = columns.labelMap[raw] ?? raw
            guard let value = allowed.contains(mapped) ? mapped : byCase[mapped.lowercased()] else {
                throw .badOption(
                    "\(path):\(line): label '\(mapped)' is not one the model knows (\(allowed.sorted().joined(separator: ", ")))"
                )
            }
            return value
        }
    }
}
