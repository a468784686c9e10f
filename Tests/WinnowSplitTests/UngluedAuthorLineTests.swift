import Testing

@testable import WinnowSplit

/// A text browser runs a comment widget's inline elements together when the markup has no
/// space between them: the name and the date are read apart again, and only then.
@Suite struct UngluedAuthorLineTests {
    @Test(arguments: [
        ("Gooberan hour ago", "Goober an hour ago"),
        ("GooberJan 14", "Goober Jan 14"),
        ("live in ottawa -love the LeafsMay 3", "live in ottawa -love the Leafs May 3"),
        ("Rightontheleft2d", "Rightontheleft 2d"),
        ("Goober17 minutes ago", "Goober 17 minutes ago"),
        ("Gooberhace 20 minutos", "Goober hace 20 minutos"),
        ("Annavor 3 Stunden", "Anna vor 3 Stunden"),
        ("Goober•an hour ago", "Goober • an hour ago"),
        ("MHawkeGuest3d", "MHawke Guest 3d"), ("G Reid BrownModeratorMay 02", "G Reid Brown Moderator May 02"),
        ("JoMod3d", "JoMod 3d"), ("TheGuestbookMay 02", "TheGuestbook May 02"),
        ("gadabout1 May 3, 2024", "gadabout1 May 3, 2024"),
        ("Sea to the Dea on May 3", "Sea to the Dea on May 3"),
        ("CryptoWins2024", "CryptoWins2024"),
        ("pub fn cvt(a: __m128) -> __m256d", "pub fn cvt(a: __m128) -> __m256d"),
        ("The vote is set for May 3", "The vote is set for May 3")
    ])
    func nameAndDateAreReadApart(line: String, expected: String) {
        #expect(PageLines.unglued(line) == expected)
    }
}
