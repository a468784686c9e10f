import Foundation
@testable import WinnowPipeline
import Testing

@Suite struct ReviewQueueTests {
    func row(_ id: String, _ verdict: String, _ hostile: Double) -> VerdictTable.Row {
        VerdictTable.Row(
            source: "p.txt", id: id, author: "a", verdict: verdict, scores: [hostile, 0],
            reasons: "", text: "t\(id)", title: "")
    }

    @Test func scoreOrderShowsFlaggedRowsHighestFirstAndSkipsDecidedOnes() {
        var table = VerdictTable()
        table.rows = [
            row("1", "review", 0.6), row("2", "approve", 0.1), row("3", "reject", 0.95), row("4", "review", 0.7)
        ]
        var queue = ReviewQueue(verdicts: table, decided: ["p.txt#4": "ok"], order: .score)
        #expect(queue.current?.id == "3")
        queue.advance(decided: "hostile")
        #expect(queue.current?.id == "1")
        #expect(queue.back() == true)
        #expect(queue.current?.id == "3")
        #expect(queue.remaining == 2)  // rows 3 and 1; row 4 was decided earlier
    }

    /// Teaching shows, in every ten, the least certain comment, five borderline ones and
    /// four audited approved ones; each comment comes once, and a list that runs out gives
    /// its turns to the others.
    @Test func teachOrderMixesUncertainBorderlineAndAuditedComments() {
        var table = VerdictTable()
        let scores = (0..<200).map { Double(($0 * 7919) % 200) / 200 }
        table.rows = scores.enumerated().map { i, p in
            row("\(i)", p >= 0.9 ? "reject" : p >= 0.5 ? "review" : "approve", p)
        }
        let queue = ReviewQueue(verdicts: table, decided: [:])
        let shown = queue.upcoming(1000)
        #expect(shown.count == scores.count && Set(shown.map(\.row.id)).count == scores.count)
        #expect(shown[0].reason == .uncertain && abs(shown[0].row.scores[0] - 0.5) < 0.01)
        #expect(shown.prefix(10).map(\.reason) == ReviewOrder.teachPattern)
        #expect(shown.filter { $0.reason == .audit }.allSatisfy { !$0.row.flagged })
        // Borderline comments are ranked between the top 10 (5 %) and the top 100 (50 %).
        #expect(shown.filter { $0.reason == .borderline }.allSatisfy { (0.5..<0.95).contains($0.row.scores[0]) })
        // A skip is undone without a decision to take back.
        var stepping = queue
        stepping.advance(decided: nil)
        #expect(stepping.back() == false)
    }

    /// The audit draws from a random half of the approved comments that no other list
    /// takes from, so it stays a uniform sample of them whatever the others show first.
    @Test func theTeachOrdersAuditIsNotThinnedByTheOtherLists() {
        var table = VerdictTable()
        table.rows = (0..<400).map { i in row("\(i)", "approve", Double(i % 97) / 200) }
        let shown = ReviewQueue(verdicts: table, decided: [:]).upcoming(400)
        let audited = shown.filter { $0.reason == .audit }.map(\.row)
        let others = shown.filter { $0.reason != .audit }.map(\.row)
        #expect(audited.allSatisfy(\.inAuditHalf) && others.allSatisfy { !$0.inAuditHalf })
        // The half is a random one: about half the comments, spread over the scores.
        let half = table.rows.filter(\.inAuditHalf)
        #expect((160...240).contains(half.count))
        let lowHalf = half.filter { $0.scores[0] < 0.24 }.count
        #expect(abs(Double(lowHalf) / Double(half.count) - 0.5) < 0.12)
    }

    /// Every order shows each comment of a small table once, however few there are.
    @Test(arguments: [0, 1, 2, 3, 19, 20, 21])
    func everyOrderHandlesSmallTables(_ n: Int) {
        var table = VerdictTable()
        table.rows = (0..<n).map { i -> VerdictTable.Row in
            let flagged = i % 3 == 0
            let score: Double = flagged ? 0.6 : Double(i) / 100
            return row("\(i)", flagged ? "review" : "approve", score)
        }
        for order in ReviewOrder.allCases {
            let shown = ReviewQueue(verdicts: table, decided: [:], order: order).upcoming(n + 5)
            #expect(Set(shown.map(\.row.id)).count == shown.count)
            if order == .teach || order == .uncertain { #expect(shown.count == n) }
        }
    }

    @Test func decisionsAreAppendedUndoneAndResumed() throws {
        let dir = try TempDirectory()
        let path = dir.path("d.csv")
        let log = try DecisionLog(path: path)
        try log.record(row("1", "review", 0.6), label: "ok", shownAs: .uncertain)
        try log.record(row("3", "reject", 0.9), label: "hostile", shownAs: .audit)
        #expect(try log.undo() == "p.txt#3")
        let reopened = try DecisionLog(path: path)
        #expect(reopened.decided == ["p.txt#1": "ok"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("id,text,label,source,"))
    }
}

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct ReviewCommandTests {
    func verdicts(_ dir: TempDirectory) throws -> String {
        let model = try EndToEndTests.exampleModel(dir)
        let out = dir.path("v.csv")
        // A low review threshold flags enough rows for every scripted key to land on one.
        #expect(
            try CLI.run([
                "score", "Data/pages", "--model", model, "--output", out, "--quiet",
                "--review-above", "0.25"
            ]).status == 0)
        return out
    }

