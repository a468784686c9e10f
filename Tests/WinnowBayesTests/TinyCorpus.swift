import WinnowBayes
import WinnowText

/// A small labeled corpus written for the tests, and helpers to train on it.
enum TinyCorpus {
    static let rows: [(String, String, String)] = [
        ("thanks for the clear explanation of the budget", "ok", "news"),
        ("the council should publish the traffic study", "ok", "news"),
        ("good reporting on the housing costs", "ok", "news"),
        ("does the ferry schedule change in april", "ok", "news"),
        ("you are an idiot and a liar", "hostile", "news"),
        ("shut up you clueless moron", "hostile", "news"),
        ("what a pathetic idiot wrote this", "hostile", "news"),
        ("stupid article by a stupid hack", "hostile", "news"),
        ("please cite a source for this claim", "ok", "wiki"),
        ("i reverted the edit, see the talk page", "ok", "wiki"),
        ("you moron stop vandalising the page", "hostile", "wiki"),
        ("idiot admins ruin everything", "hostile", "wiki"),
        ("check out my channel and subscribe", "offtopic", "video"),
        ("subscribe to my channel for free money", "offtopic", "video"),
        ("great song, love the chorus", "ok", "video"),
        ("this video made my day", "ok", "video")
    ]

    /// The tokens the normalizer (no word list) makes of `text`.
    static func tokens(_ text: String) throws -> TokenList {
        var list = TokenList()
        try Normalizer().tokenize(text, into: &list)
        return list
    }

    static func trainer(
        _ subset: ArraySlice<(String, String, String)> = rows[...],
        options: TrainingOptions = TrainingOptions()
    ) throws -> Trainer {
        let normalizer = Normalizer()
        var trainer = Trainer(options: options)
        var tokens = TokenList()
        for (text, label, domain) in subset {
            try normalizer.tokenize(text, into: &tokens)
            trainer.add(tokens: tokens, label: label, domain: domain)
        }
        return trainer
    }

    static var options: TrainingOptions {
        var o = TrainingOptions()
        o.minimumCount = 1
        return o
    }
}
