/// The comments a moderator still has to look at: `review` and `reject` rows, highest
/// score first, minus those already decided in the log (so a session resumes).
public struct ReviewQueue {
    public private(set) var rows: [VerdictTable.Row]
    public private(set) var position = 0
    private var history: [Int] = []

    public init(verdicts: VerdictTable, decided: [String: String]) {
        rows = verdicts.rows.filter { $0.flagged }.sorted { $0.topScore > $1.topScore }
        while position < rows.count, decided[rows[position].key] != nil { position += 1 }
        self.decided = decided
    }

    private var decided: [String: String]

    public var current: VerdictTable.Row? { position < rows.count ? rows[position] : nil }
    /// Rows from the current one on that nobody has decided yet.
    public var remaining: Int { rows[min(position, rows.count)...].filter { decided[$0.key] == nil }.count }

    /// Moves past the current row (decided or skipped).
    public mutating func advance(decided label: String?) {
        guard position < rows.count else { return }
        if let label { decided[rows[position].key] = label }
        history.append(position)
        position += 1
        while position < rows.count, decided[rows[position].key] != nil { position += 1 }
    }

    /// Goes back to the previous row; returns it.
    public mutating func back() -> VerdictTable.Row? {
        guard let previous = history.popLast() else { return nil }
        decided[rows[previous].key] = nil
        position = previous
        return rows[previous]
    }
}
