import Foundation

/// The whole `winnow score --comments` process on a 200,000-row CSV, as a user runs it.
struct EndToEnd {
    let corpus: Corpus
    static let rows = 200_000

    func run() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("comments.csv")
        var csv = "id,text\n"
        for i in 0..<EndToEnd.rows {
            let text = corpus.comments[i % corpus.comments.count].replacingOccurrences(of: "\"", with: "\"\"")
            csv += "\(i),\"\(text)\"\n"
        }
        try Data(csv.utf8).write(to: input)
        let size = csv.utf8.count
        for jobs in [1, 2] {
            let start = Date()
            let p = Process()
            p.executableURL = URL(fileURLWithPath: ".build/release/winnow")
            p.arguments = [
                "score", "--comments", input.path, "--output", dir.appendingPathComponent("v.csv").path,
                "--quiet", "--jobs", String(jobs)
            ]
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            let seconds = Date().timeIntervalSince(start)
            guard p.terminationStatus == 0 else {
                print("end-to-end: winnow exited \(p.terminationStatus)")
                return
            }
            print(
                String(
                    format:
                        "end-to-end --jobs %d: %d comments in %.2f s = %.0f comments/s, %.1f MB/s (whole process, %.1f MB CSV)",
                    jobs, EndToEnd.rows, seconds, Double(EndToEnd.rows) / seconds,
                    Double(size) / 1_048_576 / seconds, Double(size) / 1_048_576))
        }
    }
}
