#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Known words and how common they are: the vocabulary the normalizer consults to undo
/// obfuscation that rules alone cannot (masked "i***t", words spelled out letter by letter
/// and run together, leetspeak made mostly of digits). Built from a model's counts.
public final class WordList: Sendable {
    /// Token hash -> log relative frequency.
    let logFrequency: [UInt64: Float]
    /// (first letter, last letter, length) -> the most frequent such word, when it is at
    /// least `confidentShare` of the known words of that shape.
    let byShape: [UInt32: [UInt8]]
    /// A mask is read as a word only when that word is this share of its shape's words:
    /// "p****e" is "people", but "h**e" could be have, here, hate, home... and a wrong guess
    /// puts a word's evidence where there was none (Models/README.md, "Obfuscated text").
    static let confidentShare = 0.5

    public init(_ words: [(word: String, frequency: Double)]) {
        let total = max(words.reduce(0) { $0 + $1.frequency }, 1)
        var logs: [UInt64: Float] = [:], shapes: [UInt32: ([UInt8], Double)] = [:], totals: [UInt32: Double] = [:]
        for (word, frequency) in words where frequency > 0 {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
            logs[FeatureHash.string(word)] = Float(log(frequency / total))
            guard bytes.count >= 3 else { continue }
            let key = WordList.shape(bytes.first!, bytes.last!, bytes.count)
            if frequency > (shapes[key]?.1 ?? 0) { shapes[key] = (bytes, frequency) }
            totals[key, default: 0] += frequency
        }
        logFrequency = logs
        byShape = shapes.filter { $0.value.1 >= WordList.confidentShare * (totals[$0.key] ?? 0) }.mapValues(\.0)
    }

    static func shape(_ first: UInt8, _ last: UInt8, _ length: Int) -> UInt32 {
        UInt32(first) << 24 | UInt32(last) << 16 | UInt32(min(length, 0xFFFF))
    }

    package func contains(_ bytes: ArraySlice<UInt8>) -> Bool { score(bytes) != nil }

    package func score(_ bytes: ArraySlice<UInt8>) -> Float? {
        logFrequency[FeatureHash.bytes(bytes)]
    }

    /// The known word a mask stands for, when one dominates its shape: "i***t" -> "idiot".
    package func unmask(first: UInt8, last: UInt8, length: Int) -> [UInt8]? {
        byShape[WordList.shape(first, last, length)]
    }

    /// Splits a run of letters into the most likely known words ("exactlywhat" ->
    /// ["exactly", "what"]), or nil when it cannot be covered by known words.
    package func segment(_ letters: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        let n = letters.count, base = letters.startIndex
        guard n > 0, n <= 400 else { return nil }
        var best = [Float](repeating: -.infinity, count: n + 1), from = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for end in 1...n {
            for start in max(0, end - 24)..<end where best[start] > -.infinity {
                let word = letters[(base + start)..<(base + end)]
                guard var s = score(word) else { continue }
                // One-letter "words" other than a and i are how segmentation cheats.
                if word.count == 1, word.first != 97, word.first != 105 { s -= 20 }
                if best[start] + s > best[end] {
                    best[end] = best[start] + s
                    from[end] = start
                }
            }
        }
        guard best[n] > -.infinity else { return nil }
        var cuts: [ArraySlice<UInt8>] = [], end = n
        while end > 0 {
            cuts.append(letters[(base + from[end])..<(base + end)])
            end = from[end]
        }
        return cuts.reversed()
    }
}
