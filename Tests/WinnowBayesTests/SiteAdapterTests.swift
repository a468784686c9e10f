import Testing
@testable import WinnowBayes
import WinnowText

/// A site whose moderators remove sneering about "landlords" (a line the base model never
/// learnt) and keep ordinary comments about the same things.
enum LandlordSite {
    static let hostile = [
        "landlords are parasites", "typical greedy landlord scum", "landlord parasites again",
        "another parasite landlord story", "greedy landlords deserve nothing", "landlord scum as usual",
        "parasites like landlords", "greedy parasites", "landlords are scum"
    ]
    static let ok = [
        "the rent increase is steep", "my landlord fixed the heating", "tenants meet on tuesday",
        "the housing board publishes rents", "rent control passed last year", "the building needs repairs",
        "good piece on the rental market", "our lease ends in june", "the city inspects rentals",
        "new tenants moved in", "the heating bill is high", "the rental office opens at nine"
    ]

    static func adapter(_ base: Model) throws -> SiteAdapter {
        var adapter = try SiteAdapter(base: base)
        let normalizer = Normalizer()
        var tokens = TokenList()
        for (texts, label) in [(hostile, "hostile"), (ok, "ok")] {
            for text in texts {
                try normalizer.tokenize(text, into: &tokens)
                adapter.add(tokens: tokens, label: label)
            }
        }
        return adapter
    }
}

@Suite struct SiteAdapterTests {
    func base() throws -> Model { try TinyCorpus.trainer(options: TinyCorpus.options).finish() }

    func hostile(_ model: Model, _ text: String) throws -> Double {
        var tokens = TokenList()
        try Normalizer(words: model.words).tokenize(text, into: &tokens)
        var scratch = ScoreScratch()
        let h = try #require(model.heads.firstIndex { $0.label == "hostile" })
        return model.score(tokens, scratch: &scratch)[h].probability
    }

    @Test func theSiteLineIsLearntFromItsDecisions() throws {
        let base = try base()
        let adapted = try LandlordSite.adapter(base).adapt()
        let record = try #require(adapted.adaptation?.labels.first { $0.label == "hostile" })
        #expect(record.positives == LandlordSite.hostile.count && record.negatives == LandlordSite.ok.count)
        #expect(record.weight > 0 && record.adaptedAUC > record.baseAUC)
        let sneer = "greedy landlord parasites", plain = "the landlord raised the rent"
        #expect(try hostile(base, sneer) - hostile(base, plain) < 0.2)
        #expect(try hostile(adapted, sneer) - hostile(adapted, plain) > 0.5)
    }

    /// What the decisions taught reads as words: the sneering ones raised, the tenants'
    /// ordinary words lowered; nothing for a label whose site expert did not join.
    @Test func theSiteLessonsNameTheWordsTheDecisionsMoved() throws {
        let base = try base()
        let adapted = try LandlordSite.adapter(base).adapt()
        let lessons = try #require(adapted.siteLessons(label: "hostile", limit: 3))
        #expect(Set(lessons.raised.map(\.name)).isSubset(of: ["parasites", "landlord", "landlords", "scum", "greedy"]))
        #expect(!lessons.raised.isEmpty && lessons.raised.allSatisfy { $0.weight > 0 })
        #expect(lessons.lowered.allSatisfy { $0.weight < 0 && !["parasites", "scum", "greedy"].contains($0.name) })
        #expect(adapted.siteLessons(label: "offtopic") == nil)
        #expect(base.siteLessons(label: "hostile") == nil)
    }

    @Test func theTrainedExpertsKeepTheirWeights() throws {
        let base = try base()
        let adapted = try LandlordSite.adapter(base).adapt()
        for label in ["hostile", "offtopic"] {
            let before = try #require(base.head(label)).domains
            let after = try #require(adapted.head(label)).domains.filter { !$0.adapted }
            #expect(before == after)
        }
        // Off-topic had no decisions of its own: nothing joins its head.
        #expect(try #require(adapted.head("offtopic")).domains.allSatisfy { !$0.adapted })
    }

    /// Decisions that say nothing the base model does not (labels at random) leave its
    /// ranking alone: the weight 0 is among those tried, and noise does not beat it.
    @Test func decisionsThatTeachNothingLeaveTheRankingAlone() throws {
        let base = try base()
        var adapter = try SiteAdapter(base: base)
        let normalizer = Normalizer()
        var tokens = TokenList()
        let words = ["rent", "ferry", "budget", "council", "heating", "library", "school", "bridge"]
        for i in 0..<80 {
            try normalizer.tokenize("\(words[i % 8]) \(words[(i * 3 + 1) % 8]) note \(i)", into: &tokens)
            adapter.add(tokens: tokens, label: (i * 7919) % 5 == 0 ? "hostile" : "ok")
        }
        let adapted = try adapter.adapt()
        #expect(adapted.adaptation?.labels.first?.weight == 0)
        #expect(try #require(adapted.head("hostile")).domains.allSatisfy { !$0.adapted })
    }

