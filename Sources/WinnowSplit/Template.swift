/// The comment layout one page uses, inferred from a first decoding of that page.
///
/// If most author lines found so far end in "says:", are followed by a timestamp or come
/// right after one, an author line without that mark is unlikely, and one with it is
/// likely; a line found as most comments' author is a repeated control; name-shaped lines
/// above most author lines make those a place or title under the name; signatures make a
/// page that signs its comments below. This is how the splitter adapts to a layout it has
/// never seen instead of matching site strings.
struct Template: Sendable {
    var suffixShare = 0.0
    var timestampShare = 0.0
    /// Author lines that come right after a timestamp ("March 3, 2024" above "Name").
    var afterTimestampShare = 0.0
    /// Author lines right below another name-shaped line: on a page that shows "Name /
    /// Toronto / date", the first reading takes the place for the author.
    var nameAboveShare = 0.0
    /// Those lines carry the age after the place ("Name / Toronto · 5h ago").
    var placeBeforeAge = false
    var headers = 0
    /// A line found as the author of most comments: on a page of several comments that is a
    /// control repeated under each ("Click to rate"), not one person writing them all.
    var repeatedControl: String?
    /// The page signs comments below them ("— Name, date") rather than heading them.
    var signsComments = false
    /// Per line, whether it is a recurring control row the first reading closed a comment
    /// with ("Like · Reply · 1y"): the same row under the last comment closes it too, footer
    /// or not below it. (By index: the decoder asks of every line in every state.)
    var closingRows: [Bool] = []

    init(states: [LineState], features: [LineFeatures]) {
        var withSuffix = 0, withTime = 0, afterTime = 0, nameAbove = 0
        var headerRepeats = 0, aboveRepeats = 0, handles = 0, initialsAbove = 0
        var places: [String: Int] = [:]
        var texts: [String: Int] = [:]
        for (i, s) in states.enumerated() where s == .header {
            headers += 1
            texts[features[i].text, default: 0] += 1
            if features[i].authorBeforeVerb != nil { withSuffix += 1 }
            if features[i].nextIsTimestamp || features[i].inlineTimestamp { withTime += 1 }
            if features[i].previousIsTimestamp { afterTime += 1 }
            if features[i].previousNameShaped {
                nameAbove += 1
                headerRepeats += features[i].repeats
                aboveRepeats += features[i - 1].repeats
                if features[i - 1].text.utf8.count <= 2 { initialsAbove += 1 }
                if features[i].text.first == "@", features[i].words == 1 { handles += 1 }
                // "Name / Toronto · 5h ago": the part before the age recurs as places do.
                if features[i].inlineTimestamp, let head = LineFeatures.segments(features[i].text.lowercased()).first {
                    places[head, default: 0] += 1
                }
            }
        }
        // Signed below, the text signed sits right above each signature; "Posted by Name on
        // <date>" heads comments on other blogs, under a heading or a control row.
        let signed = features.indices.filter { features[$0].signature != nil }
        let textAbove = signed.count { $0 > 0 && (features[$0 - 1].terminal || features[$0 - 1].prose) }
        signsComments = signed.count >= 2 && textAbove * 2 >= signed.count
        var closing: [String: Int] = [:]
        for (i, s) in states.enumerated() where s == .chrome && features[i].widget {
            closing[features[i].text, default: 0] += 1
        }
        closingRows = features.map { $0.widget && $0.repeats >= 1 && (closing[$0.text] ?? 0) >= 1 }
        for i in Template.cardRows(features) { closingRows[i] = true }
        guard headers >= 2 else { return }
        suffixShare = Double(withSuffix) / Double(headers)
        timestampShare = Double(withTime) / Double(headers)
        afterTimestampShare = Double(afterTime) / Double(headers)
        // Places recur under different names ("Toronto"): few, where authors are many (a
        // page's regulars recur too); a control above each author recurs more than the
        // authors do ("level 1" above "Name / 5 hr. ago"); a handle under a display name
        // ("Name / @name / · / 3h") is the name's.
        let placeCount = places.values.reduce(0, +)
        let placeRepeats = places.count * 2 <= placeCount ? placeCount - places.count : 0
        // Where every author line sits under another name and neither recurs more, the
        // lower one is the place ("Janet R. / Staten Island / March 3"): a control or badge
        // above each name would recur, and an avatar's initials ("CJ" above "chris j") are
        // two letters at most.
        let everyUnder = nameAbove == headers && initialsAbove == 0 && headerRepeats >= aboveRepeats
        let under =
            headerRepeats > aboveRepeats || handles * 2 > nameAbove || placeRepeats > aboveRepeats || everyUnder
        nameAboveShare = (headers >= 3 || everyUnder) && under ? Double(nameAbove) / Double(headers) : 0
        placeBeforeAge = nameAboveShare >= 0.7 && placeRepeats > aboveRepeats
        if headers >= 4, let (text, count) = texts.max(by: { $0.value < $1.value }), count * 5 >= headers * 3 {
            repeatedControl = text
        }
    }

