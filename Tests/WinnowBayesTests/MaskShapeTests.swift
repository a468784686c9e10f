import Testing
import WinnowText

@testable import WinnowBayes

/// Training counts each word of four letters or more also as its mask ("s****d"), so a
/// mask the normalizer cannot read carries the evidence of the words of its shape.
@Suite struct MaskShapeTests {
    static func model(maskShapes: Bool) throws -> Model {
        var options = TinyCorpus.options
        options.maskShapes = maskShapes
        options.shrinks = [:]  // a civil word seen once would shrink to nothing
        return try TinyCorpus.trainer(options: options).finish()
    }

    /// The hostile log-odds the model gives `tokens`, read exactly as written.
    static func hostileLogOdds(_ model: Model, _ words: [String]) throws -> Double {
        var tokens = TokenList()
        for w in words { tokens.append(Array(w.utf8)[...]) }
        var scratch = ScoreScratch()
        let hostile = try #require(model.heads.firstIndex { $0.label == "hostile" })
        return model.score(tokens, scratch: &scratch)[hostile].logOdds
    }

    @Test func eachLongWordIsAlsoCountedAsItsMaskNamedAsWritten() throws {
        let model = try Self.model(maskShapes: true)
        let row = try #require(model.counts.index[FeatureHash.string("s****d")])
        #expect(model.counts.names[Int(row)] == "s****d")
        let hostile = try #require(model.counts.classIndex(ClassKey(label: "hostile", domain: "news")))
        let k = model.counts.classes.count
        #expect(model.counts.counts[Int(row) * k + hostile] == 1)  // "stupid" twice, one comment
        // "the", "for", "and": shorter than four letters, no mask of their own.
        #expect(model.counts.index[FeatureHash.string("t*e")] == nil)
        #expect(try Self.model(maskShapes: false).counts.index[FeatureHash.string("s****d")] == nil)
    }

    /// "i***t" and "m***n" hide idiot and moron, hostile wherever written; "c*****l" hides
    /// council, civil: the mask weighs toward the classes its shape's words are counted in.
    @Test(arguments: [("i***t", true), ("m***n", true), ("c*****l", false)])
    func anUnreadMaskWeighsAsTheWordsOfItsShape(_ mask: String, _ hostile: Bool) throws {
        let withShapes = try Self.model(maskShapes: true), without = try Self.model(maskShapes: false)
        let words = ["what", "a", mask]
        let moved = try Self.hostileLogOdds(withShapes, words) - Self.hostileLogOdds(without, words)
        #expect(hostile ? moved > 0.1 : moved < -0.1)
    }

    /// The hostile head's shrink moves every weight toward 0 but a mask's: it stands alone
    /// for its word, whose grams and pairs the mask took away.
    @Test func aMaskKeepsItsWholeWeightWhereOtherFeaturesShrink() throws {
        var options = TinyCorpus.options
        options.shrinks = ["hostile": 0.9]
        let model = try TinyCorpus.trainer(options: options).finish()
        let h = try #require(model.heads.firstIndex { $0.label == "hostile" })
        let experts = model.specs[h].domains
        let unshrunk = Head.combined(
            Head.expertWeights(model.counts, "hostile", options, experts), experts,
            rows: model.counts.featureCount, shrink: 0)
        let masks = model.counts.maskShapeRows()
        #expect(masks.contains(true) && masks.contains(false))
        for row in 0..<model.counts.featureCount {
            let kept = masks[row] ? unshrunk[row] : Head.shrunk(unshrunk[row], by: 0.9)
            #expect(abs(Double(model.heads[h].weights[row]) - kept) < 1e-5, "\(model.counts.names[row])")
        }
        #expect(masks.indices.contains { masks[$0] && abs(unshrunk[$0]) < 0.9 && unshrunk[$0] != 0 })
    }

    @Test func theOptionIsKeptInTheModelFileAndOlderFilesLackIt() throws {
        for on in [true, false] {
            let model = try Self.model(maskShapes: on)
            let decoded = try ModelFile.decode(ModelFile.encode(model), path: "m.model").0
            #expect(decoded.options.maskShapes == on)
            #expect(decoded.options == model.options)
        }
        #expect(try OldModelFixture(version: 4).model.options.maskShapes == false)
    }
}
