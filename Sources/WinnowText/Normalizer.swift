/// Turns a comment into the tokens the classifier sees.
///
/// ASCII text (after mapping typographic quotes and dashes) takes the pure-Swift byte path.
/// Anything else goes through ICU: NFKC_Casefold (compatibility forms, case, invisible
/// characters), confusable folding of look-alike letters, and dictionary word breaks for
/// scripts written without spaces. ASCII stretches of mixed text still take the byte path,
/// so "idiot" is the same token whatever script surrounds it.
///
/// One instance per thread: it owns ICU iterators and scratch buffers.
public final class Normalizer {
    private var icuText: ICUText?
    private var ascii: [UInt8] = []
    private var folded: [UInt16] = []
    /// Known words, for undoing masks, spelled-out words and digit-heavy leetspeak.
    public var words: WordList?

    public init(words: WordList? = nil) { self.words = words }

    private func icu() throws(TextError) -> ICUText {
        if let icuText { return icuText }
        let made = try ICUText()
        icuText = made
        return made
    }

    /// The tokens of `text` as strings (for display and tests).
    public func tokens(_ text: String) throws(TextError) -> [String] {
        var list = TokenList()
        try tokenize(text, into: &list)
        return list.strings
    }

    /// Replaces the contents of `out` with the tokens of `text`.
    public func tokenize(_ text: String, into out: inout TokenList) throws(TextError) {
        out.removeAll()
        var text = HTMLEntities.decode(text) ?? text
        let pureASCII = text.withUTF8 { TypographyMap.toASCII($0, into: &ascii) }
        if pureASCII {
            ascii.withUnsafeBufferPointer { AsciiTokenizer.tokenize($0, into: &out) }
        } else {
            try tokenizeWithICU(text, into: &out)
        }
        SpacedLetters.join(&out, words: words)
        if let words { Deobfuscator.apply(&out, words) }
    }

    private func tokenizeWithICU(_ text: String, into out: inout TokenList) throws(TextError) {
        let icu = try icu()
        var text = text
        text.withUTF8 { icu.normalize(utf8: $0) }
        ConfusableFolder.fold(icu.normalized, into: &folded, icu: icu)
        folded.withUnsafeBufferPointer { units in
            var groupStart = -1  // start of the pending run of ASCII chunks
            var i = 0
            let n = units.count
            func flushASCII(upTo end: Int) {
                guard groupStart >= 0 else { return }
                ascii.removeAll(keepingCapacity: true)
                for k in groupStart..<end { ascii.append(UInt8(truncatingIfNeeded: units[k])) }
                ascii.withUnsafeBufferPointer { AsciiTokenizer.tokenize($0, into: &out) }
                groupStart = -1
            }
            while i < n {
                let start = i
                var allASCII = true
                while i < n, !isSpace(units[i], icu) {
                    if units[i] >= 0x80 { allASCII = false }
                    i += 1
                }
                if allASCII {
                    if groupStart < 0 { groupStart = start }
                } else {
                    flushASCII(upTo: start)
                    words(units, start..<i, icu, &out)
                }
                while i < n, isSpace(units[i], icu) { i += 1 }
            }
            flushASCII(upTo: n)
        }
    }

    /// Tested by value, not by `ByteClass.table`: a static's accessor per unit was a tenth
    /// of this path.
    private func isSpace(_ unit: UInt16, _ icu: ICUText) -> Bool {
        unit < 0x80 ? unit == 32 || (9...13).contains(unit) : icu.isSpace(UInt32(unit))
    }

    /// ICU word segments of a chunk that holds non-ASCII text.
    private func words(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ icu: ICUText,
        _ out: inout TokenList
    ) {
        icu.words(units, range) { start, end, isWord, isNumber in
            guard isWord else { return }
            if isNumber {
                out.append(AsciiTokenizer.number)
            } else if units[start..<end].allSatisfy({ $0 < 0x80 }) {
                ascii.removeAll(keepingCapacity: true)
                for k in start..<end { ascii.append(UInt8(truncatingIfNeeded: units[k])) }
                ascii.withUnsafeBufferPointer { AsciiTokenizer.tokenize($0, into: &out) }
            } else {
                UTF16Buffer.appendUTF8(units, start..<end, to: &out.bytes)
                out.closeToken()
            }
        }
    }
}
