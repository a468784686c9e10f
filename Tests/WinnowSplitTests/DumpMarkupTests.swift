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

    /// A citation or two ("[1]") on a page is left as it is.
    @Test func aPageWithFewMarkersIsLeftAlone() {
        let lines = ["See [1]Smith for the figures.", "Nothing else here."]
        #expect(DumpMarkup.clean(lines) == lines)
    }
}
