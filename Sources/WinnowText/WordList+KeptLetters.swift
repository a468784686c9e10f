extension WordList {
    /// How much more a word must belong to comments that are not civil than words do on
    /// average for a self-censored mask to be read as it: people mask the words they would
    /// not print, not the commoner ordinary word of the same letters ("wh*re").
    static let censoredOdds = 4.0
    /// ... and be seen in this many training comments: a rare word's odds say little.
    static let censoredFloor = 10.0

    /// The known word a mask that keeps letters between its stars stands for ("st*pid" ->
    /// stupid, "a**hole" -> asshole), among the words of its shape that have those letters
    /// where it does. Where a text masks a word here and there, the commonest of them that
    /// belongs to uncivil comments (`censoredOdds`), if any: "F**KS" is fucks, not folks.
    /// Otherwise one with at least `confidentShare` of their frequency; `cautious` (a text
    /// masked throughout, which hides ordinary words), only if it is also their commonest
    /// in civil comments.
    package func unmask(keeping token: ArraySlice<UInt8>, cautious: Bool = false) -> [UInt8]? {
        guard let first = token.first, let last = token.last,
            let words = shapeWords[WordList.shape(first, last, token.count)]
        else { return nil }
        var best: ShapeWord?, censored: ShapeWord?, civil: ShapeWord?, total = 0.0
        for w in words where zip(token, w.word).allSatisfy({ $0 == UInt8(ascii: "*") || $0 == $1 }) {
            total += w.frequency
            if w.frequency > best?.frequency ?? 0 { best = w }
            if w.ordinary > civil?.ordinary ?? -1 { civil = w }
            if w.frequency >= WordList.censoredFloor, w.frequency > censored?.frequency ?? 0,
                uncivilOdds(w) >= WordList.censoredOdds
            {
                censored = w
            }
        }
        if !cautious, let censored { return censored.word }
        guard let best, best.frequency >= WordList.confidentShare * total else { return nil }
        if cautious, civil?.word != best.word { return nil }
        return best.word
    }

    /// The odds of `w` in comments that are not civil against civil ones, over the same
    /// odds of all words, one added to each count.
    func uncivilOdds(_ w: ShapeWord) -> Double {
        (w.frequency - w.ordinary + 1) / (w.ordinary + 1) / otherOdds
    }
}
