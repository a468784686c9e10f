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
        for set in [LineFeatures.wordTrim, " \t-:()[]", " :"] {
            for _ in 0..<2000 {
                let text = randomText(&rng)
                #expect(
                    text.trimmingCharacters(in: set) == text.trimmingCharacters(in: CharacterSet(charactersIn: set)),
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
}
