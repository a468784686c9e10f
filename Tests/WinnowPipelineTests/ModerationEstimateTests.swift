import Foundation
@testable import WinnowPipeline
import Testing

@Suite struct ModerationEstimateTests {
    /// Wilson's interval for 5 of 150 (a textbook case: 1.4 % to 7.6 %).
    @Test func theAuditShareHasWilsonsInterval() {
        let share = ModerationEstimate.Share(hits: 5, of: 150)
        #expect(abs(share.interval.low - 0.0143) < 0.0005 && abs(share.interval.high - 0.0756) < 0.0005)
    }

    /// 40 flags of which 30 hostile, and 2 misses among 100 audited of 1,000 approved:
    /// about 30 found and 20 missed, recall 0.6.
    @Test func recallIsEstimatedFromTheFlagsAndTheAudit() throws {
        var decisions: [(label: String, modelVerdict: String, shownAs: String?)] = []
        decisions += (0..<40).map { ($0 < 30 ? "hostile" : "ok", "review", "uncertain") }
        decisions += (0..<100).map { ($0 < 2 ? "hostile" : "ok", "approve", "audit") }
        decisions += (0..<10).map { _ in ("ok", "approve", "uncertain") }  // not an audit: not counted
        let e = ModerationEstimate(decisions: decisions, negative: "ok", flagged: 40, approved: 1000)
        #expect(e.precision.value == 0.75 && e.missRate.value == 0.02)
        let recall = try #require(e.recall)
        #expect(abs(recall.value - 0.6) < 1e-9)
        #expect(recall.low < 0.6 && recall.high > 0.6 && recall.low >= 0 && recall.high <= 1)
        #expect(ModerationEstimate(decisions: decisions, negative: "ok", flagged: nil, approved: nil).recall == nil)
    }
}
