import ArgumentParser
import Foundation
import WinnowBayes
import WinnowPipeline
import WinnowText

struct Normalize: WinnowCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tokens a comment becomes (case, look-alike, leetspeak, spacing and mask folding).")

    @Argument(help: "Comment text (reads standard input, one comment per line, when absent).")
    var text: [String] = []

    @Option(help: "Model whose word list undoes masks and spelled-out words (default: the default model, if found).")
    var model: String?

    @Flag(help: "Also print each token's weight in every score of the model.") var explain = false

    func execute() throws {
        // A named model must load; the default one is a help when found, not a requirement.
        let loaded =
            model == nil
            ? try? ModelStore.locate(explicit: nil).model
            : try ModelStore.locate(explicit: model).model
        let normalizer = Normalizer(words: loaded?.words)
        var tokens = TokenList()
        func show(_ line: String) throws {
            try normalizer.tokenize(line, into: &tokens)
            print(tokens.strings.joined(separator: " "))
            guard explain, let loaded else { return }
            let labels = loaded.heads.map(\.label)
            for (token, weights) in loaded.tokenWeights(tokens) {
                let cells = weights.map { w in zip(labels, w).map { "\($0) \(String(format: "%+.2f", $1))" } }
                print(
                    "  \(token.padding(toLength: 16, withPad: " ", startingAt: 0)) \(cells?.joined(separator: "  ") ?? "(unknown to the model)")"
                )
            }
        }
        if text.isEmpty {
            while let line = readLine() { try show(line) }
        } else {
            try show(text.joined(separator: " "))
        }
    }
}
