import Testing
@testable import WinnowBayes

@Suite struct MeterTests {
    func meter(_ pairs: [(Double, Bool)]) -> Meter {
        var m = Meter()
        for (s, p) in pairs { m.add(score: s, isPositive: p) }
        return m
    }

    @Test func perfectRankingHasAUCOne() {
        #expect(meter([(0.9, true), (0.8, true), (0.2, false), (0.1, false)]).rocAUC == 1)
    }

    @Test func reversedRankingHasAUCZero() {
        #expect(meter([(0.1, true), (0.9, false)]).rocAUC == 0)
    }

    @Test func tiesCountHalf() {
        #expect(meter([(0.5, true), (0.5, false)]).rocAUC == 0.5)
    }

    @Test func confusionAndF1AtThreshold() {
        let c = meter([(0.9, true), (0.6, false), (0.4, true), (0.1, false)]).confusion(at: 0.5)
        #expect(c == Confusion(truePositive: 1, falsePositive: 1, falseNegative: 1, trueNegative: 1))
        #expect(c.precision == 0.5 && c.recall == 0.5 && c.f1 == 0.5)
    }

    @Test func averagePrecisionOfPerfectRankingIsOne() {
        #expect(meter([(0.9, true), (0.1, false)]).prAUC == 1)
    }

    @Test func calibrationFitIsMonotone() {
        let scores = (0..<200).map { Double($0 % 20) - 10 }
        let positive = scores.enumerated().map { $0.element > 0 || $0.offset % 7 == 0 }
        let c = Calibration.fit(scores: scores, positive: positive, weights: Array(repeating: 1, count: 200))
        #expect(c.a > 0)
        #expect(c.probability(5) > c.probability(-5))
    }

    /// Held-out scores that rank the labels backwards (noise, on too little data) must not
    /// turn a model's score around: the fit falls back to the raw score.
    @Test func calibrationNeverReversesTheScore() {
        let scores = (0..<40).map { Double($0 % 10) - 5 }
        let positive = scores.map { $0 < 0 }
        let c = Calibration.fit(scores: scores, positive: positive, weights: Array(repeating: 1, count: 40))
        #expect(c == .identity)
    }
}
