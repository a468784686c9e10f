/// The comments a moderator still has to look at, in the order `ReviewOrder` gives, minus
/// those already decided in the log (so a session resumes); it alone keeps the position
/// and what each step did, for undo.
public struct ReviewQueue {
    public private(set) var rows: [VerdictTable.Row] = []
    public private(set) var reasons: [ReviewOrder.Reason] = []
    public private(set) var position = 0
    /// Each step taken: the position it left and whether it recorded a decision.
    private var history: [(position: Int, decided: Bool)] = []
    private var decided: [String: String]

    public init(verdicts: VerdictTable, decided: [String: String], order: ReviewOrder = .teach) {
        self.decided = decided
        for (row, reason) in order.arrange(verdicts.rows) where decided[verdicts.rows[row].key] == nil {
            rows.append(verdicts.rows[row])
            reasons.append(reason)
        }
    }

    public var current: VerdictTable.Row? { position < rows.count ? rows[position] : nil }
    public var currentReason: ReviewOrder.Reason? { position < rows.count ? reasons[position] : nil }
    /// Rows from the current one on that nobody has decided yet.
    public var remaining: Int { rows[min(position, rows.count)...].filter { decided[$0.key] == nil }.count }

    /// The first `n` rows still to be shown, with why (`winnow review --queue`).
    public func upcoming(_ n: Int) -> [(row: VerdictTable.Row, reason: ReviewOrder.Reason)] {
        (position..<min(rows.count, position + n)).map { (rows[$0], reasons[$0]) }
    }

    /// Moves past the current row, decided (`label`) or skipped (nil).
    public mutating func advance(decided label: String?) {
        guard position < rows.count else { return }
        if let label { decided[rows[position].key] = label }
        history.append((position, label != nil))
        position += 1
        while position < rows.count, decided[rows[position].key] != nil { position += 1 }
    }

    /// Goes back one step; returns whether that step recorded a decision (which the log
    /// must then take back), or nil at the start.
    public mutating func back() -> Bool? {
        guard let step = history.popLast() else { return nil }
        decided[rows[step.position].key] = nil
        position = step.position
        return step.decided
    }
}
