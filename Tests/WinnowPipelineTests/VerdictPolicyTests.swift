import Foundation
import Testing
import WinnowPipeline

@Suite struct VerdictPolicyTests {
    @Test(arguments: [(0.1, 0.1, "approve"), (0.6, 0.1, "review"), (0.1, 0.95, "reject"), (0.92, 0.0, "reject")])
    func defaultThresholds(_ hostile: Double, _ offtopic: Double, _ verdict: String) {
        #expect(VerdictPolicy().verdict([("hostile", hostile), ("offtopic", offtopic)]) == verdict)
    }

    @Test func perScoreThresholdsOverrideTheDefault() throws {
        let policy = VerdictPolicy(
            reject: try VerdictPolicy.parse("hostile=0.7"), review: try VerdictPolicy.parse("0.3"))
        #expect(policy.verdict([("hostile", 0.75), ("offtopic", 0)]) == "reject")
        #expect(policy.verdict([("hostile", 0.0), ("offtopic", 0.75)]) == "review")
        #expect(policy.verdict([("hostile", 0.2), ("offtopic", 0.2)]) == "approve")
    }

    @Test(arguments: ["1.5", "hostile=abc", "-0.1", "", "=0.5"])
    func badThresholdsAreClearErrors(_ spec: String) {
        #expect(throws: PipelineError.self) {
            let parsed = try VerdictPolicy.parse(spec)
            if parsed.isEmpty { throw PipelineError.badOption("empty") }
        }
    }

    @Test func baseRatesMoveBalancedProbabilitiesToTheSitesOdds() throws {
        var policy = VerdictPolicy()
        policy.baseRates = try VerdictPolicy.parse("hostile=0.1")
        #expect(abs(policy.adjust(0.5, "hostile") - 0.1) < 1e-9)
        #expect(policy.adjust(0.9, "hostile") < 0.9)
        #expect(policy.adjust(0.9, "offtopic") == 0.9)
        #expect(VerdictPolicy().adjust(0.7, "hostile") == 0.7)
    }
}

/// Bad option values are bad usage, found before any work (exit 64).
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct OptionValueTests {
    @Test(arguments: [
        ["score", "Data/pages", "--review-above", "1.5"],
        ["score", "Data/pages", "--reject-above", "hostile=x"],
        ["evaluate", "Data/labeled-example.csv", "--base-rate", "hostile=1"],
        ["train", "Data/labeled-example.csv", "--output", "/tmp/never.model", "--shrink", "hostile=-1"],
        ["train", "Data/labeled-example.csv", "--output", "/tmp/never.model", "--alpha", "0"],
        ["review", "Data/labeled-example.csv", "--queue", "0", "--output", "-"],
        ["review", "Data/labeled-example.csv", "--order", "loudest"]
    ])
    func aBadOptionValueIsBadUsage(_ arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.model"))
    }
}
