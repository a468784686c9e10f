/// The verdict CSV's columns, one schema for the writer, the verdict reader and the queue
/// file: the contract's nine columns, with a probability column for `hostile` and
/// `offtopic` whatever the model, then one for each other label the model scores, in the
/// model's order (new columns come after, never in between).
public struct VerdictColumns: Sendable, Equatable {
    /// Scored labels in column order.
    public let labels: [Label]

    public init(modelLabels: [Label]) {
        labels = [.hostile, .offtopic] + modelLabels.filter { $0 != .hostile && $0 != .offtopic }
    }

    public static let standard = VerdictColumns(modelLabels: [])
    /// The contract's columns, in order.
    public static let fixed = [
        "source", "id", "author", "verdict", Label.hostile.rawValue, Label.offtopic.rawValue, "reasons", "text", "title"
    ]
    /// What an export knows of each comment, after the score columns.
    public static let export = ["parent", "created", "status"]
    /// Columns after `title` that are not scores.
    static let metadata: Set<String> = Set(export + ["shown_as"])

    public var header: [String] { VerdictColumns.fixed + labels.dropFirst(2).map(\.rawValue) + VerdictColumns.export }

    /// The columns of a verdict CSV's header: every column after `title` that is not
    /// metadata is a label's score.
    public init(header: [String]) {
        let after: [String] = header.firstIndex(of: "title").map { Array(header[($0 + 1)...]) } ?? []
        self.init(modelLabels: after.filter { !VerdictColumns.metadata.contains($0) }.map { Label($0) })
    }
}
