import Foundation
import Testing
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

    /// The targets, scored like ../shared/tools/split_score.py.
    @Test(.enabled(if: available()))
    func devPagesMeetTheQualityTargets() throws {
        var tp = 0, predicted = 0, gold = 0, phantom = 0, articleF1: [Double] = []
        for (text, g) in try Self.pages("dev") + Self.pages("seeds") {
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
        #expect(f1 >= 0.95, "comment F1 \(f1)")
        #expect(articleF1.reduce(0, +) / Double(articleF1.count) >= 0.97)
        #expect(phantom == 0)
    }
}
