import Foundation
@testable import WinnowPipeline
import Testing

/// The site-adaptation loop through the binary: a queue without a terminal, then adapt.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct AdaptCommandTests {
    @Test func theQueueFileListsTheNextCommentsNotYetDecided() throws {
        let dir = try TempDirectory()
        let v = try ReviewCommandTests().verdicts(dir)
        let all = try VerdictTable.read(v).rows.count
        try DecisionLog(path: dir.path("v.decisions.csv")).record(try VerdictTable.read(v).rows[0], label: "ok")
        let r = try CLI.run(["review", v, "--queue", "5", "--output", dir.path("q.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(try String(contentsOfFile: dir.path("q.csv"), encoding: .utf8))
        #expect(rows[0] == ReviewQueueFile.header(.standard))
        #expect(rows.count == min(6, all))
        let first = try VerdictTable.read(v).rows[0]
        #expect(!rows.dropFirst().contains { $0[0] == first.source && $0[1] == first.id })
        let shownAs = rows[0].firstIndex(of: "shown_as")!
        #expect(Set(rows.dropFirst().map { $0[shownAs] }).isSubset(of: ["uncertain", "borderline", "audit"]))
    }

    /// A queue half decided: the rows without a label are not decisions yet.
    @Test func rowsWithoutALabelAreLeftOutAndCounted() throws {
        let dir = try TempDirectory()
        let base = try EndToEndTests.exampleModel(dir)
        let decided = try String(contentsOfFile: try AdaptCommandTests.landlordDecisions(dir), encoding: .utf8)
        let file = try dir.write("half.csv", decided + "u1,not looked at yet,\nu2,nor this one,\n")
        let r = try CLI.run(["adapt", file, "--model", base, "--output", dir.path("site.model")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("hostile: 12 of 32 decisions"), "\(r.stdout)")
        #expect(r.stderr.contains("half.csv: 2 rows without a label (not decided yet) left out"), "\(r.stderr)")
    }

    @Test func adaptWritesAModelThatRecordsTheSite() throws {
        let dir = try TempDirectory()
        let base = try EndToEndTests.exampleModel(dir)
        let decisions = try AdaptCommandTests.landlordDecisions(dir)
        let r = try CLI.run(["adapt", decisions, "--model", base, "--output", dir.path("site.model")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("hostile: 12 of 32 decisions"))
        let scored = try CLI.run(["score", "--comments", decisions, "--model", dir.path("site.model"), "--quiet"])
        #expect(scored.status == 0, "\(scored.stderr)")
    }

    struct BadDecisions: Sendable, CustomStringConvertible {
        var description: String
        var csv: String
        var message: String
    }

    static let bad: [BadDecisions] = [
        BadDecisions(
            description: "an unknown label", csv: "id,text,label\n1,fine,ok\n2,awful,toxic\n",
            message: "d.csv:3: label 'toxic'"),
        BadDecisions(
            description: "an empty text", csv: "id,text,label\n1,fine,ok\n2,  ,hostile\n",
            message: "d.csv:3: empty text"),
        BadDecisions(
            description: "one class only", csv: "id,text,label\n1,fine,ok\n2,good,ok\n",
            message: "the decisions hold 2 ok and nothing else"),
        BadDecisions(
            description: "no label column", csv: "id,text,decision\n1,fine,ok\n",
            message: "no column 'label'")
    ]

    @Test(arguments: bad)
    func badDecisionsAreNamedAndLeaveNoModel(_ c: BadDecisions) throws {
        let dir = try TempDirectory()
        let base = try EndToEndTests.exampleModel(dir)
        let decisions = try dir.write("d.csv", c.csv)
        let out = try dir.write("site.model", "yesterday's model")
        let r = try CLI.run(["adapt", decisions, "--model", base, "--output", out])
        #expect(r.status == 1 || r.status == 64)
        #expect(r.stderr.contains(c.message), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "yesterday's model")
    }
}

extension AdaptCommandTests {
    /// 12 hostile and 20 civil decisions about landlords, in the training format.
    /// Moderators decide a queue in a spreadsheet, filling its label column: the queue's
    /// verdict and shown_as columns still say which decisions audit the approved comments.
    @Test func aQueueDecidedInASpreadsheetEstimatesRecall() throws {
        let dir = try TempDirectory()
        let v = try ReviewCommandTests().verdicts(dir)
        #expect(
            try CLI.run(["review", v, "--queue", "9", "--order", "teach", "--output", dir.path("q.csv")]).status == 0)
        let rows = try CLI.records(try String(contentsOfFile: dir.path("q.csv"), encoding: .utf8))
        let verdict = try #require(rows[0].firstIndex(of: "verdict"))
        #expect(rows[0].last == "label" && rows.dropFirst().allSatisfy { $0.last == "" })
        let label = { (row: [String]) in row[verdict] == "approve" ? "ok" : "hostile" }
        // Filled in, or (as the queue once had to be) a label column of the user's own added.
        let filled = [rows[0]] + rows.dropFirst().map { $0.dropLast() + [label($0)] }
        let added = [rows[0] + ["label"]] + rows.dropFirst().map { $0 + [label($0)] }
        for (name, decided) in [("filled.csv", filled), ("added.csv", added)] {
            let file = try dir.write(name, CLI.csv(decided))
            let r = try CLI.run(["evaluate", file, "--verdicts", v])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("precision of the flags: 100.0%"), "\(name): \(r.stdout)")
            #expect(r.stdout.contains("misses in the audit of approved comments: 0.0%"), "\(name): \(r.stdout)")
        }
    }

    /// The next queue leaves out what a decided queue, or a file of `id,text,label`, decided;
    /// the interactive review appends only to its own log.
    @Test func decisionsFromASpreadsheetAreNotQueuedAgain() throws {
        let dir = try TempDirectory()
        let v = try ReviewCommandTests().verdicts(dir)
        #expect(try CLI.run(["review", v, "--queue", "4", "--output", dir.path("q.csv")]).status == 0)
        let rows = try CLI.records(try String(contentsOfFile: dir.path("q.csv"), encoding: .utf8))
        let id = try #require(rows[0].firstIndex(of: "id"))
        let first = Set(rows.dropFirst().map { $0[id] })
        let decided = [rows[0]] + rows.dropFirst().map { $0.dropLast() + ["ok"] }
        let spreadsheet = try dir.write("d.csv", CLI.csv(decided))
        // The queue as written, nothing decided in it yet, decides nothing.
        let undecided = try CLI.run([
            "review", v, "--decisions", dir.path("q.csv"), "--queue", "4", "--output", dir.path("same.csv")
        ])
        #expect(undecided.status == 0, "\(undecided.stderr)")
        let same = try CLI.records(try String(contentsOfFile: dir.path("same.csv"), encoding: .utf8))
        #expect(Set(same.dropFirst().map { $0[id] }) == first)
        let bare = try dir.write("bare.csv", "id,text,label\n" + first.map { "\($0),x,ok\n" }.joined())
        for file in [spreadsheet, bare] {
            let r = try CLI.run(["review", v, "--decisions", file, "--queue", "4", "--output", dir.path("next.csv")])
            #expect(r.status == 0, "\(r.stderr)")
            let next = try CLI.records(try String(contentsOfFile: dir.path("next.csv"), encoding: .utf8))
            #expect(next.count == 5 && first.isDisjoint(with: next.dropFirst().map { $0[id] }), "\(file)")
        }
        // Several files: a new log first, then what the spreadsheets decided.
        let both = try CLI.run([
            "review", v, "--decisions", dir.path("log.csv"), "--decisions", spreadsheet, "--decisions", bare,
            "--queue", "9", "--output", dir.path("rest.csv")
        ])
        #expect(both.status == 0, "\(both.stderr)")
        let rest = try CLI.records(try String(contentsOfFile: dir.path("rest.csv"), encoding: .utf8))
        #expect(rest.count > 1 && first.isDisjoint(with: rest.dropFirst().map { $0[id] }))
        let missing = try CLI.run([
            "review", v, "--decisions", bare, "--decisions", dir.path("none.csv"), "--queue", "1", "--output", "-"
        ])
        #expect(missing.status == 1 && missing.stderr.contains("none.csv"), "\(missing.stderr)")
        let r = try CLI.run(["review", v, "--decisions", bare], stdin: Data())
        #expect(r.status == 1 && r.stderr.contains("bare.csv: cannot write (not a decisions log"), "\(r.stderr)")
    }

    static func landlordDecisions(_ dir: TempDirectory) throws -> String {
        var csv = "id,text,label\n"
        for i in 0..<12 { csv += "h\(i),greedy landlord parasites number \(i),hostile\n" }
        for i in 0..<20 { csv += "o\(i),the landlord fixed the heating on day \(i),ok\n" }
        return try dir.write("d.csv", csv)
    }

    /// An adapted model takes count shards like any other, and keeps its record.
    @Test func anAdaptedModelStillMergesShards() throws {
        let dir = try TempDirectory()
        let base = try EndToEndTests.exampleModel(dir)
        let decisions = try AdaptCommandTests.landlordDecisions(dir)
        #expect(try CLI.run(["adapt", decisions, "--model", base, "--output", dir.path("site.model")]).status == 0)
        #expect(
            try CLI.run([
                "train", "Data/labeled-example.csv", "--shard", "--min-count", "1", "--output", dir.path("c.counts")
            ]).status == 0)
        let r = try CLI.run(["merge", dir.path("site.model"), dir.path("c.counts"), "--output", dir.path("m.model")])
        #expect(r.status == 0, "\(r.stderr)")
        let before = try ModelStore.load(dir.path("site.model")), after = try ModelStore.load(dir.path("m.model"))
        #expect(after.adaptation == before.adaptation && after.adaptation != nil)
    }
}

extension AdaptCommandTests {
    /// An export's moderation status teaches `adapt` through a label map.
    @Test func anExportsStatusCanBeTheDecisions() throws {
        let dir = try TempDirectory()
        let base = try EndToEndTests.exampleModel(dir)
        let verdicts = dir.path("v.csv")
        #expect(try CLI.run(["score", "Data/exports/disqus.xml", "--model", base, "--output", verdicts]).status == 0)
        let r = try CLI.run([
            "adapt", verdicts, "--label-column", "status", "--label-map", "spam=offtopic,approved=ok", "--model", base,
            "--output", dir.path("site.model")
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("offtopic: 1 of 3 decisions"))
    }
}
