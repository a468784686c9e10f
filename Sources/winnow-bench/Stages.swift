import Foundation
import WinnowBayes
import WinnowPipeline
import WinnowSplit
import WinnowText

/// Per-stage throughput on one core.
struct Stages {
    let corpus: Corpus

    func split() throws {
        let splitter = Splitter()
        var comments = 0
        for p in corpus.pages { comments += splitter.split(p, source: "").comments.count }
        let repeats = max(1, 2_000 / max(corpus.pages.count, 1))
        measure("split", items: corpus.pages.count, bytes: corpus.pageBytes, unit: "pages", repeats: repeats) {
            for p in corpus.pages { _ = splitter.split(p, source: "") }
        }
    }

    func normalize() throws {
        let normalizer = Normalizer()
        var tokens = TokenList()
        try measure("normalize", items: corpus.comments.count, bytes: corpus.commentBytes) {
            for c in corpus.comments { try normalizer.tokenize(c, into: &tokens) }
        }
        let ascii = corpus.comments.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        let other = corpus.comments.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
        try measure("  ascii", items: ascii.count, bytes: ascii.reduce(0) { $0 + $1.utf8.count }) {
            for c in ascii { try normalizer.tokenize(c, into: &tokens) }
        }
        try measure("  non-ascii", items: other.count, bytes: other.reduce(0) { $0 + $1.utf8.count }) {
            for c in other { try normalizer.tokenize(c, into: &tokens) }
        }
    }

    func train() throws -> Model {
        var model: Model?
        try measure("train", items: corpus.comments.count, bytes: corpus.commentBytes) {
            let normalizer = Normalizer()
            var tokens = TokenList()
            var trainer = Trainer()
            for (c, l) in zip(corpus.comments, corpus.labels) {
                try normalizer.tokenize(c, into: &tokens)
                trainer.add(tokens: tokens, label: l, domain: "bench")
            }
            model = try trainer.finish()
        }
        return model!
    }

    func score(_ model: Model) throws {
        let scorer = CommentScorer(model: model, policy: VerdictPolicy())
        try measure("score", items: corpus.comments.count, bytes: corpus.commentBytes) {
            for c in corpus.comments { _ = try scorer.score(CommentJob(source: "s", id: "1", author: "a", text: c)) }
        }
    }

    func csvWrite() throws {
        let writer = CSVWriter()
        let row = ScoredComment(
            source: "pages/a.txt", id: "12", author: "Someone", verdict: "review",
            scores: [0.5, 0.25], reasons: "hostile: idiot", text: "")
        var bytes = 0
        measure("csv write", items: corpus.comments.count, bytes: corpus.commentBytes + corpus.comments.count * 60) {
            bytes = 0
            for c in corpus.comments {
                var r = row
                r.text = c
                bytes += writer.row(r.fields()).utf8.count
            }
        }
    }
}