    @Test func anAdaptedModelSurvivesItsFile() throws {
        let adapted = try LandlordSite.adapter(try base()).adapt()
        let loaded = try ModelFile.decode(ModelFile.encode(adapted), path: "m").0
        #expect(loaded.adaptation == adapted.adaptation && loaded.specs == adapted.specs)
        for text in ["greedy landlord parasites", "you are an idiot", "the rent is due"] {
            #expect(try hostile(loaded, text) == hostile(adapted, text))
        }
    }

    @Test func anAdaptedModelIsNotAdaptedAgain() throws {
        let adapted = try LandlordSite.adapter(try base()).adapt()
        #expect(throws: BayesError.alreadyAdapted(domain: SiteAdapter.domain)) { _ = try SiteAdapter(base: adapted) }
    }

    @Test func decisionsOfOneLabelOnlyTeachNothing() throws {
        var adapter = try SiteAdapter(base: try base())
        var tokens = TokenList()
        try Normalizer().tokenize("fine", into: &tokens)
        adapter.add(tokens: tokens, label: "ok")
        #expect(throws: BayesError.noContrast(labels: ["ok": 1])) { _ = try adapter.adapt() }
    }
}

@Suite struct SiteFitTests {
    /// A score that ranks every positive above every negative gains what the other lacks;
    /// the same scores gain nothing, and nothing is chosen over the base for them.
    @Test func thePairedDifferenceMeasuresTheGainOverTheBase() {
        let positive = [true, false, true, false, false, true, false, false]
        let base = [0.2, 0.9, 0.6, 0.1, 0.5, 0.3, 0.4, 0.8]
        let perfect = positive.map { $0 ? 1.0 : 0.0 }
        let (gain, se) = SiteFit.pairedDifference(perfect, base, positive)
        #expect(abs(gain - (1 - SiteFit.rocAUC(base, positive))) < 1e-12 && se > 0)
        #expect(SiteFit.pairedDifference(base, base, positive).0 == 0)
        #expect(SiteFit.choose([base, base], positive, [0.5, 0.5]) == 0)
    }

    /// The paired difference from sorted placements equals DeLong's sums over every pair
    /// of a positive and a negative, ties included.
    @Test(arguments: [(12, 3), (200, 40), (500, 7)])
    func thePairedDifferenceEqualsTheSumOverEveryPair(_ count: Int, _ levels: Int) {
        var generator = SystemRandomNumberGenerator()
        let positive = (0..<count).map { $0 % 5 == 0 || $0 % 7 == 0 }
        // Few distinct scores, so that ties are common.
        let a = positive.map { p in Double(Int.random(in: 0..<levels, using: &generator) + (p ? 1 : 0)) }
        let b = (0..<count).map { _ in Double(Int.random(in: 0..<levels, using: &generator)) }
        let (gain, se) = SiteFit.pairedDifference(a, b, positive)
        let (expectedGain, expectedSE) = Self.everyPair(a, b, positive)
        #expect(abs(gain - expectedGain) < 1e-12 && abs(se - expectedSE) < 1e-12)
        #expect(abs(gain - (SiteFit.rocAUC(a, positive) - SiteFit.rocAUC(b, positive))) < 1e-9)
    }

    /// DeLong's difference by pairing every positive with every negative: the reference.
    static func everyPair(_ a: [Double], _ b: [Double], _ positive: [Bool]) -> (Double, Double) {
        let pos = positive.indices.filter { positive[$0] }, neg = positive.indices.filter { !positive[$0] }
        func win(_ s: [Double], _ i: Int, _ j: Int) -> Double { s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0 }
        let perPositive = pos.map { i in neg.reduce(0.0) { $0 + win(a, i, $1) - win(b, i, $1) } / Double(neg.count) }
        let perNegative = neg.map { j in pos.reduce(0.0) { $0 + win(a, $1, j) - win(b, $1, j) } / Double(pos.count) }
        func variance(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)
        }
        let gain = perPositive.reduce(0, +) / Double(pos.count)
        return (
            gain, (variance(perPositive) / Double(pos.count) + variance(perNegative) / Double(neg.count)).squareRoot()
        )
    }

    /// Each weight is gated on its own gain over the base; among those that pass, the
    /// largest within a standard error of the best. A weight whose gain does not pass is
    /// passed over, however high the AUC it is given.
    @Test(arguments: [
        // (which weights score well, their AUCs, the weight chosen)
        ([false, true, true, true, false], [0.9, 0.95, 0.94, 0.6], 3),
        ([false, true, false, true, false], [0.9, 0.97, 0.95, 0.6], 3),
        ([false, true, true, false, false], [0.9, 0.95, 0.94, 0.96], 2),
        ([false, false, false, false, false], [0.9, 0.95, 0.94, 0.96], 0)
    ])
    func theLargestPassingWeightNearTheBestPassingOneIsChosen(_ good: [Bool], _ aucs: [Double], _ chosen: Int) {
        let positive = (0..<40).map { $0 % 4 == 0 }
        let base = (0..<40).map { Double(($0 * 7919) % 40) }
        let better = positive.enumerated().map { $1 ? 1.0 + Double($0) : Double($0) / 100 }
        let auc = [SiteFit.rocAUC(base, positive)] + aucs
        #expect(SiteFit.choose(good.map { $0 ? better : base }, positive, auc) == chosen)
    }
}
