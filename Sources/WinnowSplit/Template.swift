/// The comment layout one page uses, inferred from a first decoding of that page.
///
/// If most author lines found so far end in "says:" or are followed by a timestamp, an
/// author line without that mark is unlikely, and one with it is likely. This is how the
/// splitter adapts to a layout it has never seen instead of matching site strings.
struct Template: Sendable {
    var suffixShare = 0.0
    var timestampShare = 0.0
    var headers = 0

    init(states: [LineState], features: [LineFeatures]) {
        var withSuffix = 0, withTime = 0
        for (i, s) in states.enumerated() where s == .header {
            headers += 1
            if features[i].authorBeforeVerb != nil { withSuffix += 1 }
            if features[i].nextIsTimestamp || features[i].inlineTimestamp { withTime += 1 }
        }
        guard headers >= 2 else { return }
        suffixShare = Double(withSuffix) / Double(headers)
        timestampShare = Double(withTime) / Double(headers)
    }

    func headerBonus(_ f: LineFeatures) -> Double {
        guard headers >= 2 else { return 0 }
        var s = 0.0
        if suffixShare >= 0.7 { s += f.authorBeforeVerb != nil ? 1 : -4 }
        if timestampShare >= 0.7 { s += f.nextIsTimestamp || f.inlineTimestamp ? 1 : -4 }
        return s
    }
}
