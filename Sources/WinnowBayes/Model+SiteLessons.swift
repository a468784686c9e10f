extension Model {
    /// What the site's decisions taught head `label`, in words a moderator can read: the
    /// words and word pairs the site expert moves most toward the label (`raised`) and
    /// away from it (`lowered`), each seen in at least `minimum` decisions, with how far
    /// (the site expert's log-ratio times its weight in the head, in the calibrated units
    /// of a comment's reasons). Nil for a model not adapted, or a label whose site expert
    /// did not join (weight 0).
    public func siteLessons(label: String, limit: Int = 6, minimum: Int = 3) -> (
        raised: [(name: String, weight: Double)], lowered: [(name: String, weight: Double)]
    )? {
        guard let adaptation, let record = adaptation.labels.first(where: { $0.label == label }), record.weight > 0,
            let pos = counts.classIndex(ClassKey(label: label, domain: adaptation.domain)),
            let neg = counts.classIndex(ClassKey(label: options.negativeLabel, domain: adaptation.domain)),
            let site = Head.siteWeights(counts, label, options.negativeLabel, adaptation.domain, SiteAdapter.smoothing)
        else { return nil }
        let k = counts.classes.count
        let scale = record.weight * (heads.first { $0.label == label }?.calibration.a ?? 1)
        var moved: [(row: Int, weight: Double)] = []
        for row in 0..<counts.featureCount where site[row] != 0 && readable[Int32(row)] {
            guard counts.counts[row * k + pos] + counts.counts[row * k + neg] >= Float(minimum) else { continue }
            moved.append((row, scale * site[row]))
        }
        moved.sort { $0.weight > $1.weight }
        let names = counts.names
        let named = { (m: (row: Int, weight: Double)) in (name: names[m.row], weight: m.weight) }
        return (
            moved.prefix(limit).filter { $0.weight > 0 }.map(named),
            moved.reversed().prefix(limit).filter { $0.weight < 0 }.map(named)
        )
    }
}
