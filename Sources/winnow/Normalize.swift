import ArgumentParser
import WinnowText

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tokens a comment becomes (after case, confusable and obfuscation folding).")

    @Argument(help: "Comment text (reads standard input, one comment per line, when absent).")
    var text: [String] = []

    func run() throws {
        let normalizer = Normalizer()
        if text.isEmpty {
            while let line = readLine() { print(try normalizer.tokens(line).joined(separator: " ")) }
        } else {
            print(try normalizer.tokens(text.joined(separator: " ")).joined(separator: " "))
        }
    }
}
