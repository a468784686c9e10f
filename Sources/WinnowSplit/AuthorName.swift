/// The name an author line gives, without what comment widgets print around it: numbering,
/// labels, verbs, ages, handles, scores, addresses, badges and marks. Each step removes one
/// kind and leaves a name it does not recognise as it is.
enum AuthorName {
    static func of(_ f: LineFeatures) -> String {
        var name = f.authorBeforeVerb ?? f.nameBeforePlace ?? f.text
        name = beforeSeparator(withoutLabel(withoutNumbering(withoutPicture(withoutLeadingMark(name)))))
        name = withoutLeadingAge(name)
        let unrepeated = withoutRepeatedHandle(name)
        name = withoutHandle(withoutAgeAfterComma(withoutTrailingVerb(unrepeated)))
        // "Name commented 3 days ago": the verb is last once the age is gone. A line too long
        // to read as a name and its date may be one without its handle ("@Sea to the Dea Sea
        // to the Dea commented May 2, 2024": utterances).
        if f.inlineTimestamp
            || unrepeated.count < f.text.count && LineFeatures(text: unrepeated, indent: 0).inlineTimestamp
        {
            name = withoutTrailingVerb(withoutAge(withoutBracketedAge(withoutTrailingControls(name))))
        }
        let cleaned = withoutBadge(withoutMarks(name.trimmingCharacters(in: " \t:")))
        // A line that is all widget text still names the comment's author as it stands.
        return cleaned.isEmpty ? f.text : cleaned
    }

    /// "↳ Name", "» Name": a reply's arrow before the name (not a quotation's ">").
    static func withoutLeadingMark(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let first = words.first, words.count >= 2, ["↳", "└", "└─", "→", "»", "▸", "↪", "⤷", "➥"].contains(first)
        else { return name }
        return String(name.dropFirst(first.count)).trimmingCharacters(in: " ")
    }

    /// "Avatar Name 3 hours ago": a text browser prints the picture's description first.
    static func withoutPicture(_ name: String) -> String {
        var rest = Substring(name)
        while let first = rest.split(separator: " ").first, rest.spacedWordCount >= 2,
            Lexicon.pictureWords.contains(first.lowercased())
        {
            rest = rest[first.endIndex...].drop { $0 == " " }
        }
        return String(rest)
    }

    /// "#3 Name", "3. Name": comment numbering is not part of the name.
    static func withoutNumbering(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let first = words.first, words.count >= 2, first.count > 1,
            "#.):".contains(first.first == "#" ? "#" : first.last ?? " "),
            first.trimmingCharacters(in: "#.):").allSatisfy(\.isNumber)
        else { return name }
        return String(name.dropFirst(first.count))
    }

