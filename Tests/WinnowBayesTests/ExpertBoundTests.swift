import Foundation
import Testing
@testable import WinnowBayes
import WinnowText

/// A bounded domain expert may not claim much more than the other domains show.
@Suite struct ExpertBoundTests {
    /// The tiny corpus's experts for `hostile` (news and wiki), news bounded by `bound`.
    func experts(newsBound bound: Double?) throws -> (ClassCounts, [Head.DomainExpert]) {
        var trainer = try TinyCorpus.trainer(options: TinyCorpus.options)
        if let bound { trainer.domainBounds = ["news": bound] }
        let model = try trainer.finish()
        let head = try #require(model.head("hostile"))
        return (model.counts, head.domains)
    }

    @Test(arguments: [0.0, 0.5, 2.0])
    func boundedWeightsStayWithinTheBoundOfTheOtherExperts(_ bound: Double) throws {
        let (counts, experts) = try experts(newsBound: bound)
        let news = try #require(experts.firstIndex { $0.domain == "news" })
        #expect(experts[news].bound == bound)
        let bounded = Head.expertWeights(counts, "hostile", TinyCorpus.options, experts)
        let own = try #require(bounded[news])
        let others = bounded.indices.filter { $0 != news }.compactMap { bounded[$0] }
        #expect(!others.isEmpty)
        for row in own.indices {
            let low = others.map { $0[row] }.min() ?? 0, high = others.map { $0[row] }.max() ?? 0
            #expect(own[row] >= low - bound - 1e-12 && own[row] <= high + bound + 1e-12)
        }
    }

    @Test func aFeatureOnlyTheBoundedDomainSawWeighsAtMostTheBound() throws {
        let (counts, experts) = try experts(newsBound: 0.5)
        let row = try #require(counts.names.firstIndex(of: "pathetic"))
        let unbounded = Head.domainWeights(counts, "hostile", TinyCorpus.options, "news")?[row] ?? 0
        let bounded = Head.expertWeights(counts, "hostile", TinyCorpus.options, experts)
        let news = try #require(experts.firstIndex { $0.domain == "news" })
        #expect(unbounded > 0.5)
        #expect(bounded[news]?[row] == 0.5)
    }

    @Test func withoutABoundTheExpertKeepsItsOwnWeights() throws {
        let (counts, experts) = try experts(newsBound: nil)
        let weights = Head.expertWeights(counts, "hostile", TinyCorpus.options, experts)
        for (expert, w) in zip(experts, weights) {
            #expect(w == Head.domainWeights(counts, "hostile", TinyCorpus.options, expert.domain))
        }
    }

    @Test func theBoundSurvivesSavingAndLoading() throws {
        var trainer = try TinyCorpus.trainer(options: TinyCorpus.options)
        trainer.domainBounds = ["news": 0.75]
        let model = try trainer.finish()
        let (loaded, _) = try ModelFile.decode(ModelFile.encode(model), path: "m")
        #expect(loaded.specs == model.specs)
        #expect(loaded.head("hostile")?.domains.first { $0.domain == "news" }?.bound == 0.75)
    }

    @Test func aVersionOneModelStillLoadsWithUnboundedExperts() throws {
        let model = try OldModelFixture(version: 1).model
        #expect(model.heads.flatMap(\.domains).allSatisfy { $0.bound == nil })
        #expect(!model.heads.isEmpty)
    }
}
