import Foundation
import Testing
@testable import WinnowBayes
import WinnowText

@Suite struct RarityScaleTests {
    let frequencies: [Double] = [1, 1, 2, 3, 5, 8, 40, 200, 900]

    /// A negative power shrinks rare features and lifts common ones; the mean IDF weighs 1.
    @Test(arguments: [-0.25, -0.5, -1])
    func rareFeaturesWeighLessWithANegativePower(_ power: Double) {
        let scale = RarityScale(power: power, documents: 1000, frequencies: frequencies)
        let factors = [1.0, 2, 10, 100, 999].map(scale.factor)
        #expect(zip(factors, factors.dropFirst()).allSatisfy { $0 < $1 })
        let meanIDF = frequencies.map { log(1 + 1000 / $0) }.reduce(0, +) / Double(frequencies.count)
        let atMean = 1000 / (exp(meanIDF) - 1)  // the frequency whose IDF is the mean
        #expect(abs(scale.factor(atMean) - 1) < 1e-12)
    }

    /// Whole frequencies come from a table; it must agree with the formula.
    @Test(arguments: [1.0, 7, 4095, 4096, 12_345])
    func tabulatedFactorsEqualComputedOnes(_ df: Double) {
        let scale = RarityScale(power: -0.25, documents: 50_000, frequencies: frequencies)
        let meanIDF = frequencies.map { log(1 + 50_000 / $0) }.reduce(0, +) / Double(frequencies.count)
        #expect(abs(scale.factor(df) - pow(log(1 + 50_000 / df) / meanIDF, -0.25)) < 1e-12)
    }

    @Test func theScaleIsStoredAndSurvivesSavingAndLoading() throws {
        var options = TinyCorpus.options
        options.idfPower = -0.4
        let model = try TinyCorpus.trainer(options: options).finish()
        let (loaded, _) = try ModelFile.decode(ModelFile.encode(model), path: "m")
        #expect(loaded.options.idfPower == -0.4)
        #expect(loaded.heads.map(\.weights) == model.heads.map(\.weights))
        var unscaled = options
        unscaled.idfPower = 0
        let plain = try TinyCorpus.trainer(options: unscaled).finish()
        #expect(plain.heads.map(\.weights) != model.heads.map(\.weights))
    }

    /// Files written before the scale existed read as unscaled and keep their scores
    /// (the values are what the version-2 program printed for this fixture).
    @Test(arguments: [("you stupid idiot", 0.9926), ("thanks for the clear budget story", 0.0041)])
    func aVersionTwoModelKeepsItsScores(_ text: String, _ expected: Double) throws {
        let old = try OldModelFixture(version: 2)
        #expect(old.model.options.idfPower == 0)
        #expect(abs(try old.hostile(text) - expected) < 0.00005)
    }
}