    /// "5d Name @handle", "May 6 Name": the age a status header prints before the name
    /// (Mastodon's, as html2text dumps it).
    static func withoutLeadingAge(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return name }
        let first = Substring(words[0].lowercased())
        var n = 0
        if Timestamp.isCompactAge(first) {
            n = 1
        } else if words.count >= 3, Lexicon.months.contains(String(first.trimmingCharacters(in: "."))),
            let day = Int(words[1].trimmingCharacters(in: ",")), (1...31).contains(day)
        {
            n = 2
        }
        // "14m ago": an age alone names nobody.
        guard n > 0, words[n...].contains(where: { $0.contains(where: \.isLetter) }),
            !Lexicon.agoAfter.contains(words[n].lowercased())
        else { return name }
        return words[n...].joined(separator: " ")
    }

    /// "From: Name", "Author: Name": the label of a form-like author line; "Comment by Name",
    /// "Posted by Name" (HTML5's `<header>` of a comment).
    static func withoutLabel(_ name: String) -> String {
        let lower = name.lowercased()
        if let label = (LineFeatures.bylinePrefixes + ["written by "]).first(where: lower.hasPrefix),
            name.dropFirst(label.count).contains(where: \.isLetter)
        {
            return String(name.dropFirst(label.count)).trimmingCharacters(in: " ")
        }
        guard let colon = name.firstIndex(of: ":"),
            Lexicon.authorLabels.contains(name[..<colon].lowercased().trimmingCharacters(in: " ")),
            name[name.index(after: colon)...].contains(where: \.isLetter)
        else { return name }
        return String(name[name.index(after: colon)...]).trimmingCharacters(in: " ")
    }

    /// "Name | date", "Name · Reader · 3h": the name is before the first separator, or after
    /// it when a time comes first ("10:15 AM · Name").
    static func beforeSeparator(_ name: String) -> String {
        var name = name
        let separators = [" | ", " · ", " • ", " - ", " — ", " – "]
        for separator in separators {
            if let r = name.byteRange(of: separator), LineFeatures.isClockOrAge(String(name[..<r.lowerBound])) {
                name = String(name[r.upperBound...])
                break
            }
        }
        for separator in separators {
            if let r = name.byteRange(of: separator) { name = String(name[..<r.lowerBound]) }
        }
        return name
    }

    /// "Goober commented · 2h": the verb before the separator.
    static func withoutTrailingVerb(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let last = words.last, words.count >= 2, Lexicon.authorVerbs.contains(last.lowercased()) else {
            return name
        }
        return dropLastWords(name, 1)
    }

    /// "Goober 2h ago ♥ 52 Reply": the controls after the age.
    static func withoutTrailingControls(_ name: String) -> String {
        let words = name.lowercased().split(separator: " ").map {
            Substring($0.trimmingCharacters(in: LineFeatures.wordTrim))
        }
        let kept = LineFeatures.withoutTrailingControls(words)
        return kept.isEmpty ? name : dropLastWords(name, words.count - kept.count)
    }

    /// "Goober, 5 hours ago": the age after a comma.
    static func withoutAgeAfterComma(_ name: String) -> String {
        guard let comma = name.lastIndex(of: ","),
            LineFeatures.isAge(String(name[name.index(after: comma)...]).trimmingCharacters(in: " :"))
        else { return name }
        return String(name[..<comma])
    }

    /// "@MHawke MHawke commented": a picture's "@login" description before the same name.
    static func withoutRepeatedHandle(_ name: String) -> String {
        guard name.first == "@" else { return name }
        let words = name.dropFirst().split(separator: " ")
        for n in 1...max(1, words.count / 2) where words.count >= 2 * n && words[..<n].elementsEqual(words[n..<(2 * n)])
        {
            return words[n...].joined(separator: " ")
        }
        return name
    }

    /// "Goober @goober": the handle after a display name.
    static func withoutHandle(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let last = words.last, last.first == "@", words.count >= 2 else { return name }
        return dropLastWords(name, 1)
    }

    /// "Goober (5 hours ago)": the age in brackets.
    static func withoutBracketedAge(_ name: String) -> String {
        guard let open = name.lastIndex(of: "("), name.hasSuffix(")"),
            LineFeatures.isAge(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        else { return name }
        return String(name[..<open]).trimmingCharacters(in: " ")
    }

    /// "Goober 5 hours ago", "Goober 3h", "[–] Goober 12 points 3h": the age, and the marks
    /// and counters around the name.
    static func withoutAge(_ name: String) -> String {
        guard !name.containsBytes(of: " | ") else { return name }
        let words = name.split(separator: " ")
        var name = name
        let lower = name.lowercased().split(separator: " ")
        let trimmed = lower.map { Substring($0.trimmingCharacters(in: LineFeatures.wordTrim)) }
        // "Goober 2 hours ago (edited)": the edit noted after the age goes with it.
        let edit = LineFeatures.endsWithEdit(trimmed) ? 1 : 0
        let (aged, rawAged) = (Array(trimmed.dropLast(edit)), Array(lower.dropLast(edit)))
        // The age as written ("family 17h." keeps its "17h."); a date's words without their commas.
        if let k = LineFeatures.trailingAge(rawAged) ?? LineFeatures.trailingDate(aged, raw: rawAged),
            k + edit < words.count
        {
            name = withoutLastWords(name, k + edit)
        }
        return nameOnly(name)
    }

    /// A name without what widgets put beside it: a score or age in brackets ("Goober [6]",
    /// "Goober (12345)", "Goober (verified)"), an address ("Goober <g@example.com>") and
    /// marks with no letter ("Goober ✓").
    static func withoutMarks(_ name: String) -> String {
        var name = name
        while true {
            let words = name.split(separator: " ")
            guard words.count >= 2, let last = words.last else { return name }
            let inner = last.trimmingCharacters(in: "()[]{}<>")
            let bracketed = last.first.map { "([{<".contains($0) } ?? false
            if !last.contains(where: { $0.isLetter || $0.isNumber })
                || bracketed
                    && (inner.allSatisfy { $0.isNumber || $0 == "-" || $0 == "+" } || inner.contains("@")
                        || Lexicon.badges.contains(inner.lowercased())
                        || Lexicon.bracketedBadges.contains(inner.lowercased()))
            {
                name = dropLastWords(name, 1)
            } else {
                return name
            }
        }
    }

    /// "Goober Mod", "Goober Top Commenter": the widget's badge after a name is not part of it.
    static func withoutBadge(_ name: String) -> String {
        let lower = name.lowercased()
        for badge in Lexicon.badges where lower.hasSuffix(" " + badge) && lower.count > badge.count + 1 {
            return dropLastWords(name, badge.spacedWordCount)
        }
        return name
    }

    /// The name in an author line's words: without the marks before it ("[–]", "•") or the
    /// counters after it ("12 points"), its own spacing kept.
    static func nameOnly(_ line: String) -> String {
        var name = Substring(line)
        while let first = name.split(separator: " ").first, name.spacedWordCount >= 2,
            !first.contains(where: { $0.isLetter || $0.isNumber })
        {
            name = name[first.endIndex...].drop { $0 == " " }
        }
        let words = name.split(separator: " ")
        if words.count >= 3,
            LineFeatures.isCounter([words[words.count - 2], Substring(words[words.count - 1].lowercased())])
        {
            return dropLastWords(String(name), 2)
        }
        return String(name)
    }

    /// `text` without its last `n` words and the comma that set them apart ("Name, May 2,
    /// 2024" -> "Name").
    static func withoutLastWords(_ text: String, _ n: Int) -> String {
        let rest = dropLastWords(text, n)
        return rest.hasSuffix(",") ? String(rest.dropLast()) : rest
    }

    /// `text` without its last `n` space-separated words.
    static func dropLastWords(_ text: String, _ n: Int) -> String {
        var rest = Substring(text)
        for _ in 0..<n {
            while rest.last == " " { rest = rest.dropLast() }
            guard let space = rest.lastIndex(of: " ") else { return "" }
            rest = rest[..<space]
        }
        return rest.trimmingCharacters(in: " ")
    }
}
