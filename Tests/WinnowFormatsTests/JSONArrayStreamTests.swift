import Foundation
import Testing
@testable import WinnowFormats

/// A big JSON array read an element at a time gives what the whole document gives.
@Suite struct JSONArrayStreamTests {
    func streamed(_ bytes: [UInt8]) throws -> [ExportedComment] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-array-\(UUID()).json")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let stream = JSONArrayStream(try InflatingReader(path: url.path), fields: CommentFields())
        var out: [ExportedComment] = []
        while let c = try stream.next() { out.append(c) }
        return out
    }

    @Test(arguments: [JSONShapes.wordpressREST, JSONShapes.redditListing, JSONShapes.prettyArray])
    func anArrayStreamedReadsAsTheWholeDocument(_ json: String) throws {
        let whole = try JSONDocumentReader.read(json, fields: CommentFields(), path: "a.json")
        let comments = try streamed(Array(json.utf8))
        #expect(
            comments.map { [$0.id, $0.author, $0.text, $0.parent, $0.title, $0.status] }
                == whole.map { [$0.id, $0.author, $0.text, $0.parent, $0.title, $0.status] })
        #expect(!comments.isEmpty)
    }

    /// Cut or damaged arrays: comments up to the damage, then an error with its line.
    @Test func aDamagedArrayIsNamedByLineNeverACrash() throws {
        let json =
            "[\n"
            + (0..<20).map { #"{"id": \#($0), "text": "c\#($0) says \"hi\" [ok] {fine}"}"# }
            .joined(separator: ",\n") + "\n]\n"
        #expect(try streamed(Array(json.utf8)).count == 20)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let bytes = randomCut(json, replacingWith: "[]{},:\"\\ \n", using: &rng)
            do {
                _ = try streamed(bytes)
            } catch {
                #expect("\(error)".hasPrefix(FileManager.default.temporaryDirectory.path))
            }
        }
        do {
            _ = try streamed(Array("[\n{\"id\": 1, \"text\": \"a\"},\n{\"id\": 2, \"text\": }\n]".utf8))
            Issue.record("a broken element read")
        } catch {
            #expect("\(error)".contains(":3: not valid JSON"), "\(error)")
        }
    }
}
