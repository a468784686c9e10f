import Foundation
import Testing
@testable import WinnowFormats

/// A broken or hostile record is named with its place and costs the run no more than
/// itself: no crash.
@Suite struct BrokenRecordTests {
    /// The tree walk recurses: a document nested past the parser's limit is refused at
    /// the element that crosses it (200,000 levels once overflowed the stack).
    @Test func xmlNestedPastTheLimitIsNamedWithItsPlaceNotACrash() {
        let deep = String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000)
        #expect {
            _ = try XMLDocumentReader.read("<?xml version=\"1.0\"?>\n" + deep, fields: CommentFields(), path: "d.xml")
        } throws: { error in
            "\(error)" == "d.xml:2: column 1539: elements nested deeper than 512"
        }
        let fine = String(repeating: "<a>", count: 500) + "<text>Fine.</text>" + String(repeating: "</a>", count: 500)
        #expect((try? XMLDocumentReader.read(fine, fields: CommentFields(), path: "f.xml"))?.map(\.text) == ["Fine."])
    }

    /// A document too deep to read is JSON all the same: named so, not split as a page.
    @Test func jsonNestedPastTheLimitIsStillJSON() throws {
        let deep = String(repeating: "{\"a\": ", count: 600) + "1" + String(repeating: "}", count: 600)
        let file = try ExportFile(path: "d.json", bytes: Array(deep.utf8))
        #expect(file.format == .jsonl)
        #expect(throws: FormatError.self) { _ = try file.comments() }
    }
}
