extension Head {
    /// Each expert's per-feature weights, with bounded experts held to what the others show.
    ///
    /// A domain whose labels come from different sites (news: every hostile comment from
    /// Civil Comments, every civil one from the Globe and Mail) learns the sites as well as
    /// the label: "trump" is 120 times likelier among its hostile comments because of when
    /// they were written, "canada" a strong sign of civility because of where. Within the
    /// other domains both labels share a source, so their weights carry no such bias. A
    /// bounded expert's weight for a feature stays within `bound` of the range the other
    /// experts give it (a feature they never saw weighs 0 there, so at most ± `bound`).
    /// Measured in Docs/experiments.md ("Third round").
    package static func expertWeights(
        _ counts: ClassCounts, _ label: String, _ options: TrainingOptions,
        _ experts: [DomainExpert]
    ) -> [[Double]?] {
        var raw = domainWeights(counts, label, options, experts.map(\.domain))
        for (i, e) in experts.enumerated() {
            if let smoothing = e.siteSmoothing {
                raw[i] = siteWeights(counts, label, options.negativeLabel, e.domain, smoothing)
            }
        }
        return experts.indices.map { i in
            guard let bound = experts[i].bound, var own = raw[i] else { return raw[i] }
            let others = raw.indices.filter { $0 != i && !experts[$0].adapted }.compactMap { raw[$0] }
            guard !others.isEmpty else { return own }
            for row in own.indices {
                var low = Double.infinity, high = -Double.infinity
                for other in others {
                    low = min(low, other[row])
                    high = max(high, other[row])
                }
                own[row] = min(max(own[row], low - bound), high + bound)
            }
            return own
        }
    }
}
