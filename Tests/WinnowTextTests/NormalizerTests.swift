import Testing
import WinnowText

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    func tokens(_ text: String) throws -> String {
        try normalizer.tokens(text).joined(separator: " ")
    }

    @Test(arguments: [
        ("Hello World, don't you dare", "hello world dont you dare"),
        ("“Smart” quotes… and — dashes", "smart quotes and dashes"),
        ("He said &quot;no&quot; &amp; left", "he said no left"),
        // Typography after the first eight ASCII bytes (copied in one go before it).
        ("Seventeen letters’ worth — of “quotes”…done", "seventeen letters worth of quotes done"),
        ("abcdefgh\u{A0}ijklmnop&amp;q", "abcdefgh ijklmnop q"),
        ("visit www.spam.com or http://x.example/z", "visit <url> or <url>"),
        ("mail me@example.org now", "mail <email> now"),
        ("@bob #win", "<mention> win"),
        ("It costs $5.99 or 1,000 yen", "it costs <num> or <num> yen"),
        ("You are STUPID!!! Why?", "you are stupid <caps> <!> why <?>")
    ])
    func basicTokens(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    /// Letter-only words take a one-copy path; what ends them decides whether it may: these
    /// sit on each side of that line and must read as the general scanner reads them.
    @Test(arguments: [
        ("Sooooo GOOD, really.", "so good <caps> really"),
        ("ab.cd x.y.z U.S.A", "ab cd xyz usa <caps>"),
        ("Wait;what=now", "wait what now"),
        ("can't stop f*ck sh!t", "cant stop f*ck shit"),
        ("Win10 abc123 A1b", "win10 abc123 aib"),
        ("hello,world,9", "hello world <num>"),
        ("AAA aaa BBBb", "a <caps> a b")
    ])
    func plainWordsMatchTheGeneralScanner(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    /// Each obfuscated spelling folds to the plain word.
    @Test(arguments: [
        "іdіоt",  // Cyrillic і and о
        "ｉｄｉｏｔ",  // full-width
        "id\u{200B}iot",  // zero-width space
        "id\u{200D}iot",  // zero-width joiner
        "i d i o t",  // spaced letters
        "i.d.i.o.t",  // dotted letters
        "i-d-i-o-t",
        "idiooooot",  // stretched
        "1d10t",  // leetspeak
        "IDIOT"
    ])
    func obfuscationFoldsToWord(_ variant: String) throws {
        #expect(try normalizer.tokens(variant).first == "idiot")
    }

    @Test(arguments: [("sh!t", "shit"), ("a$$hole", "asshole"), ("b1tch", "bitch"), ("w00t", "woot")])
    func leetspeakInsideWordsFolds(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    /// Numbers with units, times, names with digits are not leetspeak.
    @Test(arguments: [
        ("45s", "45s"), ("B2B", "b2b"), ("3D", "3d"), ("10am", "10am"), ("mp3", "mp3"),
        ("covid19", "covid19"), ("1990s", "1990s"), ("2nd", "2nd"), ("10:30", "<num> <num>")
    ])
    func ordinaryNumbersAreNotFolded(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    /// One-letter words stay words; only runs of three or more single letters are joined.
    @Test(arguments: [
        ("I am a good person", "i am a good person"),
        ("plan B a", "plan b a"),
        ("vitamin A and B", "vitamin a and b")
    ])
    func realOneLetterWordsAreNotGlued(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    /// Markdown's emphasis and links (Reddit, Discourse, Commento) are not masks or addresses.
    @Test(arguments: [
        ("you are an **idiot**", "you are an idiot"), ("*so* wrong", "so wrong"),
        ("*you are so stupid*", "you are so stupid"), ("**Edit:** moron", "edit moron"),
        ("*wow!*", "wow <!>"), ("*f**k* off", "f**k off"), ("what the f*", "what the f*"),
        ("*uck off", "*uck off"), ("*one two\nthree*", "*one two three*"),
        ("see [this idiot](https://x.com/a) now", "see this idiot <url> now")
    ])
    func markdownEmphasisAndLinksKeepTheirWords(_ input: String, _ expected: String) throws {
        #expect(try tokens(input) == expected)
    }

    @Test func maskedWordsKeepTheirLengthWithoutAWordList() throws {
        #expect(try tokens("f**k this") == "f**k this")
        #expect(try tokens("sh*t") == "sh*t")
    }

    @Test func genuineCyrillicWordsKeepTheirLetters() throws {
        #expect(try tokens("Привет мир") == "привет мир")
    }

    @Test func japaneseIsSegmentedIntoWords() throws {
        let t = try normalizer.tokens("日本語のテキストです")
        #expect(t.count >= 3)
        #expect(t.contains("日本語"))
    }

    @Test func koreanKeepsItsWords() throws {
        #expect(try normalizer.tokens("한국어 텍스트") == ["한국어", "텍스트"])
    }

    @Test func mixedScriptTextKeepsEnglishTokensIdentical() throws {
        #expect(try normalizer.tokens("naïve idiot 東京") == ["naïve", "idiot", "東京"])
    }

    @Test func emptyAndSymbolOnlyTextHaveNoTokens() throws {
        #expect(try normalizer.tokens("").isEmpty)
        #expect(try normalizer.tokens("*** --- ...").isEmpty)
    }

    @Test func tokenListIsReusedAcrossDocuments() throws {
        var list = TokenList()
        try normalizer.tokenize("first comment here", into: &list)
        try normalizer.tokenize("second", into: &list)
        #expect(list.strings == ["second"])
    }
}
