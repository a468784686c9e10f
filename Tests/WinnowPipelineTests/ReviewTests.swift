import Foundation
@testable import WinnowPipeline
import Testing


@Suite struct ReviewQueueTests {
    func row(_ id: String, _ verdict: String, _ hostile: Double) -> VerdictTable.Row {
        VerdictTable.Row(source: "p.txt", id: id, author: "a", verdict: verdict, hostile: hostile, offtopic: 0,
                         reasons: "", text: "t\(id)", title: "")
    }

    @Test func flaggedRowsComeHighestScoreFirstAndDecidedOnesAreSkipped() {
        var table = VerdictTable()
        table.rows = [row("1", "review", 0.6), row("2", "approve", 0.1), row("3", "reject", 0.95), row("4", "review", 0.7)]
        var queue = ReviewQueue(verdicts: table, decided: ["p.txt#4": "ok"])
        #expect(queue.current?.id == "3")
        queue.advance(decided: "hostile")
        #expect(queue.current?.id == "1")
        #expect(queue.back()?.id == "3")
        #expect(queue.remaining == 2)  // rows 3 and 1; row 4 was decided earlier
    }

    @Test func decisionsAreAppendedUndoneAndResumed() throws {
        let dir = try TempDirectory()
        let path = dir.path("d.csv")
        let log = try DecisionLog(path: path)
        try log.record(row("1", "review", 0.6), label: "ok")
        try log.record(row("3", "reject", 0.9), label: "hostile")
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
        #expect(try CLI.run(["score", "Data/pages", "--model", model, "--output", out, "--quiet"]).status == 0)
        return out
    }

    @Test func aScriptedSessionWritesTrainableDecisions() throws {
        let dir = try TempDirectory()
        let v = try verdicts(dir)
        let flagged = try VerdictTable.read(v).rows.filter(\.flagged).count
        try #require(flagged >= 2)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["review", v]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // hostile, skip, undo the skip, hostile, off-topic, quit
        input.fileHandleForWriting.write(Data("hsuhoq".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let decisions = try VerdictTable.readDecisions(dir.path("v.decisions.csv"))
        #expect(decisions == ["hostile", "hostile", "offtopic"])
        let trained = try CLI.run(["train", dir.path("v.decisions.csv"), "Data/labeled-example.csv",
                                   "--output", dir.path("m.model"), "--min-count", "1"])
        #expect(trained.status == 0, "\(trained.stderr)")
    }

    /// A real terminal: a pseudo-terminal runs the review in raw mode and types the keys
    /// (tmux where its server can start; Python's pty module otherwise).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func worksInARealTerminal() throws {
        let dir = try TempDirectory()
        let v = try verdicts(dir)
        let driver = """
            import os, pty, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], [sys.argv[1], "review", sys.argv[2]])
            def read():
                time.sleep(0.8); out = b""
                try:
                    while True:
                        import select
                        r, _, _ = select.select([fd], [], [], 0.2)
                        if not r: break
                        out += os.read(fd, 65536)
                except OSError: pass
                return out.decode("utf-8", "replace")
            first = read()
            os.write(fd, b"h"); second = read()
            os.write(fd, b"q"); read()
            os.waitpid(pid, 0)
            print("SCREEN1", "[a] approve" in first, "SCREEN2", "1 decided" in second)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", driver, CLI.binary.path, v]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(report.contains("SCREEN1 True SCREEN2 True"), "\(report)")
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
        func tmux(_ args: [String], capture: Bool = true) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
            p.arguments = args
            // The tmux server started by new-session would inherit a pipe and keep it open.
            let out = Pipe()
            p.standardOutput = capture ? out : FileHandle.nullDevice
            p.standardError = capture ? out : FileHandle.nullDevice
            try p.run()
            let text = capture ? String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
        let (started, _) = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "40",
                                     "\(CLI.binary.path) review \(v); sleep 2"], capture: false)
        guard started == 0 else {
            print("note: tmux could not start a session here; skipping the tmux check")
            return
        }
        defer { _ = try? tmux(["kill-session", "-t", session], capture: false) }
        Thread.sleep(forTimeInterval: 1.0)
        let screen = try tmux(["capture-pane", "-p", "-t", session]).1
        #expect(screen.contains("[a] approve"))
        #expect(screen.contains("verdict:"))
        _ = try tmux(["send-keys", "-t", session, "o"])
        Thread.sleep(forTimeInterval: 0.5)
        _ = try tmux(["send-keys", "-t", session, "q"])
        Thread.sleep(forTimeInterval: 0.5)
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
