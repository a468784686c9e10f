import Foundation
import Testing
import WinnowBayes
@testable import WinnowPipeline

@Suite struct DiscussionScoringTests {
    /// Forty comments each: a thread is known by its size (`Relevance.halfKnown`).
    static let ferryWords = [
        "ferry", "terminal", "harbour", "berth", "riders", "fares", "queues", "sailings", "deckhands", "ramp",
        "waterfront", "crossing", "vessel", "dock", "schedule", "commuters", "expansion", "parking"
    ]
    static let electionWords = [
        "ballots", "polling", "turnout", "campaign", "voters", "mayoral", "candidates", "debate", "precinct",
        "recount", "incumbent", "stations", "scrutineers", "advance", "lawn", "signs", "platform", "council"
    ]
    static func thread(_ words: [String]) -> [String] {
        (0..<40).map { k in
            "I think the " + (0..<6).map { words[(k * 5 + $0 * 7) % words.count] }.joined(separator: " and the ")
        }
    }
    static let ferry = thread(ferryWords), election = thread(electionWords)
    static let moved = "The ballots ran out at the polling stations before turnout was counted"

    /// Two threads named in a `thread` column; `moved` sits in the ferry one.
    static func csv() -> String {
        var rows = ["id,text,thread,label"]
        for (k, t) in ferry.enumerated() { rows.append("f\(k),\"\(t)\",ferry-thread,ok") }
        rows.append("moved,\(moved),ferry-thread,offtopic")
        for (k, t) in election.enumerated() { rows.append("e\(k),\"\(t)\",election-thread,ok") }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func aCommentMovedFromAnotherThreadIsFlaggedAndTheReasonNamesThatThread() throws {
        let dir = try TempDirectory()
        let input = try dir.write("threads.csv", DiscussionScoringTests.csv())
        let r = try CLI.run([
            "score", "--comments", input, "--thread-column", "thread", "--model", "Models/winnow.model", "--quiet"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        let header = rows[0]
        let id = try #require(header.firstIndex(of: "id")), offtopic = try #require(header.firstIndex(of: "offtopic"))
        let reasons = try #require(header.firstIndex(of: "reasons"))
        let moved = try #require(rows.first { $0[id] == "moved" })
        let ferry = rows.filter { $0[id].hasPrefix("f") }
        #expect(ferry.count == DiscussionScoringTests.ferry.count)
        for row in ferry { #expect(Double(row[offtopic])! < Double(moved[offtopic])!) }
        #expect(Double(moved[offtopic])! >= 0.5)
        #expect(moved[reasons].contains("reads like \"election-thread\""))
        #expect(moved[reasons].contains("ballots"))
    }

    /// A discussion's context is its own input's comments: the same page gets the same rows
    /// alone, in a batch, or on a Spark partition.
    @Test func aPageGetsTheSameRowsAloneAsInABatch() throws {
        let batch = try CLI.run(["score", "Data/pages", "--model", "Models/winnow.model", "--quiet", "--no-header"])
        #expect(batch.status == 0, "\(batch.stderr)")
        var alone = ""
        for page in ["ferry-fares.html", "riverside-bike-lanes.txt", "transit-strike.txt"] {
            let r = try CLI.run([
                "score", "Data/pages/\(page)", "--model", "Models/winnow.model", "--quiet", "--no-header"
            ])
            alone += r.stdout
        }
        #expect(!alone.isEmpty)
        #expect(alone == batch.stdout)
    }

    @Test func withoutAThreadColumnTheSameRowsHaveNoThreadEvidence() throws {
        let dir = try TempDirectory()
        let input = try dir.write("threads.csv", DiscussionScoringTests.csv())
        let r = try CLI.run(["score", "--comments", input, "--model", "Models/winnow.model", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("reads like"))
    }

    @Test func evaluateMeasuresOffTopicWithTheThreadColumn() throws {
        let dir = try TempDirectory()
        let input = try dir.write("threads.csv", DiscussionScoringTests.csv())
        let r = try CLI.run([
            "evaluate", input, "--thread-column", "thread", "--model", "Models/winnow.model", "--json"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let scores = json?["scores"] as? [String: Any], offtopic = scores?["offtopic"] as? [String: Any]
        #expect((offtopic?["roc_auc"] as? Double) == 1.0)
    }

    @Test func aMissingThreadColumnIsABadUsageNamingIt() throws {
        let dir = try TempDirectory()
        let input = try dir.write("threads.csv", DiscussionScoringTests.csv())
        let r = try CLI.run([
            "score", "--comments", input, "--thread-column", "topic", "--model", "Models/winnow.model"
        ])
        #expect(r.status == 64)
        #expect(r.stderr.contains("topic"))
    }

    /// A thread column or an article makes a discussion; an export's thread title alone
    /// does not (a video's comments, often half spam, are better told apart by the spam class).
    @Test(
        arguments: [
            (nil, nil, "Video title", false), ("t1", nil, "", true), (nil, "An article.", "", true),
            ("", "", "Title", false), ("t1", "An article.", "Title", true)
        ] as [(String?, String?, String, Bool)])
    func whatMakesADiscussion(_ thread: String?, _ article: String?, _ title: String, _ grouped: Bool) {
        var job = CommentJob(source: "s", id: "1", author: "", text: "x", article: article, title: title)
        job.thread = thread
        #expect((job.discussionKey != nil) == grouped)
    }

    static func job(_ id: String, thread: String?) -> CommentJob {
        var job = CommentJob(source: "s", id: id, author: "", text: "comment \(id) about ferries")
        job.thread = thread
        return job
    }

    @Test func commentsKeepTheirOrderAndOnlyThoseInADiscussionAreIndexed() throws {
        let model = Model(counts: ClassCounts(), options: TrainingOptions())
        let threads: [String?] = [nil, nil, "a", "b", nil, "a"]
        let first = ListSource(threads.prefix(3).enumerated().map { DiscussionScoringTests.job("\($0)", thread: $1) })
        let second = ListSource(
            threads.dropFirst(3).enumerated().map { DiscussionScoringTests.job("\($0 + 3)", thread: $1) })
        let source = DiscussionSource([first, second], model: model)
        var out: [CommentJob] = []
        while let job = source.next() { out.append(job) }
        #expect(out.map(\.id) == ["0", "1", "2", "3", "4", "5"])
        #expect(out.map { $0.discussion == nil } == threads.map { $0 == nil })
        #expect(out[2].discussion?.index == out[5].discussion?.index)
        #expect(out[2].discussion?.index != out[3].discussion?.index)
        #expect(out[2].discussion?.set.count == 2)
    }

    /// A file with an article per row does not hold all its articles' counts at once.
    @Test func aWindowHoldsABoundedNumberOfDiscussions() throws {
        let model = Model(counts: ClassCounts(), options: TrainingOptions())
        let n = DiscussionWindow.discussions + 10
        let list = ListSource((0..<n).map { DiscussionScoringTests.job("\($0)", thread: "t\($0)") })
        let source = DiscussionSource([list], model: model)
        var out: [CommentJob] = []
        while let job = source.next() { out.append(job) }
        #expect(out.map(\.id) == (0..<n).map { "\($0)" })
        #expect(out.first?.discussion?.set.count == DiscussionWindow.discussions)
        #expect(out.last?.discussion?.set.count == 10)
    }

    /// One input's comments, a bounded number of them and of their discussions, go together.
    @Test func aWindowTakesOneInputsCommentsUpToItsBounds() {
        var rule = DiscussionWindow()
        func admits(_ source: String, _ thread: String?) -> Bool {
            rule.admits(CommentJob(source: source, id: "", author: "", text: "x", thread: thread))
        }
        #expect(admits("a.csv", "t1"))
        #expect(admits("a.csv", nil))
        #expect(!admits("b.csv", "t1"))
        var all = true
        for k in 2...DiscussionWindow.discussions { all = admits("a.csv", "t\(k)") && all }
        #expect(all)
        #expect(!admits("a.csv", "t-new"))
        #expect(admits("a.csv", "t1"))
    }

    /// A plain file streams: nothing is read ahead of a comment that has no discussion.
    @Test func commentsWithoutADiscussionAreNotReadAhead() throws {
        let model = Model(counts: ClassCounts(), options: TrainingOptions())
        let list = ListSource((0..<5).map { DiscussionScoringTests.job("\($0)", thread: nil) })
        let source = DiscussionSource([list], model: model)
        _ = source.next()
        #expect(list.remaining.count == 4)
    }
}
