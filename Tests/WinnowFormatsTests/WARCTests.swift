import Foundation
import Testing
@testable import WinnowFormats

/// A web archive written as the standard lays it out (`Tools/warc_fixtures.py`) around the
/// repository's sample page.
@Suite struct WARCTests {
    static var page: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Data/pages/ferry-fares.html")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// The response (chunked, gzip-coded, its address in angle brackets), the same page
    /// Brotli-coded, and the HTML resource; the request, the 404, the image, the revisit and
    /// the metadata passed over.
    @Test func eachHTMLPageTheArchiveSavedIsAPageUnderItsAddress() throws {
        let file = try ExportFile(path: "site.warc.gz", bytes: try Databases.bytes("site.warc.gz"))
        #expect(file.format == .warc)
        let pages = try #require(try file.comments())
        #expect(
            pages.map(\.id) == [
                "https://news.example.com/2024/06/ferry-fares", "https://news.example.com/2024/06/ferry-fares-br",
                "urn:browsertrix:page:https://news.example.com/2024/06/ferry-fares-again"
            ])
        let expected = HTMLPage.text(try WARCTests.page)
        #expect(pages.allSatisfy { $0.page && $0.text == expected })
    }

    /// Records and their headers cut between the pieces the file is read in.
    @Test(arguments: [1, 37, 4096])
    func anArchiveReadInPiecesGivesTheSamePages(_ piece: Int) throws {
        let bytes = try Gunzip.inflate(try Databases.bytes("site.warc.gz"), path: "")
        let feed = ByteFeed.pieces(of: bytes, piece)
        let stream = WARCStream(path: "site.warc", feed: feed)
        var pages: [ExportedComment] = []
        while let p = try stream.next() { pages.append(p) }
        #expect(pages == (try #require(try ExportFile(path: "site.warc", bytes: bytes).comments())))
    }

    /// A record passed over (a crawl's video) is read and dropped a piece at a time, never
    /// held whole; what follows it is read as before.
    @Test func aRecordPassedOverIsNeverHeldWhole() throws {
        var feed = ByteFeed.pieces(of: [UInt8](repeating: 7, count: 3 << 20) + Array("WARC/1.1".utf8), 1 << 16)
        #expect(try feed.discard(3 << 20))
        #expect(feed.bytes.count <= 1 << 16 && feed.offset == 3 << 20)
        #expect(try feed.fill(8) && Array(feed.bytes[feed.start..<feed.start + 8]) == Array("WARC/1.1".utf8))
        var short = ByteFeed(bytes: [1, 2, 3])
        #expect(try !short.discard(4))
    }

    @Test func aChunkedBodyIsJoinedAndACutOneRefused() {
        let body = Array("4\r\nFerr\r\n6\r\ny fare\r\n0\r\n\r\n".utf8)
        #expect(HTTPMessage.dechunked(body) == Array("Ferry fare".utf8))
        #expect(HTTPMessage.dechunked(Array("9\r\nFerr\r\n".utf8)) == nil)
    }

    @Test func anArchiveWithoutPagesIsNamed() {
        let info = "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
        #expect(throws: FormatError.noPages(path: "a.warc", records: 1)) {
            try ExportFile(path: "a.warc", bytes: Array(info.utf8)).comments()
        }
    }

    @Test func damagedArchivesNeverCrash() throws {
        let whole = try Gunzip.inflate(try Databases.bytes("site.warc.gz"), path: "")
        expectDamagedCopiesNeverCrash(whole, path: "cut.warc", sparing: 8)
    }
}
