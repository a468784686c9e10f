import Testing

@testable import WinnowSplit

/// Tumblr's notes through lynx: an ordered list of "Name said: text" items, each wrapped
/// onto lines indented under its first.
@Suite struct NumberedNotesTests {
    @Test func wrappedNumberedNotesAreCommentsByTheirNames() {
        let notes = """
                1. 12 notes
                2. Goober said: That's a funny question given the tone of this debate and
                   of everything else said here.
                3. Michele K said: And that's not just about tone.
                4. Sea to the Dea said: Good grief. It never ends, does it? Not in this
                   country.
                5. Goober said: So true.
            """
        let page = Splitter().split(CommentTableTests.article + notes, source: "p")
        #expect(page.comments.map(\.author) == ["Goober", "Michele K", "Sea to the Dea", "Goober"])
        #expect(page.comments.first?.text.hasSuffix("of everything else said here.") == true)
    }
}
