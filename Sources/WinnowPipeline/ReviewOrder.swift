/// Which comments a review shows, in which order (`winnow review --order`).
public enum ReviewOrder: String, CaseIterable, Sendable {
    /// The default, what taught `winnow adapt` fastest on the dev sites and left the
    /// comments never shown best ranked (Models/README.md): in every ten, one comment the
    /// model is least sure of (score nearest 0.5), five borderline comments and four
    /// approved ones drawn at random (an audit of what the model let through, which also
    /// estimates recall). The highest-scored comments teach little the model does not know.
    case teach
    /// Flagged comments (review and reject) only, highest score first.
    case score
    /// Every comment, the least certain first.
    case uncertain
    /// Approved comments only, in a random order that is the same on every run.
    case audit
    /// Borderline comments only (`Reason.borderline`), in a random order.
    case borderline

    /// Why a comment was shown, written beside each decision.
    public enum Reason: String, Sendable {
        case uncertain, audit, flagged
        /// Ranked in the upper half but below the top twentieth: where, on a site with few
        /// hostile comments, those the model underrates hide among civil ones.
        case borderline
    }

    /// The turns of `teach`, ten at a time.
    static let teachPattern: [Reason] = [
        .uncertain, .borderline, .audit, .borderline, .audit, .borderline, .audit, .borderline, .audit, .borderline
    ]

    /// The band of ranks, as shares of all comments from the highest score, that
    /// `borderline` draws from.
    static let borderlineBand = (from: 0.05, to: 0.5)

    /// The rows to show, in order, each with why; no row twice.
    func arrange(_ rows: [VerdictTable.Row]) -> [(row: Int, reason: Reason)] {
        let keys = Keys(rows)
        switch self {
        case .score:
            return rows.indices.filter { !keys.approved[$0] }.sorted { keys.top[$0] > keys.top[$1] }.map {
                ($0, .flagged)
            }
        case .uncertain: return keys.unsure(rows.indices).map { ($0, .uncertain) }
        case .audit: return keys.audit(rows.indices).map { ($0, .audit) }
        case .borderline: return keys.borderline(rows.indices).map { ($0, .borderline) }
        case .teach:
            // Approved comments are split in two by their draw: the audit draws from one
            // half alone, so what the other lists take cannot bias it, and it stays a
            // uniform sample of the approved comments for the recall estimate.
            let audited = rows.indices.filter { keys.approved[$0] && keys.inAuditHalf($0) }
            let others = rows.indices.filter { !keys.approved[$0] || !keys.inAuditHalf($0) }
            return ReviewOrder.interleave(
                [.uncertain: keys.unsure(others), .borderline: keys.borderline(others), .audit: keys.audit(audited)],
                count: rows.count)
        }
    }

    /// What the orders sort by, worked out once per row rather than in every comparison.
    struct Keys {
        let top: [Double], certainty: [Double], audit: [UInt64], draw: [UInt64]
        let approved: [Bool]

        init(_ rows: [VerdictTable.Row]) {
            top = rows.map(\.topScore)
            certainty = rows.map(\.certainty)
            audit = rows.map(\.auditRank)
            draw = audit.map(VerdictTable.Row.drawRank)
            approved = rows.map { !$0.flagged }
        }

        func inAuditHalf(_ i: Int) -> Bool { VerdictTable.Row.isAuditHalf(draw: draw[i]) }

        func unsure<S: Sequence<Int>>(_ among: S) -> [Int] { among.sorted { certainty[$0] < certainty[$1] } }

        func audit<S: Sequence<Int>>(_ among: S) -> [Int] {
            among.filter { approved[$0] }.sorted { audit[$0] < audit[$1] }
        }

        /// The rows of `among` whose rank by score falls in `borderlineBand`, in random order.
        func borderline<S: Sequence<Int>>(_ among: S) -> [Int] {
            let ranked = top.indices.sorted { top[$0] > top[$1] }
            let n = Double(top.count)
            let end = Int(n * borderlineBand.to)
            // A table of one has no band (its one row is the top twentieth).
            let band = ranked[min(Int((n * borderlineBand.from).rounded(.up)), end)..<end]
            let inBand = Set(band)
            return among.filter { inBand.contains($0) }.sorted { draw[$0] < draw[$1] }
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
    /// A stable pseudo-random rank from the comment's id (FNV-1a), for the random draws:
    /// not from its key, which holds the input's path, so a site's queue is the same
    /// wherever its file sits.
    var auditRank: UInt64 {
        (id.isEmpty ? key : id).utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) {
            ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3
        }
    }

    /// Whether the comment is in the half the teach order's audit draws from (by a hash
    /// bit, so that half is a random one).
    var inAuditHalf: Bool { VerdictTable.Row.isAuditHalf(draw: VerdictTable.Row.drawRank(auditRank)) }

    static func isAuditHalf(draw: UInt64) -> Bool { draw & 1 == 0 }

    /// A second rank from `auditRank`, independent of it, for the borderline draw.
    static func drawRank(_ auditRank: UInt64) -> UInt64 {
        var z = auditRank &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
