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
    /// The same, kept only where that word is also the commonest of its shape in civil
    /// comments: a text masked throughout hides mostly ordinary words, and "i****s" read as
    /// idiots where civil comments say issues raised scores by 5 to 8 nats
    /// (Models/README.md, "Obfuscated text").
    let byOrdinaryShape: [UInt32: [UInt8]]
    /// A mask is read as a word only when that word is this share of its shape's words:
    /// "p****e" is "people", but "h**e" could be have, here, hate, home... and a wrong guess
    /// puts a word's evidence where there was none (Models/README.md, "Obfuscated text").
    static let confidentShare = 0.5
    /// Per shape, each known word of it with its frequency in all comments and in civil
    /// ones, for masks that keep letters between their stars ("st*pid", "a**hole").
    let shapeWords: [UInt32: [ShapeWord]]
    /// The odds of a word in other comments against civil ones, over all the words: a
    /// word's own odds divided by this say how much more it belongs to hostile comments.
    let otherOdds: Double

    /// A feature hash (a word's, or a pair's by `FeatureHash.pair`) -> the training
    /// comments holding it, all and civil ones: what a mask's neighbours say it is.
    public typealias DocumentCounts = @Sendable (UInt64) -> (all: Double, civil: Double)?
    let documentCounts: DocumentCounts?
    /// The frequencies of `words` and of `ordinary` sum to these.
    let totalFrequency: Double, civilTotal: Double

    struct ShapeWord: Sendable {
        let word: [UInt8]
        let frequency: Double, ordinary: Double
    }

    /// `words` with their frequency in the training comments; `ordinary` with theirs in
    /// the civil ones (empty: every mask is read as `words` alone says); `counts`, any
    /// word's or word pair's (nil: masks are read without their neighbours).
    public init(
        _ words: [(word: String, frequency: Double)], ordinary: [(word: String, frequency: Double)] = [],
        counts: DocumentCounts? = nil
    ) {
        let total = max(words.reduce(0) { $0 + $1.frequency }, 1)
        let civil = ordinary.reduce(0) { $0 + $1.frequency }
        (totalFrequency, civilTotal) = (total, max(civil, 1))
        documentCounts = counts
        var logs: [UInt64: Float] = [:]
        for (word, frequency) in words where frequency > 0 && WordList.isLowercase(word) {
            logs[FeatureHash.string(word)] = Float(log(frequency / total))
        }
        logFrequency = logs
        let dominant = WordList.dominantWords(words)
        byShape = dominant.filter { $0.value.share >= WordList.confidentShare }.mapValues(\.word)
        shapeWords = WordList.shapeWords(words, ordinary)
        otherOdds = ordinary.isEmpty ? 1 : max(total - civil, 1) / max(civil, 1)
        guard !ordinary.isEmpty else {
            byOrdinaryShape = byShape
            return
        }
        let commonest = WordList.dominantWords(ordinary)
        byOrdinaryShape = byShape.filter { commonest[$0.key]?.word ?? $0.value == $0.value }
    }

    /// Every word of three lowercase letters or more under its shape, with its frequency
    /// in `ordinary` (the words themselves when `ordinary` is empty).
    static func shapeWords(
        _ words: [(word: String, frequency: Double)], _ ordinary: [(word: String, frequency: Double)]
    ) -> [UInt32: [ShapeWord]] {
        // Model.wordList lists both alike, row for row; other callers get a lookup.
        let aligned = ordinary.count == words.count && zip(words, ordinary).allSatisfy { $0.word == $1.word }
        let civil = aligned || ordinary.isEmpty ? [:] : Dictionary(ordinary.map { ($0.word, $0.frequency) }) { $0 + $1 }
        var out: [UInt32: [ShapeWord]] = [:]
        for (i, (word, frequency)) in words.enumerated()
        where frequency > 0 && word.utf8.count >= 3 && isLowercase(word) {
            let bytes = Array(word.utf8)
            let common = ordinary.isEmpty ? frequency : aligned ? ordinary[i].frequency : civil[word] ?? 0
            // Safe: at least three bytes, checked above.
            out[shape(bytes[0], bytes[bytes.count - 1], bytes.count), default: []].append(
                ShapeWord(word: bytes, frequency: frequency, ordinary: common))
        }
        return out
    }

    static func isLowercase(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
    }

    /// Per shape of three letters or more, the most frequent word and its share of them.
    static func dominantWords(_ words: [(word: String, frequency: Double)]) -> [UInt32: (word: [UInt8], share: Double)]
    {
        var shapes: [UInt32: ([UInt8], Double)] = [:], totals: [UInt32: Double] = [:]
        for (word, frequency) in words where frequency > 0 && word.utf8.count >= 3 && isLowercase(word) {
            let bytes = Array(word.utf8)
            // Safe: at least three bytes, checked above.
            let key = WordList.shape(bytes[0], bytes[bytes.count - 1], bytes.count)
            if frequency > (shapes[key]?.1 ?? 0) { shapes[key] = (bytes, frequency) }
            totals[key, default: 0] += frequency
        }
        var out: [UInt32: (word: [UInt8], share: Double)] = [:]
        for (key, (word, frequency)) in shapes { out[key] = (word, frequency / (totals[key] ?? frequency)) }
        return out
    }

    static func shape(_ first: UInt8, _ last: UInt8, _ length: Int) -> UInt32 {
        UInt32(first) << 24 | UInt32(last) << 16 | UInt32(min(length, 0xFFFF))
    }

    package func contains(_ bytes: ArraySlice<UInt8>) -> Bool { score(bytes) != nil }

    package func score(_ bytes: ArraySlice<UInt8>) -> Float? {
        logFrequency[FeatureHash.bytes(bytes)]
    }

    /// The known word a mask stands for, when one dominates its shape: "i***t" -> "idiot";
    /// `cautious` (a text masked throughout), only if civil comments agree.
    package func unmask(first: UInt8, last: UInt8, length: Int, cautious: Bool = false) -> [UInt8]? {
        (cautious ? byOrdinaryShape : byShape)[WordList.shape(first, last, length)]
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
