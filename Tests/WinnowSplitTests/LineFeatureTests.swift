import Testing
@testable import WinnowSplit

@Suite struct LineFeatureTests {
    func f(_ line: String) -> LineFeatures { LineFeatures(text: line, indent: 0) }

    @Test(arguments: [
        "5 hours ago", "a day ago", "17 minutes ago", "January 7, 2023 at 8:18 pm",
        "Published : Oct. 5, 2023 - 09:21", "21:22 JST, July 14, 2024", "Monday, May 6, 2024", "yesterday",
        "vor 3 Stunden", "il y a 2 heures", "hace 20 minutos", "2 ore fa", "3 uur geleden", "gestern", "12. März 2024",
        "le 3 mars 2024 à 14 h 15", "3 часа назад", "2 godziny temu", "för 2 timmar sedan", "3時間前", "2天前",
        "3시간 전", "Reviewed in Canada on May 2, 2024", "3 hours ago edited", "vor 2 Stunden bearbeitet"
    ])
    func timestampsAreRecognised(_ line: String) {
        #expect(f(line).timestamp)
    }

    @Test(arguments: [
        "Clay", "The North Atlantic is safe.", "Reply", "12 Comments", "March madness begins", "edited", "Edited by Sam"
    ])
    func nonTimestampsAreNot(_ line: String) {
        #expect(!f(line).timestamp)
    }

    @Test(arguments: [
        "Reply", "Share", "Reply · Share · 12 likes", "Reply • Share ›", "Avatar for Goober", "5 points", "-", "•",
        "Like (3)", "Load more comments", "Click to rate", "Rating   142", "3 Upvotes", "Antworten | Melden",
        "Répondre · J'aime", "29 people found this helpful", "Times Pick", "Editor's pick", "Write a reply", "Send",
        "MHawke's profile picture", "G Reid Brown’s avatar", "Profile picture of Goober", "Avatar", "LikeReply",
        "LikeReplyShare", "ReplyQuote", "Like (57)ReplyShare", "Expand full comment", "RespectReply ShareReport",
        "13Reply"
    ])
    func widgetLinesAreRecognised(_ line: String) {
        #expect(f(line).widget)
    }

    /// A sentence ends at its last mark inside any closing quotes and brackets.
    @Test(arguments: [
        ("The ferry is late.", true), ("He said \"stop.\"", true), ("(As it was.)]'", true),
        ("Was it?’”", true), ("]]]", false), (")", false), ("Reply", false), ("\"Quoted\"", false)
    ])
    func aLineEndsLikeASentenceInsideItsClosingMarks(_ line: String, _ terminal: Bool) {
        #expect(f(line).terminal == terminal)
    }

