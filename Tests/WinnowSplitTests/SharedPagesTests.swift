import Foundation
import Testing
import WinnowFormats
import WinnowSplit

/// Quality on the shared gold pages (../shared/data/pages). Skipped, with a note, when the
/// shared data is not beside the checkout.
@Suite struct SharedPagesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/pages").standardizedFileURL

    struct Gold: Decodable {
        struct C: Decodable {
            var author: String
            var text: String
        }
        var article: [String]
        var comments: [C]
    }

    static func available() -> Bool {
        let ok = FileManager.default.fileExists(atPath: root.path)
        if !ok { print("note: \(root.path) absent; skipping shared page tests") }
        return ok
    }

    static func pages(_ folder: String) throws -> [(text: String, gold: Gold)] {
        let dir = root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.map { name in
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let goldURL = dir.appendingPathComponent(String(name.dropLast(4)) + ".gold.json")
            return (text, try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL)))
        }
    }

    static func tokens(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
    }

    static func f1(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for t in b { counts[t, default: 0] += 1 }
        var tp = 0
        for t in a where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            tp += 1
        }
        guard tp > 0 else { return 0 }
        let p = Double(tp) / Double(a.count), r = Double(tp) / Double(b.count)
        return 2 * p * r / (p + r)
    }

    @Test(.enabled(if: available()))
    func seedPagesYieldExactlyTheEightSeedComments() throws {
        let pages = try Self.pages("seeds")
        let split = pages.map { Splitter().split($0.text, source: "") }
        #expect(split.map(\.comments.count) == pages.map(\.gold.comments.count))
        for (p, g) in zip(split, pages.map(\.gold)) {
            #expect(p.comments.map(\.author) == g.comments.map(\.author))
            #expect(p.comments.map(\.text) == g.comments.map(\.text))
        }
    }

    /// Comment F1, mean article F1 and phantom comments over `pages`, scored like
    /// ../shared/tools/split_score.py.
    static func score(_ pages: [(text: String, gold: Gold)]) -> (comments: Double, article: Double, phantom: Int) {
        var tp = 0, predicted = 0, gold = 0, phantom = 0, articleF1: [Double] = []
        for (text, g) in pages {
            let p = Splitter().split(text, source: "")
            predicted += p.comments.count
            gold += g.comments.count
            if g.comments.isEmpty { phantom += p.comments.count }
            var used = Set<Int>()
            for c in g.comments {
                if let j = p.comments.indices.first(where: {
                    !used.contains($0)
                        && p.comments[$0].author.lowercased() == c.author.lowercased()
                        && Self.f1(Self.tokens(p.comments[$0].text), Self.tokens(c.text)) >= 0.9
                }) {
                    used.insert(j)
                    tp += 1
                }
            }
            articleF1.append(Self.f1(Self.tokens(p.article), g.article.flatMap(Self.tokens)))
        }
        let precision = Double(tp) / Double(max(predicted, 1)), recall = Double(tp) / Double(max(gold, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        return (f1, articleF1.reduce(0, +) / Double(max(articleF1.count, 1)), phantom)
    }

    /// The targets, scored like ../shared/tools/split_score.py.
    @Test(.enabled(if: available()))
    func devPagesMeetTheQualityTargets() throws {
        let s = Self.score(try Self.pages("dev") + Self.pages("seeds"))
        #expect(s.comments >= 0.95, "comment F1 \(s.comments)")
        #expect(s.article >= 0.97)
        #expect(s.phantom == 0)
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func layoutsAvailable() -> Bool {
        guard available() else { return false }
        if python == nil { print("note: python3 absent; skipping the re-rendered layouts") }
        return python != nil
    }

    /// The dev pages' gold re-rendered into the 106 text layouts and the 53 HTML families of
    /// `make split-layouts` (HTML pages rendered as `winnow split` reads them, and dumped a
    /// text node a line as scrapers write them).
    @Test(
        .enabled(if: layoutsAvailable()),
        arguments: [
            "layouts.py", "layouts_more.py", "layouts_world.py", "layouts_sites.py", "html_pages.py",
            "html_pages_world.py", "html_pages_sites.py", "text_nodes.py"
        ]
    )
    func pagesInLayoutsNotInTheDevSetMeetTheTargets(_ generator: String) throws {
        let pages = try Self.generated(by: generator)
        let s = Self.score(pages)
        #expect(pages.count >= 100)
        #expect(s.comments >= 0.95, "comment F1 \(s.comments)")
        #expect(s.phantom == 0)
    }

    /// The HTML families as lynx, w3m and html2text dump them (whichever are installed:
    /// `Tools/browser_dumps.py`): wrapped paragraphs, bullets, buttons, Markdown. Below the
    /// 0.95 of the layouts Winnow reads a page in (names and dates run together where the
    /// markup has no space between them are not all read apart): Docs/splitter.md.
    @Test(.enabled(if: layoutsAvailable()))
    func pagesAsTextBrowsersDumpThemMeetTheirTarget() throws {
        let pages = try Self.generated(by: "browser_dumps.py")
        guard !pages.isEmpty else {
            print("note: none of lynx, w3m, html2text is installed; skipping the browser dumps")
            return
        }
        // A third of them, every family in it: the debug build splits slowly.
        let s = Self.score(pages.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        #expect(s.comments >= 0.94, "comment F1 \(s.comments)")
        #expect(s.article >= 0.95, "article F1 \(s.article)")
        #expect(s.phantom == 0)
    }

    /// The dev articles with a site's furniture under them and no comment section: lists
    /// of stories with ages, bylines or reading times are not comments (one page in 40 may
    /// still get one).
    @Test(.enabled(if: layoutsAvailable()))
    func articlesWithoutCommentsGetNone() throws {
        let pages = try Self.generated(by: "pages_without_comments.py")
        let phantoms = pages.filter { !Splitter().split($0.text, source: "").comments.isEmpty }.count
        #expect(pages.count >= 250)
        #expect(phantoms * 40 <= pages.count, "\(phantoms) of \(pages.count) pages with comments")
    }

    /// The pages and gold a generator in Tools/ writes from the dev pages (HTML pages
    /// rendered as `winnow split` reads them).
    static func generated(by generator: String) throws -> [(text: String, gold: Gold)] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-layouts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let tools = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Tools")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [
            tools.appendingPathComponent(generator).path, out.path, Self.root.appendingPathComponent("dev").path
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        return try names.map { name in
            let raw = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            return (
                text: name.hasSuffix(".html") ? HTMLPage.text(raw) : raw,
                gold: try JSONDecoder().decode(
                    Gold.self, from: Data(contentsOf: out.appendingPathComponent(stem + ".gold.json")))
            )
        }
    }
}
