import Foundation
import Testing
@testable import WinnowSplit

/// The splitter's byte-level string helpers agree with the Character-level calls they
/// replace, on random text of ASCII, accented, CJK and punctuation pieces.
@Suite struct StringSearchTests {
    static let pieces = [
        "a", "Name", " ", "  ", "\t", ":", ": ", "|", " | ", "·", "•", "—", "–", "›", "»", "é", "日本", "\"",
        "“", "”", "(", ")", "[", "]", "-", "says", " says ", "replied to", "©", "x", "…", "ü"
    ]

    private func randomText(_ rng: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func aByteSearchFindsWhatACharacterSearchFinds() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = randomText(&rng), pattern = randomText(&rng)
            guard !pattern.isEmpty else { continue }
            let bytes = text.byteRange(of: pattern), characters = text.firstRange(of: pattern)
            #expect(bytes == characters, "\(text.debugDescription) / \(pattern.debugDescription)")
            #expect(text.containsBytes(of: pattern) == (characters != nil))
            let sub = text.dropFirst()
            #expect(sub.byteRange(of: pattern) == sub.firstRange(of: pattern))
        }
    }

    @Test func trimmingAgreesWithFoundationsTrimming() {
        var rng = SystemRandomNumberGenerator()
        for set in [LineFeatures.wordTrimMarks, " \t-:()[]", " :", " \t\u{00A0}\u{FEFF}"] {
            for _ in 0..<2000 {
                let text = randomText(&rng)
                #expect(
                    text.trimmingCharacters(in: ScalarSet(set))
                        == text.trimmingCharacters(in: CharacterSet(charactersIn: set)),
                    "\(text.debugDescription)")
            }
        }
    }

    @Test func wordsAgreeWithASplitOfCharacters() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let line = randomText(&rng)
            #expect(LineFeatures.words(line, tabs: false) == line.split(separator: " "))
            #expect(
                LineFeatures.words(line, tabs: true) == line.split(whereSeparator: { $0 == " " || $0 == "\t" }))
        }
    }

    /// A line without separators is one piece, as splitting it at them gives.
    @Test func segmentsAgreeWithASplitAtEverySeparator() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let line = randomText(&rng).lowercased()
            let split = line.split(whereSeparator: {
                $0.unicodeScalars.count == 1 && LineFeatures.separatorMarks.contains($0.unicodeScalars.first!)
            })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: " \t-:()[]")) }.filter { !$0.isEmpty }
            #expect(LineFeatures.segments(line) == split, "\(line.debugDescription)")
        }
    }

    /// Line breaks of every kind among the pieces: "\r\n" is one Character, so a search
    /// of bytes must not split it where a split of Characters does not.
    static let linePieces = ["a", "Name", " ", "  ", "\n", "\r", "\r\n", "\n\n", "é", "日本", "—", "…", "x y"]

    @Test func linesAgreeWithASplitOfCharacters() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                Self.linePieces.randomElement(using: &rng)!
            }.joined()
            #expect(
                text.lineSlices()
                    == text.split(
                        omittingEmptySubsequences: false,
                        whereSeparator: {
                            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
                        }), "\(text.debugDescription)")
            #expect(text.linesBetweenFeeds() == text.split(separator: "\n"), "\(text.debugDescription)")
            #expect(text.spacedWordCount == text.split(separator: " ").count, "\(text.debugDescription)")
        }
    }
}
