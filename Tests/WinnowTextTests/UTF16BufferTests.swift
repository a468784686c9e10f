import Testing
import WinnowText

@Suite struct UTF16BufferTests {
    /// A small seeded generator (splitmix64, whose finalizer the feature hashes use), so a
    /// failure names a draw that can be replayed.
    struct Draws: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            return FeatureHash.finalize(state)
        }
    }

    static func units(_ bytes: [UInt8], reusing out: [UInt16] = []) -> [UInt16] {
        var out = out
        bytes.withUnsafeBufferPointer { UTF16Buffer.setUTF16($0, to: &out) }
        return out
    }

    @Test(arguments: ["", "plain", "café au lait", "іdіоt", "日本語のコメント", "👍🏽 ok 🇨🇦", "a\u{0}b", "\u{FEFF}x"])
    func textsGiveTheUnitsOfTheirUTF16View(_ text: String) {
        #expect(Self.units(Array(text.utf8)) == Array(text.utf16))
    }

    @Test func randomTextsGiveTheUnitsOfTheirUTF16ViewWhateverTheBufferHeldBefore() {
        var draws = Draws(state: 20_261_202)
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "\n", "é", "ß", "і", "—", "€", "日", "😀", "𝐀", "\u{301}", "\u{200B}"
        ]
        var previous: [UInt16] = Array(repeating: 0xAAAA, count: 300)
        for draw in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<80, using: &draws) {
                text.unicodeScalars.append(pool.randomElement(using: &draws) ?? "a")
            }
            let got = Self.units(Array(text.utf8), reusing: previous)
            #expect(got == Array(text.utf16), "draw \(draw): \(text.debugDescription)")
            previous = got + Array(repeating: 0xAAAA, count: draw % 7)
        }
    }

    @Test(arguments: [[0xE2, 0x82] as [UInt8], [0xFF, 0x61], [0x80], [0xF0, 0x9F, 0x98], [0xC3]])
    func malformedBytesBecomeReplacementCharactersNeverATrap(_ bytes: [UInt8]) {
        let got = Self.units(bytes)
        #expect(got.contains(0xFFFD))
        #expect(got.count <= bytes.count)
    }
}
