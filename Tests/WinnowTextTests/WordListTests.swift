import Testing
import WinnowText

/// Obfuscation undone with a vocabulary, and the ordinary text it must leave alone.
@Suite struct WordListTests {
    static let words = WordList([
        ("you", 900), ("are", 800), ("a", 1000), ("i", 1000), ("dumb", 40), ("idiot", 60), ("that", 700),
        ("shit", 50), ("fuck", 80), ("funk", 5), ("exactly", 30), ("what", 600), ("and", 950), ("ass", 20),
        ("the", 1000), ("council", 15), ("is", 900), ("great", 100), ("good", 90), ("plan", 30), ("b", 2)
    ])
    let normalizer = Normalizer(words: WordListTests.words)

    func tokens(_ text: String) throws -> String { try normalizer.tokens(text).joined(separator: " ") }

    @Test(arguments: [
        ("y o u a r e d u m b", "you are dumb"),
        ("e x a c t l y w h a t", "exactly what"),
        ("i d i o t", "idiot"),
        ("f**k that", "fuck that"),
        ("i***t", "idiot"),
        ("sh*t", "shit"),
        ("s#it", "shit"), ("SH#T", "shit <caps>"), ("Sh#t", "shit"),
        ("f%ck that", "fuck that"),
        ("café f##k that", "café fuck that"),
        ("7h47 is 3x4c7ly wh47", "that is exactly what"),
        ("4nd", "and")
    ])
    func obfuscationIsUndone(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    @Test(arguments: [
        ("45s", "45s"), ("3d", "3d"), ("10am", "10am"), ("b2b", "b2b"), ("2nd", "2nd"), ("11th", "11th"),
        ("3rd", "3rd"),
        ("the council is great", "the council is great"), ("plan b", "plan b"), ("x**y", "x**y"),
        ("#council is great", "council is great"), ("c# is good", "c is good"), ("50% good", "<num> good"),
        ("council#great", "council great"), ("the#exactly", "the exactly"), ("s#it3", "s it3"),
        ("MOS#Plan", "mos <caps> plan"), ("And#The", "and the")
    ])
    func ordinaryTextIsLeftAlone(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    @Test func unknownRunsStayJoined() throws {
        #expect(try tokens("q x z v k") == "qxzvk")
    }
}

@Suite struct MaskTests {
    /// "h**e" could be have, hate or home: no word is half of them, so the mask stays a
    /// mask (the model knows nothing of it) rather than a guess; "i***t" is read as idiot.
    @Test func aMaskIsReadOnlyWhenOneWordDominatesItsShape() throws {
        let words = WordList([("have", 100), ("hate", 90), ("home", 60), ("idiot", 60), ("input", 20)])
        let normalizer = Normalizer(words: words)
        #expect(try normalizer.tokens("h**e").joined(separator: " ") == "h**e")
        #expect(try normalizer.tokens("i***t").joined(separator: " ") == "idiot")
    }

    /// A swear word masked here and there is read as the word that dominates its shape; in
    /// a text masked throughout, a mask is read only where civil comments agree, so a mask
    /// over an ordinary word ("i****s", issues) does not become a swear word.
    @Test(arguments: [
        ("these i****s again", "these idiots again"),
        ("t***e i****s are c**********d t***y", "t***e i****s are c**********d t***y"),
        ("t***e p****e are c**********d t***y", "t***e people are c**********d t***y"),
        ("f**k these i****s", "fuck these idiots")
    ])
    func aTextMaskedThroughoutIsReadAsCivilCommentsWould(_ input: String, _ expected: String) throws {
        let words = WordList(
            [("idiots", 80), ("issues", 50), ("people", 300), ("fuck", 40), ("folk", 5)],
            ordinary: [("idiots", 5), ("issues", 45), ("people", 280), ("fuck", 2), ("folk", 5)])
        #expect(try Normalizer(words: words).tokens(input).joined(separator: " ") == expected)
    }
}

@Suite struct KeptLettersMaskTests {
    static let words = WordList(
        [
            ("should", 500), ("stupid", 60), ("second", 200), ("asshole", 30), ("airhole", 1), ("where", 700),
            ("whore", 20), ("damn", 100), ("darn", 40), ("pass", 300), ("piss", 8)
        ],
        ordinary: [
            ("should", 480), ("stupid", 5), ("second", 190), ("asshole", 1), ("airhole", 1), ("where", 650),
            ("whore", 1), ("damn", 5), ("darn", 30), ("pass", 280), ("piss", 0)
        ])

    /// Letters kept between the stars narrow the shape's words to those with the same
    /// letters there: "st*pid" is stupid though should is the commonest s....d. Among
    /// them, one that belongs to uncivil comments wins where a comment masks a word here
    /// and there ("wh*re": whore, though where is commoner), if seen in ten comments
    /// ("p*ss": piss only eight, so pass); else a word needs half their frequency.
    @Test(arguments: [
        ("so st*pid", "so stupid"), ("you a**hole", "you asshole"), ("s*c*nd", "second"),
        ("wh*re", "whore"), ("s**pid", "stupid"), ("x*y*z", "x*y*z"), ("st*ff", "st*ff"), ("da*n it", "damn it"),
        ("p*ss off", "pass off")
    ])
    func aMaskKeepingLettersIsReadAmongTheWordsThatHaveThem(_ input: String, _ expected: String) throws {
        #expect(try Normalizer(words: Self.words).tokens(input).joined(separator: " ") == expected)
    }

    /// In a text masked throughout, a kept-letter mask is read only where civil comments'
    /// commonest word with those letters is the same: "da*n" is damn in all comments but
    /// darn in civil ones, so it stays a mask; "s*c*nd" is second in both; "wh*re" is
    /// where, for such a text hides ordinary words.
    @Test func inATextMaskedThroughoutCivilCommentsMustAgree() throws {
        let normalizer = Normalizer(words: Self.words)
        #expect(try normalizer.tokens("da*n t**s s*c*nd wh*re").joined(separator: " ") == "da*n t**s second where")
    }
}

@Suite struct ContextMaskTests {
    /// Comments holding each word and pair, all and civil ones.
    static let counts: [String: (all: Double, civil: Double)] = [
        "article": (100, 90), "asshole": (30, 1), "the": (1000, 900), "hey": (50, 30), "you": (900, 500),
        "the article": (60, 55), "hey asshole": (20, 0), "the asshole": (2, 0), "this": (700, 600), "is": (900, 800)
    ]
    static let words = WordList(
        ["article", "asshole", "the", "hey", "you", "this", "is"].map { ($0, counts[$0]?.all ?? 0) },
        ordinary: ["article", "asshole", "the", "hey", "you", "this", "is"].map { ($0, counts[$0]?.civil ?? 0) },
        counts: { hash in ContextMaskTests.hashed[hash] })
    static let hashed: [UInt64: (all: Double, civil: Double)] = Dictionary(
        uniqueKeysWithValues: counts.map { name, value in
            let parts = name.split(separator: " ").map { FeatureHash.string(String($0)) }
            return (parts.count == 1 ? parts[0] : FeatureHash.pair(parts[0], parts[1]), value)
        })

    /// Article is the commoner word of the shape, but "hey a*****e" is said of people:
    /// the neighbours decide where the pair counts say clearly which word it is.
    @Test(arguments: [
        ("hey a*****e", "hey asshole"), ("the a*****e", "the article"), ("a*****e", "article")
    ])
    func aMaskIsReadFromItsNeighbours(_ input: String, _ expected: String) throws {
        #expect(try Normalizer(words: Self.words).tokens(input).joined(separator: " ") == expected)
    }

    /// In a text masked throughout, civil comments' neighbours must say the same: there
    /// "hey a*****e" stays the shape's civil word.
    @Test func inATextMaskedThroughoutCivilNeighboursMustAgree() throws {
        let tokens = try Normalizer(words: Self.words).tokens("t**s is the a*****e hey a*****e")
        #expect(tokens.joined(separator: " ") == "this is the article hey article")
    }
}
