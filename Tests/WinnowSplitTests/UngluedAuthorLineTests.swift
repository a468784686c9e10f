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
        ("shaunnarine1Today 9:21am", "shaunnarine1 Today 9:21am"),
        ("Paul45an hour ago", "Paul45 an hour ago"), ("gadabout1hace 3 horas", "gadabout1 hace 3 horas"),
        ("Paul45a day ago", "Paul45 a day ago"), ("Walrus Jr.17 minutes ago", "Walrus Jr. 17 minutes ago"),
        ("v2.17 is out", "v2.17 is out"),
        // An amount no widget shows leaves the name its digits: "11 week", "117 minutes".
        ("Michele KJan 14", "Michele K Jan 14"), ("NASA JPL", "NASA JPL"),
        ("Peter Page11 week ago", "Peter Page1 1 week ago"),
        ("argyle5663117 minutes ago", "argyle56631 17 minutes ago"),
        ("MISER1223 hours ago", "MISER12 23 hours ago"), ("Goober30 hours ago", "Goober30 hours ago"),
        ("Goober11w", "Goober 11w"),
        ("MHawke 17 minutes ago", "MHawke 17 minutes ago"), ("Goober05 days ago", "Goober0 5 days ago"),
        ("Goober0 days ago", "Goober0 days ago"),
        ("D_PetersYesterday 6:18pm", "D_Peters Yesterday 6:18pm"),
        ("MHawke5/06/24 9:21am", "MHawke 5/06/24 9:21am"), ("Covid19 cases rose 5/06/24", "Covid19 cases rose 5/06/24"),
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

/// The row of controls under a comment, run into the next author line, is read as its own line.
@Suite struct GluedControlsTests {
    @Test(arguments: [
        ("Star 22 ReplyMHawke5/06/24 9:21am", ["Star 22 Reply", "MHawke 5/06/24 9:21am"]),
        ("Responder · DenunciarMHawkehace 2 días", ["Responder · Denunciar", "MHawke hace 2 días"]),
        ("Responder · Denunciargadabout1hace 3 horas", ["Responder · Denunciar", "gadabout1 hace 3 horas"]),
        (
            "Reply Flag Write a replySend Avatar Sea to the Dea Top commenter 2 days ago",
            ["Reply Flag Write a replySend Avatar", "Sea to the Dea Top commenter 2 days ago"]
        ),
        ("Star 53 Replyshaunnarine1Today 9:21am", ["Star 53 Reply", "shaunnarine1 Today 9:21am"]),
        ("Reply QuoteMHawke 2 days ago", ["Reply Quote", "MHawke 2 days ago"]),
        ("Reply to MHawke 3 hours ago", ["Reply to MHawke 3 hours ago"]),
        ("Reporting on the vote since May 3", ["Reporting on the vote since May 3"]),
        ("Reporting from Kyiv 2 days ago", ["Reporting from Kyiv 2 days ago"]),
        ("Replying isn't worth it", ["Replying isn't worth it"]),
        // html2text runs the buttons together and into the author line behind its picture.
        (
            "Reply Flag Write a replySend Avatar MHawke 17 minutes ago",
            ["Reply Flag Write a replySend Avatar", "MHawke 17 minutes ago"]
        ),
        ("Reply to this: I was there 2 days ago", ["Reply to this: I was there 2 days ago"]),
        ("Reply Share Flag this and that 2 days ago", ["Reply Share Flag this and that 2 days ago"])
    ])
    func controlsAreReadApartFromTheAuthorLine(line: String, expected: [String]) {
        #expect(PageLines.controlsApart(line).map(PageLines.unglued) == expected)
    }
}
