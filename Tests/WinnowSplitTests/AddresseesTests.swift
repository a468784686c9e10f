import Testing

@testable import WinnowSplit

@Suite struct AddresseesTests {
    static let authors = ["bikelover77", "MrsPemberton", "Janet Reilly", "jo_smith"]

    @Test(
        arguments: [
            ("@MrsPemberton Plenty of people do.", "Tom", "MrsPemberton"),
            ("@mrspemberton, plenty of people do.", "Tom", "MrsPemberton"),
            ("@Janet Reilly no, it was Tuesday.", "Tom", "Janet Reilly"),
            ("@jo_smith: agreed", "Tom", "jo_smith"),
            ("@JoSmith agreed", "Tom", "jo_smith"),
            ("@bikelover77 as I said", "bikelover77", nil),
            ("@nobody_here hello", "Tom", nil),
            ("MrsPemberton is right", "Tom", nil),
            ("@ MrsPemberton", "Tom", "MrsPemberton"),
            ("@", "Tom", nil)
        ] as [(String, String, String?)])
    func aReplyOpeningWithAnEarlierAuthorsHandleAnswersThem(_ text: String, _ author: String, _ expected: String?) {
        var addressees = Addressees()
        for a in Self.authors { addressees.add(a) }
        #expect(addressees.addressee(of: text, author: author) == expected)
    }

    @Test(arguments: [("@janetreilly", "Janet Reilly"), ("Jo Smith", "jo_smith"), ("@stranger", "@stranger")])
    func aParentNamedByItsHandleIsTheEarlierAuthorWithIt(_ named: String, _ expected: String) {
        var addressees = Addressees()
        for a in Self.authors { addressees.add(a) }
        #expect(addressees.author(named: named) == expected)
    }

    @Test(arguments: ["↳", "⤷", "└", "    ↳"])
    func aReplyBehindAnArrowAnswersTheCommentAboveIt(_ arrow: String) {
        let article = (1...3).map { _ in
            "The council has approved a plan to build protected cycle lanes along the high street."
        }
        let lines = [
            "Ann Lee", "2 hours ago", "About time.", "Reply", "", "\(arrow) Bo Chan", "1 hour ago",
            "Not for the shops.",
            "Reply", "", "Cy Diaz", "1 hour ago", "Why not both?", "Reply"
        ]
        let page = (["Council approves cycle lanes", ""] + article.flatMap { [$0, ""] } + ["Comments", ""] + lines)
            .joined(separator: "\n")
        let comments = Splitter().split(page, source: "p").comments
        #expect(comments.map(\.author) == ["Ann Lee", "Bo Chan", "Cy Diaz"])
        #expect(comments.map(\.parent) == [nil, "Ann Lee", nil])
        #expect(comments.map(\.depth) == [0, 1, 0])
    }

    @Test func aFlatThreadsRepliesGetTheirParentFromTheirOpeningHandle() {
        let article = (1...3).map { _ in
            "The council has approved a plan to build protected cycle lanes along the high street."
        }
        let cards = [
            ("bikelover77", "About time, I cycle there every day."),
            ("MrsPemberton", "The shops will suffer for it."),
            ("bikelover77", "@MrsPemberton Plenty of people shop by bike."),
            ("grumpy", "@someone_else what a waste of money.")
        ]
        let lines = cards.flatMap { [$0.0, "12 Mar 2024 14:05", $0.1, "Report", "Share"] }
        let page = (["Council approves cycle lanes", ""] + article.flatMap { [$0, ""] } + ["Comments (4)"] + lines)
            .joined(separator: "\n")
        let comments = Splitter().split(page, source: "p").comments
        #expect(comments.map(\.author) == cards.map(\.0))
        #expect(comments.map(\.parent) == [nil, nil, "MrsPemberton", nil])
    }
}
