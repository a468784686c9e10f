extension WordList {
    /// The known word a mask that keeps letters between its stars stands for ("st*pid" ->
    /// stupid, "a**hole" -> asshole): among the words of its shape that have those letters
    /// where it does, one with at least `confidentShare` of their frequency; `cautious`
    /// (a text masked throughout), only if it is also their commonest in civil comments.
    package func unmask(keeping token: ArraySlice<UInt8>, cautious: Bool = false) -> [UInt8]? {
        guard let first = token.first, let last = token.last,
            let words = shapeWords[WordList.shape(first, last, token.count)]
        else { return nil }
        var best: ShapeWord?, total = 0.0, civil: ShapeWord?
        for w in words where zip(token, w.word).allSatisfy({ $0 == UInt8(ascii: "*") || $0 == $1 }) {
            total += w.frequency
            if w.frequency > best?.frequency ?? 0 { best = w }
            if w.ordinary > civil?.ordinary ?? -1 { civil = w }
        }
        guard let best, best.frequency >= WordList.confidentShare * total else { return nil }
        if cautious, civil?.word != best.word { return nil }
        return best.word
    }
}
