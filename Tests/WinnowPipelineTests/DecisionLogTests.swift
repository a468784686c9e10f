import Foundation
import Testing
@testable import WinnowPipeline

/// Which verdicts a decisions file has decided, whatever wrote it.
@Suite struct DecisionLogTests {
    struct Shape: Sendable, CustomStringConvertible {
        var description: String
        var csv: String
        var decided: [String]
        var isLog = false
    }

    /// Verdicts of two sources that share the id 1.
    static func verdicts() -> VerdictTable {
        var t = VerdictTable()
        t.rows = [("a.txt", "1"), ("a.txt", "2"), ("b.txt", "1")].map {
            .init(
                source: $0.0, id: $0.1, author: "", verdict: "approve", scores: [0.1, 0.1], reasons: "", text: "x",
                title: "")
        }
        return t
    }

    static let shapes: [Shape] = [
        Shape(
            description: "a review's log (its id is the verdict's key)",
            csv: "id,text,label,source,model_verdict\nb.txt#1,x,ok,moderator,approve\n", decided: ["b.txt#1"],
            isLog: true),
        Shape(
            description: "a queue decided in a spreadsheet (source and id)",
            csv: "source,id,verdict,text,shown_as,label\na.txt,1,approve,x,audit,ok\n", decided: ["a.txt#1"]),
        Shape(
            description: "ids alone: every source's comment with that id",
            csv: "id,text,label\n1,x,hostile\n", decided: ["a.txt#1", "b.txt#1"]),
        Shape(
            description: "a source the verdicts do not have: by id",
            csv: "id,text,label,source\n2,x,ok,moderator\n", decided: ["a.txt#2"])
    ]

    @Test(arguments: shapes)
    func everyShapeOfDecisionsFindsItsVerdicts(_ shape: Shape) throws {
        let dir = try TempDirectory()
        let log = try DecisionLog(path: try dir.write("d.csv", shape.csv))
        #expect(log.decisions(for: DecisionLogTests.verdicts()).keys.sorted() == shape.decided)
        #expect(log.isLog == shape.isLog)
    }
}
