import WinnowBayes
import WinnowText

/// `winnow adapt`: a site's decisions (training-format CSV) and a base model in, a model
/// that has learnt the site's line out (see `SiteAdapter`).
public enum AdaptRun {
    public struct Columns: Sendable {
        public var text = "text", label = "label", id = "id"
        /// Label values to rename: an export's status as decisions (`spam=offtopic,approved=ok`).
        public var labelMap: [String: String] = [:]
        public init() {}
    }

    /// Decisions are read strictly: a row whose label the model does not score, or whose
    /// text is empty, stops the run naming its file and line (a decisions file is short and
    /// written by people, so a typo there is worth a stop). A comment decided twice keeps
    /// its last decision.
    public static func adapt(_ files: [String], base: Model, columns: Columns = Columns()) throws -> Model {
        var adapter = try SiteAdapter(base: base)
        let allowed = Set(base.heads.map(\.label) + [base.options.negativeLabel])
        // People type "Hostile" or "OK" in a spreadsheet: a label that differs only in case.
        let byCase = Dictionary(allowed.map { ($0.lowercased(), $0) }) { first, _ in first }
        var rows: [String: (order: Int, text: String, label: String)] = [:]
        let diagnostics = Diagnostics()
        for path in files {
            let table = try CSVTable.decoding(path, diagnostics: diagnostics)
            let text = try table.column(columns.text), label = try table.column(columns.label)
            let id = table.optionalColumn(columns.id)
            // A decisions or queue file written by `winnow review` guards its text for spreadsheets.
            let ours = table.optionalColumn("model_verdict") != nil || table.optionalColumn("shown_as") != nil
            while let (line, f) = try table.next() {
                let raw = f[label].trimmingCharacters(in: .whitespaces)
                let mapped = columns.labelMap[raw] ?? raw
                guard let value = allowed.contains(mapped) ? mapped : byCase[mapped.lowercased()] else {
                    throw PipelineError.badOption(
                        "\(path):\(line): label '\(mapped)' is not one the model knows (\(allowed.sorted().joined(separator: ", ")))"
                    )
                }
                guard !f[text].allSatisfy(\.isWhitespace) else {
                    throw PipelineError.badOption("\(path):\(line): empty text")
                }
                let key = id.map { path + "\u{0}" + f[$0] } ?? "\(path)\u{0}\(line)"
                rows[key] = (rows[key]?.order ?? rows.count, ours ? CSVWriter.unguard(f[text]) : f[text], value)
            }
        }
        let normalizer = Normalizer()
        var tokens = TokenList()
        for row in rows.values.sorted(by: { $0.order < $1.order }) {
            try normalizer.tokenize(row.text, into: &tokens)
            adapter.add(tokens: tokens, label: row.label)
        }
        return try finish(adapter, files)
    }

    /// The adapted model, or an error naming the files when no label can be taught.
    private static func finish(_ adapter: SiteAdapter, _ files: [String]) throws -> Model {
        let result = Result { () throws(BayesError) -> Model in try adapter.adapt() }
        guard case .failure(.noContrast(let labels)) = result else { return try result.get() }
        let base = adapter.base
        let counts = labels.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        // Where to find the missing class: the flagged comments, or the approved ones.
        let onlyNegative = labels.keys.allSatisfy { $0 == base.options.negativeLabel }
        let hint = onlyNegative ? "--order score shows the flagged ones first" : "--order audit shows approved ones"
        throw PipelineError.badOption(
            "\(files.joined(separator: ", ")): the decisions hold \(counts) and nothing else; "
                + "adapt needs decisions of a flagged label (\(base.heads.map(\.label).joined(separator: ", "))) "
                + "and of '\(base.options.negativeLabel)' (decide more comments: winnow review \(hint))")
    }
}
