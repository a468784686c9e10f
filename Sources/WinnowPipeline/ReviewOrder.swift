/// Which comments a review shows, in which order (`winnow review --order`).
public enum ReviewOrder: String, CaseIterable, Sendable {
    /// The default, what taught `winnow adapt` fastest on the dev sites (Models/README.md):
    /// in turn, the comment the model is least sure of (score nearest 0.5) and an approved
    /// comment drawn at random (an audit of what the model let through, which also
    /// estimates recall). The highest-scored comments teach little the model does not
    /// know, and mixing them in did worse.
    case teach
    /// Flagged comments (review and reject) only, highest score first.
    case score
    /// Every comment, the least certain first.
    case uncertain
    /// Approved comments only, in a random order that is the same on every run.
    case audit

    /// Why a comment was shown, written beside each decision.
    public enum Reason: String, Sendable {
        case uncertain, audit, flagged
    }

    /// The turns of `teach`.
    static let teachPattern: [Reason] = [.uncertain, .audit]

    /// The rows to show, in order, each with why; no row twice.
    func arrange(_ rows: [VerdictTable.Row]) -> [(row: Int, reason: Reason)] {
        let unsure = rows.indices.sorted { rows[$0].certainty < rows[$1].certainty }
        let audit = rows.indices.filter { !rows[$0].flagged }.sorted { rows[$0].auditRank < rows[$1].auditRank }
        switch self {
        case .score:
            return rows.indices.filter { rows[$0].flagged }.sorted { rows[$0].topScore > rows[$1].topScore }.map {
                ($0, .flagged)
            }
        case .uncertain: return unsure.map { ($0, .uncertain) }
        case .audit: return audit.map { ($0, .audit) }
        case .teach: return ReviewOrder.interleave([.uncertain: unsure, .audit: audit], count: rows.count)
        }
    }

    /// Takes from each list in turn as the pattern says, skipping rows already taken; a
    /// list that runs out gives its turns to the others.
    static func interleave(_ lists: [Reason: [Int]], count: Int) -> [(row: Int, reason: Reason)] {
        var next: [Reason: Int] = [:], taken = [Bool](repeating: false, count: count)
        var out: [(row: Int, reason: Reason)] = []
        var turn = 0
        while out.count < count {
            var placed = false
            for k in 0..<teachPattern.count {
                let reason = teachPattern[(turn + k) % teachPattern.count]
                guard let list = lists[reason] else { continue }
                var i = next[reason] ?? 0
                while i < list.count, taken[list[i]] { i += 1 }
                next[reason] = i + 1
                guard i < list.count else { continue }
                taken[list[i]] = true
                out.append((list[i], reason))
                placed = true
                break
            }
            guard placed else { break }
            turn += 1
        }
        return out
    }
}

extension VerdictTable.Row {
    /// A stable pseudo-random rank from the comment's key (FNV-1a), for the audit draw.
    var auditRank: UInt64 {
        key.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
