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

    @Test func reportIsSelfContainedAndEscaped() {
        let html = ReportWriter.html(table(), decisions: ["b.txt#1": "ok"], title: "r")
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)"))
        #expect(html.contains("Tom &lt;b&gt;"))
        #expect(html.contains("reject: 1") && html.contains("review: 1") && html.contains("approve: 1"))
        #expect(html.contains("overruled"))
        #expect(html.components(separatedBy: "<tr class=").count - 1 == 3)
    }

    /// Headless Chromium renders the page and the table shows every comment.
    @Test func chromiumRendersTheRows() throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let browser = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("note: no Chromium installed; skipping the rendering check (apt-get install chromium)")
            return
        }
        let dir = try TempDirectory()
        let page = try dir.write("r.html", ReportWriter.html(table(), title: "r"))
        let r = try ChildProcess.run(
            browser, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page],
            timeout: 120, failOnTimeout: false)
        guard !r.timedOut else {
            print("note: Chromium did not finish in 120 s here; skipping the rendering check")
            return
        }
        let dom = r.stdout
        #expect(dom.contains("check out my channel"))
        #expect(dom.components(separatedBy: "data-verdict=").count - 1 == 3)
    }
}
