import Testing
import WinnowBayes
@testable import WinnowPipeline
import WinnowSplit
import WinnowText

/// Seeded random inputs for the splitter, the normalizer and the CSV reader: none may
/// crash, hang or break an invariant. `make fuzz` runs more rounds (WINNOW_FUZZ_ROUNDS).
@Suite struct FuzzTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["WINNOW_FUZZ_ROUNDS"] ?? "") ?? 100_000

    /// Inputs mixing random bytes with pieces that exercise the interesting paths.
    struct Generator {
        var state: UInt64
        static let pieces: [String] = [
            "idiot", "1d10t", "i d i o t", "іdіоt", "ｉｄｉｏｔ", "f**k", "a$$", "http://x.y", "@bob", "me@x.org",
            "&quot;", "&#x1F600;", "&#99999999;", "&", "\u{200B}", "\u{FEFF}", "日本語", "한국어", "\"", ",", "\n",
            "\r\n", "Reply", "5 hours ago", "says:", " | March 3, 2024", "12 Comments", "©", "-", "•", "    ",
            "\u{0301}", "\u{1F600}", "ǅ", "ß", "İ", "...", "***", "!!!", "A.B.C.", "45s", "$5.99",
            // The splitter's author-line and dump readings.
            "[12]", "— ", "-- ", "~", "(4 hours ago)", "[6]", "<g@x.org>", "(verified)", "From: ", "by ",
            " on ", "In reply to ", "Post #2", "Posts: 233", "2024-05-30T14:02", "20 min", "[a](http://x)",
            "](http", ": ", " Mod", "✓", "+12", "“", "”", "[–] ", " points ", "Reader since 2013",
            // Markdown and spreadsheet hints.
            "*", "**", "*so*", "](", "sep=;", "sep=\t", "<p>", "</a>"
        ]

        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }

        mutating func bytes(maxLength: Int) -> [UInt8] {
            var out: [UInt8] = []
            let length = Int(next() % UInt64(maxLength))
            while out.count < length {
                switch next() % 4 {
                case 0: out.append(UInt8(truncatingIfNeeded: next()))
                case 1: out.append(contentsOf: Generator.pieces[Int(next() % UInt64(Generator.pieces.count))].utf8)
                default: out.append(UInt8(32 + next() % 95))
                }
            }
            return out
        }

        mutating func text(maxLength: Int) -> String { String(decoding: bytes(maxLength: maxLength), as: UTF8.self) }
    }

    @Test func normalizerSurvivesRandomText() throws {
        var g = Generator(state: 1)
        let normalizer = Normalizer()
        var tokens = TokenList()
        for _ in 0..<Self.rounds {
            try normalizer.tokenize(g.text(maxLength: 120), into: &tokens)
            for i in 0..<tokens.count { #expect(!tokens.range(at: i).isEmpty) }
        }
    }

    @Test func splitterSurvivesRandomPages() {
        var g = Generator(state: 2)
        let splitter = Splitter()
        for _ in 0..<(Self.rounds / 10) {
            let page = splitter.split(g.text(maxLength: 600), source: "fuzz")
            #expect(page.comments.allSatisfy { !$0.text.isEmpty && !$0.author.isEmpty })
        }
    }

    /// Random comments in random threads and under random articles, some empty: every
    /// comment keeps its place and gets an off-topic probability.
    @Test func discussionsSurviveRandomComments() throws {
        var g = Generator(state: 4)
        let model = Model(counts: ClassCounts(), options: TrainingOptions())
        let scorer = CommentScorer(model: model, policy: VerdictPolicy())
        let offtopic = try #require(scorer.columns.labels.firstIndex(of: .offtopic))
        for _ in 0..<max(1, Self.rounds / 2_000) {
            let jobs = (0..<50).map { k -> CommentJob in
                let article = g.next() % 3 == 0 ? g.text(maxLength: 300) : nil
                var job = CommentJob(
                    source: "fuzz", id: "\(k)", author: "", text: g.text(maxLength: 120), article: article)
                job.thread = g.next() % 2 == 0 ? "t\(g.next() % 5)" : nil
                return job
            }
            let source = DiscussionSource([ListSource(jobs)], model: model)
            var ids: [String] = []
            while let job = source.next() {
                ids.append(job.id)
                guard let scored = try? scorer.score(job) else { continue }
                let p = scored.scores[offtopic]
                #expect(p.isNaN || (p >= 0 && p <= 1))
            }
            #expect(ids == jobs.map(\.id))
        }
    }

    @Test func csvReaderSurvivesRandomBytes() {
        var g = Generator(state: 3)
        for _ in 0..<Self.rounds {
            let reader = CSVReader(bytes: g.bytes(maxLength: 80), path: "fuzz.csv")
            var records = 0
            do {
                while try reader.next() != nil { records += 1 }
            } catch {
                #expect("\(error)".hasPrefix("fuzz.csv"))
            }
            #expect(records <= 80)
        }
    }
}

import Foundation