    @Test func aScriptedSessionWritesTrainableDecisions() throws {
        let dir = try TempDirectory()
        let v = try verdicts(dir)
        let flagged = try VerdictTable.read(v).rows.filter(\.flagged).count
        try #require(flagged >= 3)
        // hostile, skip, undo the skip, hostile, off-topic, quit
        #expect(try CLI.run(["review", v], stdin: Data("hsuhoq".utf8)).status == 0)
        let decisions = try VerdictTable.readDecisions(dir.path("v.decisions.csv"))
        #expect(decisions == ["hostile", "hostile", "offtopic"])
        let trained = try CLI.run([
            "train", dir.path("v.decisions.csv"), "Data/labeled-example.csv",
            "--output", dir.path("m.model"), "--min-count", "1"
        ])
        #expect(trained.status == 0, "\(trained.stderr)")
    }

    /// A real terminal: a pseudo-terminal runs the review in raw mode and types the keys
    /// (tmux where its server can start; Python's pty module otherwise). Each key is typed
    /// only once the screen it answers is drawn, so a slow start cannot lose a key.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func worksInARealTerminal() throws {
        let dir = try TempDirectory()
        let v = try verdicts(dir)
        let driver = """
            import os, pty, select, signal, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], [sys.argv[1], "review", sys.argv[2]])
            seen = b""
            def until(marker, seconds=60):
                global seen
                deadline = time.time() + seconds
                while marker not in seen and time.time() < deadline:
                    if select.select([fd], [], [], 0.2)[0]:
                        try: seen += os.read(fd, 65536)
                        except OSError: break
                found = marker in seen
                seen = b""
                return found
            first = until(b"[a] approve")
            os.write(fd, b"h"); second = until(b"1 decided")
            os.write(fd, b"q"); until(b"decisions in")
            deadline = time.time() + 30
            while os.waitpid(pid, os.WNOHANG) == (0, 0):
                if time.time() > deadline:
                    os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0); print("KILLED"); break
                time.sleep(0.05)
            print("SCREEN1", first, "SCREEN2", second)
            """
        let r = try ChildProcess.run("/usr/bin/python3", ["-c", driver, CLI.binary.path, v], timeout: 200)
        #expect(r.stdout.contains("SCREEN1 True SCREEN2 True"), "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("KILLED"))
        #expect(try VerdictTable.readDecisions(dir.path("v.decisions.csv")) == ["hostile"])
    }
}

extension ReviewCommandTests {
    /// The way: tmux runs the review in a real terminal and send-keys types.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")))
    func worksUnderTmuxSendKeys() throws {
        let dir = try TempDirectory()
        let v = try verdicts(dir)
        let session = "winnow-test-\(getpid())"
        func tmux(_ args: [String]) throws -> ChildProcess.Result {
            try ChildProcess.run("/usr/bin/tmux", args, timeout: 30)
        }
        /// Polls the pane until `text` shows, for at most a minute.
        func screenShows(_ text: String) throws -> Bool {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if try tmux(["capture-pane", "-p", "-t", session]).stdout.contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        let started = try tmux([
            "new-session", "-d", "-s", session, "-x", "100", "-y", "40",
            "\(CLI.binary.path) review \(v); sleep 30"
        ])
        guard started.status == 0 else {
            print("note: tmux could not start a session here; skipping the tmux check")
            return
        }
        defer { _ = try? tmux(["kill-session", "-t", session]) }
        #expect(try screenShows("[a] approve"))
        #expect(try screenShows("verdict:"))
        _ = try tmux(["send-keys", "-t", session, "o"])
        #expect(try screenShows("1 decided"))
        _ = try tmux(["send-keys", "-t", session, "q"])
        #expect(try screenShows("decisions in"))
        #expect(try VerdictTable.readDecisions(dir.path("v.decisions.csv")) == ["offtopic"])
    }
}

extension VerdictTable {
    /// The labels of a decisions file, in order.
    static func readDecisions(_ path: String) throws -> [String] {
        let table = try CSVTable(path: path)
        let label = try table.column("label")
        var labels: [String] = []
        while let row = try table.next() { labels.append(row.fields[label]) }
        return labels
    }
}
