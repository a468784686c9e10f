/// Fits a head's calibrations on comments the scoring counts did not see: each sampled
/// comment is scored with the counts of the other fold.
///
/// First each domain's expert is fitted on its own domain's comments, then the head's
/// final calibration on the sum over all paired domains. Every (domain, label) group
/// weighs the same in the fits, so probabilities read as if the classes were balanced.
struct HeldOutCalibrator {
    let folds: [ClassCounts]
    /// Both folds summed (computed once by the trainer).
    let total: ClassCounts
    let sample: [Trainer.Sampled]
    let options: TrainingOptions
    /// Per sampled comment, the rows of its features in the other fold's counts: looked
    /// up once, not once per expert and head.
    private let rows: [[Int32]]

    init(folds: [ClassCounts], total: ClassCounts, sample: [Trainer.Sampled], options: TrainingOptions) {
        (self.folds, self.total, self.sample, self.options) = (folds, total, sample, options)
        rows = sample.map { s in s.features.compactMap { folds[1 - s.fold].index[$0] } }
    }

    func calibrate(_ spec: inout Model.HeadSpec) {
        let negative = options.negativeLabel
        let unpaired = Set(Head.unpairedNegativeDomains(total, spec.label, negative))
        let relevant = sample.indices.filter { i in
            let s = sample[i]
            return (s.key.label == spec.label && spec.domains.contains { $0.domain == s.key.domain })
                || (s.key.label == negative
                    && (unpaired.contains(s.key.domain) || spec.domains.contains { $0.domain == s.key.domain }))
        }.map { (sample: sample[$0], rows: rows[$0]) }
        guard !relevant.isEmpty else { return }
        // raw[d][i]: expert d's uncalibrated score of relevant comment i, by the other fold.
        var raw: [[Double]] = []
        let foldWeights = folds.map { Head.expertWeights($0, spec.label, options, spec.domains) }
        for d in spec.domains.indices {
            raw.append(relevant.map { score($0, foldWeights[1 - $0.sample.fold][d]) })
        }
        let positive = relevant.map { $0.sample.key.label == spec.label }
        let groupWeight = balancedWeights(relevant.map(\.sample))
        for (d, expert) in spec.domains.enumerated() {
            let inDomain = relevant.indices.filter {
                relevant[$0].sample.key.domain == expert.domain || unpaired.contains(relevant[$0].sample.key.domain)
            }
            spec.domains[d].calibration = Calibration.fit(
                scores: inDomain.map { raw[d][$0] }, positive: inDomain.map { positive[$0] },
                weights: inDomain.map { groupWeight[$0] })
        }
        // The head's own fit scores through the combined weights the model will use
        // (shrunk, so not a sum of the experts' calibrated scores).
        let bias = spec.domains.reduce(0.0) { $0 + $1.weight * $1.calibration.b }
        let combined = folds.indices.map { f in
            Head.combined(foldWeights[f], spec.domains, rows: folds[f].featureCount, shrink: options.shrink(spec.label))
        }
        let scores = relevant.map { bias + score($0, combined[1 - $0.sample.fold]) }
        spec.calibration = Calibration.fit(scores: scores, positive: positive, weights: groupWeight)
    }

    /// A comment's score by weights over the other fold's rows, length-normalised.
    private func score(_ comment: (sample: Trainer.Sampled, rows: [Int32]), _ weights: [Double]?) -> Double {
        guard let weights else { return 0 }
        var sum = 0.0
        for row in comment.rows { sum += weights[Int(row)] }
        let n = options.lengthCountsEveryFeature ? comment.sample.features.count : comment.rows.count
        return sum * Head.lengthScale(n, power: options.lengthPower)
    }

    /// Weight per comment so that each (domain, label) group sums to the same total.
    private func balancedWeights(_ rows: [Trainer.Sampled]) -> [Double] {
        var sizes: [ClassKey: Int] = [:]
        for r in rows { sizes[r.key, default: 0] += 1 }
        let share = Double(rows.count) / Double(max(sizes.count, 1))
        return rows.map { share / Double(sizes[$0.key] ?? 1) }
    }
}

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
