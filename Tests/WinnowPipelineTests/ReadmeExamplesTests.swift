import Foundation
import Testing

/// The README's examples are real output: each command it shows on files of this
/// repository (`Data/`), with the shipped model, prints the lines shown under it.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct ReadmeExamplesTests {
    struct Example: CustomStringConvertible {
        var arguments: [String]
        /// Lines shown under the command; `...` stands for what the README leaves out.
        var lines: [String]
        var description: String { "winnow " + arguments.joined(separator: " ") }
    }

    /// The README's `$ winnow ...` commands that read only files under `Data/` and write to
    /// standard output, each with the lines shown under it.
    static func examples() throws -> [Example] {
        let readme = try String(
            contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [Example] = [], current: Example?
        var lines = readme.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("    ") else {
                if let c = current { examples.append(c) }
                current = nil
                continue
            }
            let text = line.dropFirst(4)
            if text.hasPrefix("$ ") {
                if let c = current { examples.append(c) }
                var command = String(text.dropFirst(2))
                while command.hasSuffix("\\"), let next = lines.popFirst() {
                    command = command.dropLast() + " " + next.trimmingCharacters(in: .whitespaces)
                }
                current = example(command)
            } else if text != "..." {
                current?.lines.append(String(text))
            }
        }
        if let c = current { examples.append(c) }
        return examples
    }

    /// The example for `command`, when it runs winnow on repository files only and
    /// writes to standard output.
    static func example(_ command: String) -> Example? {
        var words = shellWords(command)
        guard let program = words.first, program == "winnow" || program == ".build/release/winnow" else { return nil }
        words.removeFirst()
        let files = words.filter { !$0.hasPrefix("-") && isPath($0) }
        guard files.allSatisfy({ $0.hasPrefix("Data/") }), !words.contains("--output"), words.first != "review"
        else { return nil }
        return Example(arguments: words, lines: [])
    }

    static func isPath(_ word: String) -> Bool {
        word.contains("/")
            || [".csv", ".model", ".xml", ".json", ".jsonl", ".gz", ".tsv", ".txt", ".html"].contains {
                word.hasSuffix($0)
            }
    }

    /// Words of a shell command line: spaces split, double quotes group.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for c in line {
            if c == "\"" {
                quoted.toggle()
                started = true
            } else if c == " " && !quoted {
                if started { words.append(word) }
                (word, started) = ("", false)
            } else {
                word.append(c)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test func theReadmeShowsCommandsOnTheSampleData() throws {
        let found = try Self.examples()
        #expect(found.count >= 6, "\(found)")
        #expect(found.allSatisfy { !$0.lines.isEmpty }, "\(found)")
    }

    @Test func everyReadmeExampleOnTheSampleDataPrintsWhatTheReadmeShows() throws {
        for example in try Self.examples() {
            let r = try CLI.run(example.arguments)
            #expect(r.status == 0, "\(example): \(r.stderr)")
            let printed = (r.stdout + r.stderr).components(separatedBy: "\n")
            for line in example.lines {
                let shown = printed.contains { Self.line($0, shows: Self.withCheckoutPath(line)) }
                #expect(shown, "\(example) no longer prints: \(line)")
            }
        }
    }

    /// Whether `printed` is what `shown` shows: the parts of `shown` between its `...`
    /// (what the README leaves out) are in `printed`, in order (a long line shown wrapped
    /// is a part per README line).
    static func line(_ printed: String, shows shown: String) -> Bool {
        var rest = printed[...]
        let parts = shown.components(separatedBy: "...")
        for part in parts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// The README shows the model's path as it is in the checkout it was run in.
    static func withCheckoutPath(_ line: String) -> String {
        line.replacingOccurrences(of: "/work/main/", with: packageRoot.path + "/")
    }
}