    /// A scraper's line of brackets costs no more than its length (it once took minutes).
    @Test func aLongLineOfClosingMarksIsJudgedQuickly() {
        let clock = ContinuousClock()
        let line = String(repeating: "]", count: 200_000)
        let elapsed = clock.measure { #expect(!f(line).terminal) }
        #expect(elapsed < .seconds(10))
    }

    /// The label before a name in a comment's header is not part of the name.
    @Test(arguments: [
        ("Comment by G Reid Brown", "G Reid Brown"), ("Posted by MHawke", "MHawke"),
        ("Reply by windswept", "windswept"),
        ("From: Goober", "Goober"), ("Bystander", "Bystander")
    ])
    func anAuthorLinesLabelIsLeftOut(_ line: String, _ name: String) {
        #expect(AuthorName.of(f(line)) == name)
    }

    /// A text browser prints a picture's description before the name it shows: the author
    /// line behind it is still one, and the name is without it.
    @Test(arguments: [
        ("Avatar gadabout1 Verified 17 minutes ago", "gadabout1"),
        ("Avatar You Get What You Pay For 2 days ago", "You Get What You Pay For"),
        ("avatar Paul45 · 3h", "Paul45")
    ])
    func aPicturesWordBeforeAnAuthorLineIsLeftOut(_ line: String, _ name: String) {
        #expect(!f(line).widget)
        #expect(AuthorName.of(f(line)) == name)
    }

    /// A status header's age before the name (Mastodon through html2text) is not part of it;
    /// an age alone, or a month that is a name, stays.
    @Test(arguments: [
        ("5d G Reid Brown @greidbrown@social.example", "G Reid Brown"), ("May 6 windswept", "windswept"),
        ("17m live in ottawa -love the Leafs", "live in ottawa -love the Leafs"), ("14m ago", "14m ago"),
        ("May Goober", "May Goober"), ("2d", "2d")
    ])
    func anAgeBeforeTheNameIsLeftOut(_ line: String, _ name: String) {
        #expect(AuthorName.of(f(line)) == name)
    }

    /// utterances' header in lynx, its picture's "@login" before the name: too long to read
    /// as a name and its date until the login is gone.
    @Test func aLongNamesVerbAndDateAfterItsLoginAreLeftOut() {
        #expect(AuthorName.of(f("@Sea to the Dea Sea to the Dea commented May 2, 2024")) == "Sea to the Dea")
    }

    /// A picture described by its "@login" before the same name (utterances in lynx).
    @Test(arguments: [
        ("@MHawke MHawke", "MHawke"), ("@G Reid Brown G Reid Brown", "G Reid Brown"),
        ("@Goober Gander", "@Goober Gander"),
        ("@Goober", "@Goober"), ("Goober Goober", "Goober Goober")
    ])
    func aRepeatedHandleBeforeTheNameIsLeftOut(_ name: String, _ expected: String) {
        #expect(AuthorName.withoutRepeatedHandle(name) == expected)
    }

    /// A badge on a line of its own describes the name above it; "Staff" under a headline is
    /// a story's byline, and stays a name.
    @Test func aBadgeLineDescribesTheAuthorButStaffIsAName() {
        #expect(f("Subscriber").describesAuthor && f("Top commenter").describesAuthor && !f("Subscriber").nameShaped)
        #expect(!f("Staff").describesAuthor && f("Staff").nameShaped)
    }

    @Test(arguments: [
        "Good post.", "Clay", "Most Popular", "Democracy in Japan = Deterrence YES, NATO NO", "Likely", "Shareholders",
        "Moreover", "Replied", "2Bodkin", "4chan"
    ])
    func contentLinesAreNotWidgets(_ line: String) {
        #expect(!f(line).widget)
    }

    @Test(arguments: [
        "12 Comments", "12 COMMENTS", "Comments (5)", "3 replies", "Kommentare (5)", "12 commentaires",
        "Diskussion (12 Beiträge)"
    ])
    func commentCountHeadings(_ line: String) {
        #expect(f(line).countHeading)
    }

    @Test(arguments: [
        ("Lymetime says:", "Lymetime"), ("Leah Morrison wrote:", "Leah Morrison"),
        ("Kevin D wrote on March 3, 2024 at 2:15 pm:", "Kevin D"), ("#3 Goober", "Goober"),
        ("Anonymous said...", "Anonymous"), ("Goober 5 hours ago", "Goober"),
        ("142 Strathearn Road", "142 Strathearn Road"), ("[–] G Reid  Brown 287 points 3 hours ago", "G Reid  Brown"),
        ("Goober 12 points 3h", "Goober"), ("From: Goober", "Goober"), ("Goober (4 hours ago)", "Goober"),
        ("G Reid  Brown — 11 minutes ago", "G Reid  Brown"), ("Goober Top Commenter", "Goober"),
        ("by Goober (452082) on Monday March 03, 2024 @09:15PM (#69463)", "Goober"), ("Goober [6]", "Goober"),
        ("Goober ✓", "Goober"), ("Goober (verified)", "Goober"), ("Comment by Goober on 03/03/2024", "Goober"),
        ("Jane (Toronto)", "Jane (Toronto)"), ("Goober <g@example.com>", "Goober"), ("Goober commented · 2h", "Goober"),
        ("Goober (edited) · 3h", "Goober"), ("Goober commented 3 days ago", "Goober"),
        ("Jane D., Leeds, United Kingdom, 2 hours ago", "Jane D."), ("Goober (reader) — Mar 3, 2024 9:15 AM", "Goober"),
        ("Avid Reader", "Avid Reader"), ("Goober schrieb am 12.03.2024 um 09:15:", "Goober"),
        ("Goober · hace 3 horas", "Goober"), ("Goober ha scritto:", "Goober"), ("10:15 AM · Goober", "Goober"),
        ("April 1212 (edited) · 2h", "April 1212"), ("Paul45 4 hours ago | next", "Paul45"),
        ("Goober vor 2 Tagen", "Goober"), ("Goober il y a 2 heures", "Goober"), ("↳ Goober", "Goober"),
        ("> Goober", "> Goober"), ("Goober 2h ago ♥ 52 Reply", "Goober"), ("True North 60 ★★★★☆ · 2h", "True North 60"),
        ("G Reid Brown May 2, 2024", "G Reid Brown"), ("Goober, [03.05.2024 10:15]", "Goober")
    ])
    func authorNamesComeWithoutVerbsDatesOrNumbers(_ line: String, _ name: String) {
        #expect(Splitter.author(from: f(line)) == name)
    }

    @Test(arguments: ["Gord from Eastside | March 3, 2024 at 10:02 pm", "marketlady · 2 hours ago"])
    func authorLinesWithInlineTimestamps(_ line: String) {
        let features = f(line)
        #expect(features.inlineTimestamp)
        #expect(!features.timestamp)
        #expect(!Splitter.author(from: features).contains("2"))
    }

    @Test(arguments: [
        "Published : Oct. 5, 2023 - 09:21", "Reply · Share · 4 likes", "Like · Reply · 3y", "Like · Reply · an hour ago"
    ])
    func chromeWithSeparatorsIsNotAnAuthor(_ line: String) {
        #expect(!f(line).inlineTimestamp)
    }

    /// Rows of controls are chrome with or without separators, also with the comment's age
    /// among them.
    @Test(arguments: [
        "Like · Reply · 3y", "Like · Reply · 2 weeks ago", "permalink embed save report reply",
        "Was this helpful? Yes (3) No (1)", "Posts: 233", "Post #2", "2h  Like  Reply", "73 claps"
    ])
    func rowsOfControlsAreWidgets(_ line: String) {
        #expect(f(line).widget)
        #expect(!f(line).nameShaped)
    }

    @Test(arguments: ["2024-05-30T14:02", "2024-05-30", "12/03/2023", "3h", "20 min", "4 hrs", "1 wk"])
    func aDateOrAgeWrittenAsOneWordIsATimestamp(_ line: String) {
        #expect(f(line).timestamp)
    }

    @Test(arguments: [
        "Clay", "TaiwanIsNotChina", "George O.", "Sheep #5491", "live in ottawa -love the Leafs", "2Bodkin"
    ])
    func namesAreNameShaped(_ line: String) {
        #expect(f(line).nameShaped)
    }

    @Test(arguments: [
        "Good post.", "ROTL,", "Democracy in Japan = Deterrence YES, NATO NO", "Exactly!", "-", ", Former teacher",
        "★★★★☆ Worth it"
    ])
    func sentencesAreNotNameShaped(_ line: String) {
        #expect(!f(line).nameShaped)
    }

    @Test func scraperArtifactsAreStripped() {
        #expect(
            PageLines.clean(" date 2023-05-30 Japan and the United States pledged Thursday to act.")
                == "Japan and the United States pledged Thursday to act.")
        #expect(
            PageLines.clean("Meanwhile, Mr. Papademos seems to be playing his weak hand well.© KYODO")
                == "Meanwhile, Mr. Papademos seems to be playing his weak hand well.")
    }
}

/// One-line comments, "Name: text": the name and the text apart.
@Suite struct NamedLineTests {
    @Test(arguments: [
        ("Goober: That's a funny question.", "Goober", "That's a funny question."),
        // Tumblr's notes name the speaker with a verb.
        ("G Reid Brown said: The question is why.", "G Reid Brown", "The question is why."),
        ("Michele K wrote: Not just about tone.", "Michele K", "Not just about tone."),
        // An ordered list's item: the number is no part of the name.
        ("2. G Reid Brown said: The question is why.", "G Reid Brown", "The question is why.")
    ])
    func aNamedLineIsReadAsNameAndText(_ line: String, _ name: String, _ text: String) {
        let named = PageLines.namedLine(line)
        #expect(named?.name == name && named?.text == text)
    }
}
