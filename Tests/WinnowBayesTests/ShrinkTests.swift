import Foundation
import Testing
@testable import WinnowBayes
import WinnowText

@Suite struct ShrinkTests {
    static func train(_ shrinks: [String: Double]) throws -> Model {
        var options = TinyCorpus.options
        options.shrinks = shrinks
        return try TinyCorpus.trainer(options: options).finish()
    }

    /// Soft thresholding: weights within the shrink of 0 become 0, the rest move toward 0
    /// by it (the experts' calibrations stay as they were fitted); words' masks keep theirs.
    @Test(arguments: [0.05, 0.2, 0.5])
    func weightsWithinTheShrinkBecomeZeroAndTheRestMoveByIt(_ shrink: Double) throws {
        let plain = try ShrinkTests.train([:]), shrunk = try ShrinkTests.train(["hostile": shrink])
        let before = try #require(plain.head("hostile")).weights, after = try #require(shrunk.head("hostile")).weights
        #expect(shrunk.head("hostile")?.domains.map(\.calibration) == plain.head("hostile")?.domains.map(\.calibration))
        #expect(after.contains(0) && before.contains { abs($0) > Float(shrink) })
        let masks = shrunk.counts.maskShapeRows()
        for (row, (w, s)) in zip(before, after).enumerated() {
            let moved = abs(Double(w)) <= shrink ? 0 : Double(w) - (w > 0 ? shrink : -shrink)
            #expect(abs(Double(s) - (masks[row] ? Double(w) : moved)) < 1e-5)
        }
    }

    @Test func labelsNotNamedAreLeftAlone() throws {
        let plain = try ShrinkTests.train([:]), shrunk = try ShrinkTests.train(["hostile": 0.3])
        #expect(shrunk.head("offtopic")?.weights == plain.head("offtopic")?.weights)
    }

    @Test func aShrinkForEveryLabelCoversLabelsNotNamed() throws {
        let plain = try ShrinkTests.train([:]), everyLabel = try ShrinkTests.train(["*": 0.3, "hostile": 0.1])
        let exact = try ShrinkTests.train(["offtopic": 0.3, "hostile": 0.1])
        #expect(everyLabel.heads.map(\.weights) == exact.heads.map(\.weights))
        #expect(everyLabel.head("offtopic")?.weights != plain.head("offtopic")?.weights)
    }

    @Test func theShrinksAreStoredAndSurviveSavingAndLoading() throws {
        let model = try ShrinkTests.train(["hostile": 0.3, "offtopic": 0.1])
        let (loaded, _) = try ModelFile.decode(ModelFile.encode(model), path: "m")
        #expect(loaded.options.shrinks == ["hostile": 0.3, "offtopic": 0.1])
        #expect(loaded.heads.map(\.weights) == model.heads.map(\.weights))
    }

    /// Rows that every head weighs 0 leave the scoring table; the score is still the sum of
    /// the known features' weights over (every distinct feature)^lengthPower.
    @Test(arguments: ["you stupid idiot moron", "thanks for the clear budget story", "subscribe you idiot", "zzz qqq"])
    func scoresMatchTheSumOverEveryKnownFeature(_ text: String) throws {
        let model = try ShrinkTests.train(["hostile": 0.3, "offtopic": 0.3])
        #expect(model.options.lengthCountsEveryFeature)
        var tokens = TokenList(), features: [UInt64] = []
        try Normalizer().tokenize(text, into: &tokens)
        FeatureExtractor(charGrams: model.options.charGrams).features(of: tokens, into: &features)
        var scratch = ScoreScratch()
        let scores = model.score(tokens, scratch: &scratch)
        for (j, head) in model.heads.enumerated() {
            let sum = features.compactMap { model.counts.index[$0] }.reduce(0.0) { $0 + Double(head.weights[Int($1)]) }
            #expect(abs(scores[j].logOdds - head.logOdds(sum: sum, features: features.count)) < 1e-9)
        }
    }

    /// Files written before version 4 had no shrink and normalised by known features only;
    /// they keep their scores (the values are what the version-3 program printed).
    @Test(arguments: [("you stupid idiot", 0.9887), ("thanks for the clear budget story", 0.0200)])
    func aVersionThreeModelKeepsItsScores(_ text: String, _ expected: Double) throws {
        let old = try OldModelFixture(version: 3)
        #expect(old.model.options.shrinks.isEmpty && !old.model.options.lengthCountsEveryFeature)
        #expect(abs(try old.hostile(text) - expected) < 0.00005)
    }
}
