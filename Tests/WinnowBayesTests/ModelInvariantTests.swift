import Testing
@testable import WinnowBayes
import WinnowText

@Suite struct ModelInvariantTests {
    /// The counts rows of every feature of `text` the model knows.
    func rows(_ model: Model, _ text: String) throws -> [Int32] {
        var tokens = TokenList(), features: [UInt64] = []
        try Normalizer().tokenize(text, into: &tokens)
        FeatureExtractor(charGrams: model.options.charGrams).features(of: tokens, into: &features)
        return features.compactMap { model.counts.index[$0] }
    }

    /// Each head's probability for `text`, through the scoring path.
    func probabilities(_ model: Model, _ text: String) throws -> [Double] {
        var tokens = TokenList()
        try Normalizer().tokenize(text, into: &tokens)
        var scratch = ScoreScratch()
        return model.score(tokens, scratch: &scratch).map(\.probability)
    }

    @Test(arguments: ["you idiot", "thanks for the budget story", "subscribe to my channel", "", "unseen words only"])
    func posteriorSumsToOne(_ text: String) throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let p = model.posterior(rows: try rows(model, text))
        #expect(abs(p.map(\.probability).reduce(0, +) - 1) < 1e-9)
        #expect(p.allSatisfy { $0.probability >= 0 && $0.probability <= 1 })
    }

    @Test func posteriorPrefersTheObviousLabel() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let p = model.posterior(rows: try rows(model, "you stupid idiot moron"))
        #expect(p.max { $0.probability < $1.probability }?.label == "hostile")
    }

    @Test func headProbabilitiesAreProbabilitiesAndRankSensibly() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let hostile = try #require(model.heads.firstIndex { $0.label == "hostile" })
        let rude = try probabilities(model, "you stupid idiot")[hostile]
        let polite = try probabilities(model, "thanks for the clear budget story")[hostile]
        #expect(rude > polite)
        #expect((0...1).contains(rude) && (0...1).contains(polite))
    }

    @Test func saveAndLoadRoundTripsByteForByte() throws {
        let model = try TinyCorpus.trainer(options: TinyCorpus.options).finish()
        let bytes = ModelFile.encode(model)
        let (loaded, kind) = try ModelFile.decode(bytes, path: "m")
        #expect(kind == .model)
        #expect(ModelFile.encode(loaded) == bytes)
        #expect(loaded.counts == model.counts)
        #expect(try probabilities(loaded, "you idiot subscribe") == probabilities(model, "you idiot subscribe"))
    }

    /// Counts add: two shards merged equal the counts of the union, so models match.
    @Test func mergedCountsEqualTrainingOnTheUnion() throws {
        let all = try TinyCorpus.trainer(options: TinyCorpus.options).counts
        var left = try TinyCorpus.trainer(TinyCorpus.rows[0..<7], options: TinyCorpus.options).counts
        let right = try TinyCorpus.trainer(TinyCorpus.rows[7...], options: TinyCorpus.options).counts
        left.merge(right)
        #expect(left.pruned(minimum: 1) == all.pruned(minimum: 1))
    }

    @Test func trainingTwiceGivesTheSameBytes() throws {
        let a = ModelFile.encode(try TinyCorpus.trainer(options: TinyCorpus.options).finish())
        let b = ModelFile.encode(try TinyCorpus.trainer(options: TinyCorpus.options).finish())
        #expect(a == b)
    }

    @Test func singleLabelIsAClearError() throws {
        let trainer = try TinyCorpus.trainer(TinyCorpus.rows[0..<4], options: TinyCorpus.options)
        #expect(throws: BayesError.singleLabel(label: "ok")) { try trainer.finish() }
    }

    @Test func emptyTrainingIsAClearError() {
        #expect(throws: BayesError.noTrainingData) { try Trainer().finish() }
    }
}

@Suite struct ShardTests {
    /// fit == chunked partial_fit: shards merged in any order give the union's model, byte for byte.
    @Test(arguments: [3, 8, 13])
    func mergedShardsGiveTheUnionsModelByteForByte(_ cut: Int) throws {
        let union = ModelFile.encode(try TinyCorpus.trainer(options: TinyCorpus.options).finish())
        var right = try TinyCorpus.trainer(TinyCorpus.rows[cut...], options: TinyCorpus.options)
        right.merge(try TinyCorpus.trainer(TinyCorpus.rows[..<cut], options: TinyCorpus.options))
        #expect(ModelFile.encode(try right.finish()) == union)
    }

    @Test func shardsRoundTripThroughTheCountsFile() throws {
        let trainer = try TinyCorpus.trainer(options: TinyCorpus.options)
        let decoded = try CountsFile.decode(CountsFile.encode(trainer), path: "s")
        #expect(ModelFile.encode(try decoded.finish()) == ModelFile.encode(try trainer.finish()))
    }

    @Test func aModelIsNotAShard() throws {
        let model = ModelFile.encode(try TinyCorpus.trainer(options: TinyCorpus.options).finish())
        #expect(throws: BayesError.self) { _ = try CountsFile.decode(model, path: "m") }
    }
}
