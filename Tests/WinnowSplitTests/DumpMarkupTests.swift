import Testing

@testable import WinnowSplit

/// Link markup text browsers and converters leave in a dump is read as the link's text.
@Suite struct DumpMarkupTests {
    @Test func numberedLinksOfATextBrowserAreDropped() {
        let lines = [
            "   [1]Home [2]News", "   [5]G Reid  Brown · 5 hours ago", "   A comment[6] with a note.", "   [7]Reply"
        ]
        #expect(
            DumpMarkup.clean(lines) == [
                "   Home News", "   G Reid  Brown · 5 hours ago", "   A comment[6] with a note.", "   Reply"
            ])
    }

    @Test func markdownLinksAreReadAsTheirText() {
        let lines = [
            "[Home](https://a.example/) [News](https://a.example/n)", "[Goober](https://a.example/u/1) · 5 hours ago"
        ]
        #expect(DumpMarkup.clean(lines) == ["Home News", "Goober · 5 hours ago"])
    }

    /// html2text writes a layout table's row as Markdown: the cells that held a picture or
    /// a spacer come out empty before the author line, and are dropped.
    @Test func aRowsEmptyFirstCellsAreDropped() {
        let lines = [
            "[Home](/) [News](/n) [Opinion](/o)",
            "| ![](s.gif) | |  [MHawke](user?id=x) [3 hours ago](item?id=1) | parent | next",
            "| Argument | Description |"
        ]
        #expect(
            DumpMarkup.clean(lines) == [
                "Home News Opinion", "MHawke 3 hours ago | parent | next", "| Argument | Description |"
            ])
    }

    /// A citation or two ("[1]") on a page is left as it is.
    @Test func aPageWithFewMarkersIsLeftAlone() {
        let lines = ["See [1]Smith for the figures.", "Nothing else here."]
        #expect(DumpMarkup.clean(lines) == lines)
    }

    /// lynx and w3m wrap every paragraph at the screen's width: the lines go back into the
    /// paragraphs they were, list items lose their bullets and keep their column, and the
    /// item after a full line stays an item of its own.
    @Test func aTextBrowsersWrappedLinesAreParagraphsAgain() {
        let paragraph = [
            "   Trace the trajectories of the Canadian and American conservative",
            "   parties and you will find significant similarities. Since the 1980s,",
            "   the more raw-boned elements in our Conservatives and their Republicans",
            "   have each asserted control. The fallout is still being felt.", ""
        ]
        let lines =
            ["   The Daily Ledger", "     * Home", "     * News", "     * Opinion", ""]
            + Array(repeating: paragraph, count: 3).flatMap { $0 }
            + [
                "     * G Reid Brown • 2 days ago",
                "       The question is why the right must speak in such bitter tones."
            ]
        let cleaned = DumpMarkup.clean(lines)
        let joined =
            "   Trace the trajectories of the Canadian and American conservative parties and you will find "
            + "significant similarities. Since the 1980s, the more raw-boned elements in our Conservatives and "
            + "their Republicans have each asserted control. The fallout is still being felt."
        #expect(cleaned.filter { $0 == joined }.count == 3)
        #expect(cleaned.prefix(4) == ["   The Daily Ledger", "       Home", "       News", "       Opinion"])
        #expect(
            cleaned.suffix(2) == [
                "       G Reid Brown • 2 days ago",
                "       The question is why the right must speak in such bitter tones."
            ])
    }

    /// A page of unwrapped paragraphs, a C comment's "* " lines and a code listing whose
    /// lines all stop short of one width are left as they are.
    @Test func unwrappedPagesCommentsAndCodeAreLeftAlone() {
        let prose = [
            "A paragraph as a browser saves it runs to any length: this one is long enough to pass any screen's "
                + "width by far, and the next one is short.",
            "Short."
        ]
        let comment = [
            "/*", " * xsltExtInitFunction:", " * @ctxt:  an XSLT transformation context", " * Returns a pointer", " */"
        ]
        let code = (25..<45).map { "\($0)    /// Insert a named `value` (+/- `noise`) metric into the map. The value" }
        for lines in [prose, comment, code] { #expect(DumpMarkup.clean(lines) == lines) }
    }

    /// html2text's Markdown is read as its text: images as their alternative text, links
    /// with relative targets and titles as theirs, bold names, headings, list marks and
    /// escapes as the words they mark.
    @Test func html2textsMarkdownIsReadAsText() {
        let lines = [
            "## 12 Comments", "  * ![Avatar](/noavatar.png)", "  * ![](/p.jpg)",
            "  2. ![](https://a.example/a.png) **live in ottawa \\-love the Leafs** says:",
            "  * [Goober](/profile/1 \"View profile\")", "6 May 2024 18\\.02"
        ]
        #expect(
            DumpMarkup.clean(lines) == [
                "12 Comments", "    Avatar", "    ", "      live in ottawa -love the Leafs says:", "    Goober",
                "6 May 2024 18.02"
            ])
    }

    /// lynx labels a button "(BUTTON)", with a space after it unless it ends the line: the
    /// labels go, a count between icons stays a count.
    @Test func buttonLabelsAreDropped() {
        #expect(
            DumpMarkup.browserDump(["   (BUTTON) 4 (BUTTON) (BUTTON)", "   (BUTTON) Like (BUTTON) Reply"])
                == ["   4 ", "   Like Reply"])
    }

    /// lynx draws a text field as a row of underscores: it is nobody's words; a name's own
    /// underscore stays.
    @Test func textFieldsAreDropped() {
        #expect(DumpMarkup.withoutFields("   Write a reply__________________") == "   Write a reply")
        #expect(DumpMarkup.withoutFields("   ______________________________") == "   ")
        #expect(DumpMarkup.withoutFields("   Sam_Oduya • 2h") == "   Sam_Oduya • 2h")
    }

    /// w3m prints a picture without a description as its file's name: "[p]" over each comment.
    @Test func w3msPictureNamesAreNotAuthors() {
        let section = """
            12 Comments
            [p]
            Goober
            That's a funny question given the tone of this debate.
            Reply
            [p]
            Michele K
            And that's not just about tone.
            Reply
            [p]
            Sea to the Dea
            Good grief.
            Reply
            """
        let page = Splitter().split(CommentLayoutTests.article + section, source: "p")
        #expect(page.comments.map(\.author) == CommentLayoutTests.three)
    }

    /// Brackets that are not pictures stay: a removed author, links, controls.
    @Test func aDeletedAuthorALinkAndAControlAreNoPictures() {
        let lines = ["[deleted]", "text", "[deleted]", "more", "[deleted]", "last", "[p]"]
        #expect(DumpMarkup.withoutPictureStems(lines) == lines)
        let links = ["[Goober](https://a.example)", "[Goober](https://b.example)", "[Goober](https://c.example)"]
        #expect(DumpMarkup.withoutPictureStems(links) == links)
        #expect(DumpMarkup.withoutPictureStems(["[reply]", "[reply]", "[reply]"]) == ["[reply]", "[reply]", "[reply]"])
        let pictures = ["[p]", "Goober", "[p]", "Michele K", "[p]   tones."]
        #expect(DumpMarkup.withoutPictureStems(pictures) == ["   ", "Goober", "   ", "Michele K", "      tones."])
    }

    /// w3m's ordered list of notes: a picture's name after the item's number is blanked, and
    /// the next item ("5. " after "4. ") is not joined to the line before as wrapped text.
    @Test func anOrderedListsItemsStayApart() {
        #expect(
            DumpMarkup.withoutPictureStems([" 1. [a]Goober said: x", " 2. [a]Michele K said: y", " 3. [a]Sea said: z"])
                == [" 1.    Goober said: x", " 2.    Michele K said: y", " 3.    Sea said: z"])
        let long = String(repeating: "word ", count: 15)
        let lines = (1...12).map { " \($0). \(long)ends" } + ["next paragraph " + long]
        #expect(DumpMarkup.unwrapped(lines, width: 84, itemStarts: []).count == lines.count)
    }

    /// A long handle or address wrapped from a line half full goes back on it; a long word
    /// of code does not.
    @Test func aLongHandleOrAddressIsJoinedToTheLineItWasWrappedFrom() {
        let name = "5d ![](/m.png)**live in ottawa -love the Leafs**"
        let handle = "@liveinottawalovetheleafs@social.example"
        #expect(DumpMarkup.unwrapped([name, handle], width: 78, itemStarts: []) == [name + " " + handle])
        let link = ["a link: www.huffingtonpost.ca/2012/08/16/", "enbridge-douglas-channel-islands_n_1789223.html"]
        #expect(DumpMarkup.unwrapped(link, width: 78, itemStarts: []) == [link.joined(separator: " ")])
        let code = ["does indeed update when flags are toggled.", "v8.setFlagsFromString('--allow_natives_syntax');"]
        #expect(DumpMarkup.unwrapped(code, width: 78, itemStarts: []) == code)
    }

    /// A name or an author line after a sentence's end opens the next comment (a card's
    /// footer, a guestbook's entry) though its first word would not have fitted; after a
    /// title's point ("– Mrs.") the name goes on the signature it was wrapped from.
    @Test func aNameAfterASentencesEndIsNotJoinedToIt() {
        let card = [
            "   You call Harper's smirking non-answers calm and measured?", "   Rightontheleft 1d ago ♥ 23 Reply"
        ]
        #expect(DumpMarkup.unwrapped(card, width: 72, itemStarts: []) == card)
        let entry = ["   06.05.2024 Shhhhh. You're not supposed to say that here at the Globe.", "   Rightontheleft"]
        #expect(DumpMarkup.unwrapped(entry, width: 72, itemStarts: []) == entry)
        let signed = [
            "       of Harper and Enbridge and their culture of deviance. – Mrs.", "       Whiggins May 6, 2024 at 9:21"
        ]
        #expect(DumpMarkup.unwrapped(signed, width: 72, itemStarts: []).count == 1)
        let controls = [
            "   That voter surge cannot wait 2 years for their dope. I mean, c'mon !", "   Reply Repost Like 187"
        ]
        #expect(DumpMarkup.unwrapped(controls, width: 72, itemStarts: []) == controls)
    }
}
