import Testing
@testable import WinnowSplit

@Suite struct CommentCuesTests {
    @Test(arguments: [
        ("The city says the plan will cost more than…", true),
        ("The details are in the report [...]", true),
        ("Four years ago the head of the association said then,", true),
        ("The regulatory process should go ahead and hear all concerns in an", true),
        ("Here is what the minister said:", true),
        ("I agree with you.", false),
        ("Great article thanks", false),
        ("Who asked you?", false),
        ("Lines of a comment wrapped at the\nwidth of a text dump end anywhere.", false)
    ])
    func teasersCutShortAreToldFromFinishedComments(_ text: String, _ cut: Bool) {
        #expect(CommentCues.cutShort(text) == cut)
    }

    @Test func storiesNeedThreeAndTwoInThree() {
        let cut = "The council said the plan will run over budget by"
        let said = "I agree."
        #expect(CommentCues.stories(authors: ["Ann", "Bo", "Cy"], texts: [cut, cut, cut]))
        #expect(!CommentCues.stories(authors: ["Ann", "Bo"], texts: [cut, cut]))
        #expect(!CommentCues.stories(authors: ["Ann", "Bo", "Cy", "Di", "Ed"], texts: [cut, cut, cut, said, said]))
        #expect(
            CommentCues.stories(
                authors: ["Council approves bike lanes", "Ferry fares to rise", "Ann"], texts: [said, said, cut]))
    }

    @Test func listsOfStoriesAreToldFromShortComments() {
        let titles = ["Ferry fares to rise in May", "Library extends weekend hours", "Storm warning tonight"]
        #expect(CommentCues.listedStories(authors: ["Staff", "Jane Doe", "Staff"], texts: titles))
        #expect(CommentCues.listedStories(authors: ["Council approves bike lanes"], texts: ["Storm warning tonight"]))
        #expect(!CommentCues.listedStories(authors: ["Ann", "Bo"], texts: Array(titles.prefix(2))))
        #expect(!CommentCues.listedStories(authors: ["Ann", "Bo", "Cy"], texts: titles.dropLast() + ["I agree."]))
        #expect(!CommentCues.listedStories(authors: [], texts: []))
    }
}
