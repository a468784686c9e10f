import Foundation
import Testing
@testable import WinnowFormats

/// A broken or hostile record is named with its place and costs the run no more than
/// itself: no crash, and in a file of one record a line, not the lines after it.
@Suite struct BrokenRecordTests {
    private func file(_ text: String, _ ext: String) throws -> String {
        let path = NSTemporaryDirectory() + "winnow-broken-\(UUID().uuidString).\(ext)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func drained(_ stream: CommentStream) -> (texts: [String], errors: [String]) {
        var (texts, errors) = ([String](), [String]())
        while true {
            do {
                guard let c = try stream.next() else { break }
                texts.append(c.text)
            } catch {
                errors.append("\(error)")
                guard stream.goesOnAfterError else { break }
            }
        }
        return (texts, errors)
    }

    @Test func aBrokenLineOfJSONLinesIsNamedAndTheLinesAfterItAreRead() throws {
        let deep = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        let lines = """
            {"id": "1", "text": "The ferry is late again."}
            {"id": "2", "text": broken}
            {"id": "3", "text": "Fares went up.", "x": \(deep)}
            {"id": "4", "text": "Thanks for the report."}
            """
        let path = try file(lines, "jsonl")
        let read = drained(JSONLinesStream(try InflatingReader(path: path), fields: CommentFields()))
        #expect(read.texts == ["The ferry is late again.", "Thanks for the report."])
        #expect(read.errors.count == 2)
        #expect(read.errors.first == "\(path):2: column 21: not a JSON value")
        #expect(read.errors.last == "\(path):3: column \(42 + 513): nested deeper than 512")
    }

    @Test func aBrokenLineOfARedditDumpIsNamedAndTheLinesAfterItAreRead() throws {
        let lines = """
            {"id": "a1", "body": "First.", "author": "x", "link_id": "t3_z", "subreddit": "news"}
            {"id": "a2", "body": "Cut
            {"id": "a3", "body": "Third.", "author": "y", "link_id": "t3_z", "subreddit": "news"}
            """
        let read = drained(RedditStream(try InflatingReader(path: try file(lines, "json"))))
        #expect(read.texts == ["First.", "Third."] && read.errors.count == 1)
    }

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
