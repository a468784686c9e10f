/// Recognises lines that are (mostly) a date or a time: "5 hours ago", "a day ago",
/// "January 7, 2023 at 8:18 pm", "Published : Oct. 5, 2023 - 09:21", "17:19 JST, June 1, 2023".
enum Timestamp {
    /// Whether `words` (lowercased, punctuation-trimmed) read as a timestamp.
    static func matches(_ words: [Substring]) -> Bool {
        guard !words.isEmpty, words.count <= 10 else { return false }
        if words.count == 1 && Lexicon.days.contains(String(words[0])) || words == ["just", "now"] { return true }
        if isAge(words) { return true }
        if words.count == 1, isCompactAge(words[0]) || isCompactDate(words[0]) { return true }
        // "20 min", "4 hrs", "3 days": an age without "ago".
        if words.count == 2, words[0].allSatisfy(\.isNumber), Lexicon.timeUnits.contains(String(words[1])) {
            return true
        }
        var dateish = 0, other = 0
        for w in words {
            if isDateWord(w) { dateish += 1 } else { other += 1 }
            // "2 + 2 = 4": a sum's signs, never a date's.
            if let first = w.unicodeScalars.first, sumSigns.contains(first),
                w.unicodeScalars.allSatisfy(sumSigns.contains)
            {
                return false
            }
        }
        return dateish >= 2 && other <= 2 && dateish > other
    }

    /// "5 hours ago", "a day ago", and the same in other languages: "vor 3 Stunden", "il y a
    /// 2 heures", "hace 3 horas", "2 ore fa", "3 uur geleden".
    static func isAge(_ words: [Substring]) -> Bool {
        guard let last = words.last else { return false }
        if last == "ago" { return true }
        var age = words[...]
        if words.count == 2, last == "전" { return isEastAsianAge(words[0] + "前") }
        if Lexicon.agoAfter.contains(String(last)) {
            age = age.dropLast()
            // "för 2 timmar sedan", "for 2 timer siden".
            if let first = age.first, first == "för" || first == "for" { age = age.dropFirst() }
        } else if words.starts(with: ["il", "y", "a"]) {
            age = age.dropFirst(3)
        } else if let first = words.first, Lexicon.agoBefore.contains(String(first)) {
            age = age.dropFirst()
        } else {
            return false
        }
        guard age.count == 2, let n = age.first, let unit = age.last else { return false }
        let count =
            n.allSatisfy(\.isNumber) || ["un", "une", "einem", "einer", "una", "uno", "um", "uma", "een"].contains(n)
        return count && Lexicon.timeUnits.contains(String(unit))
    }

    /// Whether an age's amount could be shown in its unit: no widget prints "117 minutes"
    /// or "11 weeks" (it says "an hour", "2 months"), nor "05" or "0"; a unit not listed has no
    /// limit, years none.
    static func isShownAmount(_ amount: Substring, unit: String) -> Bool {
        guard let n = Int(amount), amount.first != "0" else { return false }
        return n < (amountLimits[unit] ?? Int.max)
    }

    /// Per unit, the first amount widgets write in the next unit instead (days: a year's).
    static let amountLimits: [String: Int] = {
        let units = [
            ("second seconds sec secs s minute minutes min mins m minuto minutos minuten minuti minuter", 60),
            ("hour hours hr hrs h hora horas stunde stunden heure heures ora ore uur timme timmar", 24),
            ("day days d día días dia dias tag tagen jour jours giorno giorni dag dagen dagar", 366),
            ("week weeks semana semanas woche wochen semaine semaines settimana settimane weken vecka veckor", 5),
            // Facebook's and Instagram's "11w": weeks for a year.
            ("w wk wks", 53),
            ("month months mo mos mes meses monat monaten mois mese mesi maand maanden månad månader", 12)
        ]
        return Dictionary(
            units.flatMap { words, limit in words.split(separator: " ").map { (String($0), limit) } },
            uniquingKeysWith: { first, _ in first })
    }()

    /// "2024-05-30", "2024-05-30t14:02", "12/03/2023": a date written as one word.
    static func isCompactDate(_ w: Substring) -> Bool {
        // Six digits and two separators take eight bytes at least: most words are told by
        // their length.
        guard w.utf8.count >= 8 else { return false }
        let digits = w.count(where: \.isNumber), separators = w.count(where: { "-/.".contains($0) })
        return digits >= 6 && separators >= 2 && isDateWord(w)
    }

    /// "3h", "5m", "2d", "1w", "4mo", "1y": the short ages of comment widgets; "3時間前".
    static func isCompactAge(_ w: Substring) -> Bool {
        let digits = w.prefix { $0.isNumber }
        let unit = w.dropFirst(digits.count)
        guard !digits.isEmpty else { return false }
        return ["s", "m", "h", "d", "w", "mo", "y", "min", "hr", "hrs"].contains(unit) || isEastAsianAge(w)
    }

    /// "3時間前", "2天前", "15分前": digits, a unit, "前".
    static func isEastAsianAge(_ w: Substring) -> Bool {
        guard w.last == "前" else { return false }
        let digits = w.prefix { $0.isNumber }
        return !digits.isEmpty && Lexicon.eastAsianUnits.contains(String(w.dropFirst(digits.count).dropLast()))
    }

    static func isDateWord(_ w: Substring) -> Bool {
        let word = String(w)
        if Lexicon.months.contains(word) || Lexicon.weekdays.contains(word) || dateWords.contains(word) { return true }
        // Digits with date or time separators: 2023, 09:21, 2023-05-30, 8:18pm, 7th; two
        // letters at most ("hartsmart12" is a handle, though its letters all mark times).
        var digits = 0, letters = 0
        for c in w.unicodeScalars {
            if c.isASCII ? (48...57).contains(c.value) : c.properties.numericType != nil {
                digits += 1
            } else if !numberMarks.contains(c) {
                return false
            } else if c.value >= 97 {
                letters += 1
            }
        }
        return digits >= 1 && letters <= 2
    }

    /// Words of a date line that are neither months nor weekdays; the days of
    /// `Lexicon.days` among them ("heute 10:15 Uhr").
    private static let dateWords = Set.sparse(Array(Lexicon.days) + dateWordList)

    private static let dateWordList = [
        "am", "pm", "at", "jst", "gmt", "utc", "est", "edt", "pst", "pdt", "published", "updated",
        "posted", "reviewed", "on", "a", "an", "today", "yesterday",
        // "le 3 mars 2024 à 14 h 15", "am 12. März um 9 Uhr", "el 3 de marzo", "alle 14:15".
        "le", "à", "um", "uhr", "de", "del", "el", "h", "alle", "om",
        // "ayer a las 10:15", "ontem às 10:15".
        "las", "às"
    ]

    static let sumSigns: ScalarSet = "+=×÷<>%"

    /// What a date or time writes among its digits: separators, and the letters of "pm",
    /// "7th", "2nd", "3rd", "10h".
    private static let numberMarks: ScalarSet = ":-/.,apmstndrh"
}
