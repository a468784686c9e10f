import Foundation
import Testing
@testable import WinnowPipeline

@Suite struct ReportTests {
    func table() -> VerdictTable {
        var t = VerdictTable()
        t.rows = [
            .init(
                source: "a.txt", id: "1", author: "Tom <b>", verdict: "reject", scores: [0.97, 0.1],
                reasons: "hostile: idiots", text: "What a bunch of <script>alert(1)</script> idiots", title: "T"),
            .init(
                source: "a.txt", id: "2", author: "Ann", verdict: "approve", scores: [0.02, 0.1],
                reasons: "", text: "Thanks for the story", title: "T"),
            .init(
                source: "b.txt", id: "1", author: "Spam", verdict: "review", scores: [0.01, 0.8],
                reasons: "spam: my channel", text: "check out my channel", title: "U")
        ]
        return t
    }

    @Test func reportIsSelfContainedAndEscaped() throws {
        let html = ReportWriter.html(table(), decisions: ["b.txt#1": "ok"], title: "r")
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script>alert") && !html.contains("Tom <b>"))
        #expect(html.contains("\\u003cscript\\u003ealert(1)"))
        #expect(html.contains("reject: 1") && html.contains("review: 1") && html.contains("approve: 1"))
        let rows = try #require(try Self.data(html))
        #expect(rows.count == 3)
        // The spam row a moderator approved is marked as overruled (the last cell).
        #expect(rows.first { $0[1] as? String == "1" && $0[0] as? String == "b.txt" }?.last as? Int == 1)
    }

    /// The rows the page carries, parsed as the browser will.
    static func data(_ html: String) throws -> [[Any]]? {
        guard let start = html.range(of: "<script type=application/json id=data>"),
            let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [[Any]]
    }

    /// Every flagged or decided comment is in the table, approved ones only as a sample.
    @Test func aLargeReportSamplesTheApprovedComments() throws {
        var t = VerdictTable()
        for i in 0..<3_000 {
            t.rows.append(
                .init(
                    source: "s", id: "\(i)", author: "", verdict: i % 600 == 0 ? "review" : "approve",
                    scores: [Double(i % 100) / 100, 0], reasons: "", text: "comment \(i)", title: ""))
        }
        let html = ReportWriter.html(t, decisions: ["s#7": "hostile"], title: "big")
        let rows = try #require(try Self.data(html))
        #expect(rows.count == 5 + 1 + ReportWriter.approvedSample)
        #expect(rows.contains { $0[1] as? String == "7" })
        #expect(html.contains("approve: 2995"))
    }

    /// Headless Chromium renders the page and the table shows every comment, from plain
    /// data and from compressed data (what a large report holds).
    @Test(arguments: [Int.max, 0])
    func chromiumRendersTheRows(_ compressAbove: Int) throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let browser = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("note: no Chromium installed; skipping the rendering check (apt-get install chromium)")
            return
        }
        let dir = try TempDirectory()
        let page = try dir.write("r.html", ReportWriter.html(table(), title: "r", compressAbove: compressAbove))
        let r = try ChildProcess.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom",
                "file://" + page
            ],
            timeout: 120, failOnTimeout: false)
        guard !r.timedOut else {
            print("note: Chromium did not finish in 120 s here; skipping the rendering check")
            return
        }
        let dom = r.stdout
        #expect(dom.contains("check out my channel"))
        #expect(dom.components(separatedBy: "data-verdict=").count - 1 == 3)
        #expect(dom.contains("page 1 of 1 (3 comments)"))
    }
}
