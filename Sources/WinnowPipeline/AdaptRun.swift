import Foundation
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
    /// written by people, so a typo there is worth a stop); a row with no label is one not
    /// yet decided (a queue half done), left out and counted. A comment decided twice keeps
    /// its last decision.
    public static func adapt(_ files: [String], base: Model, columns: Columns = Columns()) throws -> Model {
        var adapter = try SiteAdapter(base: base)
        var decisions = Decisions(base: base, columns: columns)
        for path in files { try decisions.read(path) }
        let normalizer = Normalizer()
        var tokens = TokenList()
        for row in decisions.rows.values.sorted(by: { $0.order < $1.order }) {
            try normalizer.tokenize(row.text, into: &tokens)
            adapter.add(tokens: tokens, label: row.label)
        }
        return try finish(adapter, files)
    }

    /// What each label's site expert taught, one line a label it joined: "hostile: raises
    /// faggot +2.4, ...; lowers bitch -1.9, ..." (words seen in three decisions or more).
    public static func lessons(_ model: Model) -> [String] {
        (model.adaptation?.labels ?? []).compactMap { record in
            guard let (raised, lowered) = model.siteLessons(label: record.label) else { return nil }
            func list(_ moved: [(name: String, weight: Double)]) -> String {
                moved.map { $0.name + " " + String(format: "%+.1f", $0.weight) }.joined(separator: ", ")
            }
            var parts: [String] = []
            if !raised.isEmpty { parts.append("raises " + list(raised)) }
            if !lowered.isEmpty { parts.append("lowers " + list(lowered)) }
            return parts.isEmpty ? nil : "  the site's \(record.label) line " + parts.joined(separator: "; ")
        }
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
