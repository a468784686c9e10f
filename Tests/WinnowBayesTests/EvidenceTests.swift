import Testing
@testable import WinnowBayes
import WinnowText

/// The reasons a verdict names: the features that pushed a head up the most.
@Suite struct EvidenceTests {
    static let model = Result { try TinyCorpus.trainer(options: TinyCorpus.options).finish() }

    /// The hostile head's reasons for `text`, and every known feature of it with its weight.
    static func evidence(_ text: String, limit: Int) throws
        -> (reasons: [(name: String, weight: Float)], all: [(name: String, weight: Float)])
    {
        let model = try model.get()
        var tokens = TokenList(), features: [UInt64] = []
        try Normalizer().tokenize(text, into: &tokens)
        var scratch = ScoreScratch()
        _ = model.score(tokens, scratch: &scratch)
        let hostile = try #require(model.heads.firstIndex { $0.label == "hostile" })
        FeatureExtractor(charGrams: model.options.charGrams).features(of: tokens, into: &features)
        let all = features.compactMap { model.counts.index[$0] }.map {
            (name: model.counts.names[Int($0)], weight: model.heads[hostile].weights[Int($0)])
        }
        return (model.evidence(scratch, head: hostile, limit: limit), all)
    }

    /// The reasons are the strongest positive features a reader can read (no character
    /// grams), strongest first, at most `limit`.
    @Test(arguments: [1, 3, 10])
    func reasonsAreTheStrongestReadableFeaturesStrongestFirst(_ limit: Int) throws {
        let (reasons, all) = try Self.evidence("you stupid idiot, what a moron", limit: limit)
        #expect(!reasons.isEmpty && reasons.count <= limit)
        #expect(reasons.allSatisfy { $0.weight > 0 && !$0.name.hasPrefix("~") })
        #expect(zip(reasons, reasons.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        let named = Set(reasons.map(\.name))
        let left = all.filter { !named.contains($0.name) && !$0.name.hasPrefix("~") && $0.weight > 0 }
        if reasons.count < limit {
            #expect(left.isEmpty)
        } else {
            let weakest = reasons.map(\.weight).min() ?? 0
            let scale = reasons[0].weight / (all.first { $0.name == reasons[0].name }?.weight ?? 1)
            #expect(left.allSatisfy { $0.weight * scale <= weakest })
        }
        if limit >= 3 { #expect(reasons.contains { ["stupid", "idiot", "moron"].contains($0.name) }) }
    }

    @Test func noReasonsAskedNoneGiven() throws {
        #expect(try Self.evidence("you stupid idiot", limit: 0).reasons.isEmpty)
    }
}