    /// The rows of controls that close cards of a name and a line or two ("Name / 👍 / Like ·
    /// Reply · 1y"), by their places alone: the same row every two to four lines, a name
    /// under each but the last, and one above the first card. Comments of a word or a picture
    /// give a first reading nothing to learn the row from.
    static func cardRows(_ features: [LineFeatures]) -> [Int] {
        var rows: [String: [Int]] = [:]
        for (i, f) in features.enumerated() where f.widget && f.repeats >= 1 && f.text.contains(where: \.isLetter) {
            rows[f.text, default: []].append(i)
        }
        var found: [Int] = []
        // The first line after a row and the counters under it ("Reply" / "12").
        func next(_ i: Int) -> Int? { features[(i + 1)...].firstIndex { !$0.widget } }
        for at in rows.values where at.count >= 2 {
            let gaps = zip(at, at.dropFirst()).map { $1 - $0 }
            guard gaps.allSatisfy({ (2...5).contains($0) }), at[0] >= 2,
                (max(0, at[0] - 4)...(at[0] - 2)).contains(where: { features[$0].nameShaped }),
                at.dropLast().allSatisfy({ next($0).map { features[$0].nameShaped } ?? false })
            else { continue }
            found += at
        }
        return found
    }

    /// How much likelier the page's repeated control makes a line chrome than content.
    func controlBonus(_ f: LineFeatures) -> Double {
        f.text == repeatedControl && f.authorBeforeVerb == nil && !f.inlineTimestamp ? 6 : 0
    }

    func closes(_ f: LineFeatures) -> Bool { f.index < closingRows.count && closingRows[f.index] }
    func closedBelow(_ f: LineFeatures) -> Bool { f.index + 1 < closingRows.count && closingRows[f.index + 1] }

    func headerBonus(_ f: LineFeatures) -> Double {
        // A page that signs its comments below seldom heads them too.
        let signed =
            signsComments && f.signature != nil
            ? -6.0 : signsComments && f.authorBeforeVerb == nil && !f.inlineTimestamp ? -3 : 0
        guard headers >= 2 else { return signed }
        var s = signed
        s -= controlBonus(f)
        if suffixShare >= 0.7 { s += f.authorBeforeVerb != nil ? 1 : -4 }
        // (Not where a place sits between author and date: the author is not next to it.)
        if timestampShare >= 0.7 && nameAboveShare < 0.7 { s += f.nextIsTimestamp || f.inlineTimestamp ? 1 : -4 }
        // Dated above the author: a timestamp after a line says nothing of it (the next
        // comment's date), one before it does.
        if afterTimestampShare >= 0.7 && timestampShare < 0.3 {
            s += f.previousIsTimestamp ? 1 : -4
            if f.nextIsTimestamp { s -= 3 }
        }
        return s
    }
}
