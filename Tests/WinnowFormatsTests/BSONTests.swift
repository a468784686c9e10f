import Foundation
import Testing
@testable import WinnowFormats

/// Coral Talk's comments collection written by pymongo's `bson` (`Tools/bson_fixtures.py`)
/// beside the same documents as mongoexport's relaxed extended JSON.
@Suite struct BSONTests {
    static func comments(_ bytes: [UInt8], _ path: String = "comments.bson") throws -> [ExportedComment] {
        let file = try ExportFile(path: path, bytes: bytes)
        #expect(file.format == .bson)
        return try #require(try file.comments())
    }

    @Test func aCollectionGivesTheCommentsItsExtendedJSONGives() throws {
        let fromBSON = try BSONTests.comments(try Databases.bytes("coral.bson"))
        let json = try ExportFile(path: "comments.bson", bytes: try Databases.bytes("coral.json"))
        let fromJSON = try #require(try json.comments())
        #expect(fromBSON.count == 120)
        #expect(fromBSON == fromJSON)
    }

    /// Read a few hundred bytes at a time, documents cut between the pieces; and from
    /// the file.
    @Test(arguments: [1, 333, 4096])
    func aCollectionReadInPiecesGivesTheSameComments(_ piece: Int) throws {
        let bytes = try Databases.bytes("coral.bson")
        let feed = ByteFeed.pieces(of: bytes, piece)
        let stream = BSONStream(path: "c.bson", fields: CommentFields(), feed: feed)
        var read: [ExportedComment] = []
        while let c = try stream.next() { read.append(c) }
        #expect(read == (try BSONTests.comments(bytes)))
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/coral.bson").path
        guard case .stream(let file) = try ExportFile.open(path) else {
            Issue.record("a collection is streamed")
            return
        }
        var streamed: [ExportedComment] = []
        while let c = try file.next() { streamed.append(c) }
        #expect(streamed.map(\.text) == read.map(\.text))
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (1_709_164_800_250, "2024-02-29T00:00:00.250Z"),
        (951_782_400_000, "2000-02-29T00:00:00Z"), (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
        (-1, "-1"), (253_402_300_800_000, "253402300800000")
    ])
    func aDateReadsAsExtendedJSONWritesIt(_ milliseconds: Int64, _ text: String) {
        #expect(ISOTime.string(milliseconds: milliseconds) == text)
    }

    @Test(arguments: [
        ("id,text\n1,hello\n", false), ("{\"a\": 1}\n", false), ("SQLite format 3\u{0}", false), ("", false)
    ])
    func textIsNotTakenForBSON(_ head: String, _ isBSON: Bool) {
        #expect(BSONDocument.isBSON(Array(head.utf8)) == isBSON)
    }

    /// The first document damaged inside is named as the first, by its byte.
    @Test func aDamagedDocumentIsNamedByItsNumberAndByte() throws {
        var bytes = try Databases.bytes("coral.bson")
        bytes[4] = 0x42  // the first element's type
        #expect(
            throws: FormatError.document(
                path: "c.bson", index: 1, offset: 4, detail: "an element of unknown type 66")
        ) { try ExportFile(path: "c.bson", bytes: bytes, forced: .bson).comments() }
    }

    @Test func aDocumentNestedPastTheLimitIsRefusedNotACrash() {
        // {"a": {"a": {... 1,000 deep}}}: each level a type, a name and a length.
        var doc: [UInt8] = [5, 0, 0, 0, 0]
        for _ in 0..<1000 {
            let n = doc.count + 4 + 3 + 1
            doc = [UInt8(n & 255), UInt8(n >> 8 & 255), UInt8(n >> 16 & 255), 0, 3, 97, 0] + doc + [0]
        }
        #expect(throws: FormatError.self) { try BSONTests.comments(doc) }
    }

    /// Cut anywhere, bytes overwritten anywhere: the comments, or an error naming the file,
    /// the document and its byte.
    @Test func damagedCollectionsNeverCrash() throws {
        expectDamagedCopiesNeverCrash(try Databases.bytes("coral.bson"), path: "cut.bson", forced: .bson, sparing: 6)
    }
}
