import Foundation
import Testing
@testable import WinnowFormats

/// SQLite database files written by Python's sqlite3 module (`Tools/sqlite_fixtures.py`),
/// each beside its own dump.
enum Databases {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func comments(_ bytes: [UInt8], _ path: String = "site.db") throws -> [ExportedComment] {
        let file = try ExportFile(path: path, bytes: bytes)
        #expect(file.format == .sqlite)
        return try #require(try file.comments())
    }
}

@Suite struct SQLiteDatabaseTests {
    /// Isso's database at 512 bytes a page (interior pages, long comments over overflow
    /// pages), Drupal's two tables (one `WITHOUT ROWID`, a column added after rows were
    /// written), UTF-16 in both byte orders.
    @Test(arguments: ["isso", "drupal", "utf16le", "utf16be", "pages"])
    func aDatabaseFileGivesTheCommentsItsOwnDumpGives(_ name: String) throws {
        let fromFile = try Databases.comments(try Databases.bytes(name + ".db"))
        let dump = try ExportFile(path: "site.db", bytes: try Databases.bytes(name + ".sql"))
        #expect(dump.format == .sql)
        let fromDump = try #require(try dump.comments())
        #expect(fromFile.count == ["isso": 200, "drupal": 150, "utf16le": 2, "utf16be": 2, "pages": 1][name])
        #expect(fromFile == fromDump)
    }

    /// Isso's threads are read before its comments, whichever the schema lists first.
    @Test func commentsTakeTheTitleOfTheThreadTheySitUnder() throws {
        let c = try Databases.comments(try Databases.bytes("isso.db"))
        #expect(Set(c.map(\.title)) == ["Ferry fares", "Bridge"])
        #expect(c.allSatisfy { $0.title == ($0.thread == "1" ? "Ferry fares" : "Bridge") })
    }

    /// From its path the database is read a page at a time, as its bytes are read whole.
    @Test(arguments: ["isso.db", "drupal.db", "utf16be.db"])
    func aDatabaseReadFromItsPathGivesTheCommentsItsBytesGive(_ name: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/\(name)"
        ).path
        let stream = try SQLiteStream(path: path, fields: CommentFields())
        var read: [ExportedComment] = []
        while let c = try stream.next() { read.append(c) }
        #expect(read == (try Databases.comments(try Databases.bytes(name))))
    }

    @Test func aScrapersTableOfPagesGivesEachPageUnderItsAddress() throws {
        let pages = try Databases.comments(try Databases.bytes("pages.db"))
        #expect(pages.map(\.id) == ["https://news.example.com/2024/06/ferry-fares"])
        let expected = HTMLPage.text(try WARCTests.page)
        #expect(pages.allSatisfy { $0.page && $0.text == expected })
    }

    @Test func aRowidColumnHeldAsNullIsReadAsTheRowsId() throws {
        let c = try Databases.comments(try Databases.bytes("utf16le.db"))
        #expect(c.map(\.id) == ["1", "2"])
        #expect(c[0].author == "Zoë" && c[0].text == "Naïve café in Zürich, 東京 and 🙂 emoji.")
    }

    @Test func aDatabaseWithoutATableOfCommentsNamesItsTables() throws {
        #expect(
            throws: FormatError.noCommentTable(
                path: "site.db", tables: ["posts(id, title, slug)", "users(id, name, email)"])
        ) { try Databases.comments(try Databases.bytes("no-comments.db")) }
    }

    @Test(arguments: [
        ("CREATE TABLE c (id INTEGER PRIMARY KEY, text TEXT)", "id", [String]()),
        ("CREATE TABLE c (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, text TEXT)", "id", []),
        ("CREATE TABLE c (text TEXT, \"n\" INTEGER, PRIMARY KEY (\"n\"))", "n", []),
        ("CREATE TABLE c (id INT PRIMARY KEY, text TEXT)", nil, []),
        ("CREATE TABLE c (id TEXT PRIMARY KEY, text TEXT)", nil, []),
        ("CREATE TABLE c (a TEXT, b INTEGER, PRIMARY KEY (b, a)) WITHOUT ROWID", nil, ["b", "a"]),
        ("CREATE TABLE c (a TEXT PRIMARY KEY, b TEXT) WITHOUT ROWID", nil, ["a"])
    ])
    func aTablesKeyIsReadFromItsDefinition(_ sql: String, _ rowid: String?, _ leading: [String]) {
        let key = SQLStatement.sqliteKey(Array(sql.utf8))
        #expect(key.rowid == rowid && key.leading == leading)
    }

    /// Forty comments committed to the log after the one checkpointed into the file.
    @Test func aDatabaseCopiedFromARunningSiteReadsTheCommitsInItsLog() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wal.db")
            .path
        guard case .stream(let stream) = try ExportFile.open(path) else {
            Issue.record("a database is streamed")
            return
        }
        var ids: [String] = []
        while let c = try stream.next() { ids.append(c.id) }
        #expect(ids == (1...41).map(String.init))
        #expect(try Databases.comments(try Databases.bytes("wal.db")).map(\.id) == ["1"])
    }

    /// A byte changed in a frame: its checksum fails, and the log ends at the commit before.
    @Test func aTornLogKeepsTheCommitsBeforeTheTear() throws {
        let db = try Databases.bytes("wal.db")
        var log = try Databases.bytes("wal.db-wal")
        log[log.count / 2] ^= 0xFF
        let stream = try SQLiteStream(bytes: db, log: log, path: "wal.db", fields: CommentFields())
        var ids: [String] = []
        while let c = try stream.next() { ids.append(c.id) }
        #expect(ids.count > 1 && ids.count < 41)
        #expect(ids == (1...ids.count).map(String.init))
    }

    @Test func aFileCutInItsHeaderIsNamedAsNoDatabase() throws {
        let cut = Array(try Databases.bytes("isso.db").prefix(60))
        #expect(
            throws: FormatError.database(
                path: "site.db", page: 1, detail: "not a SQLite 3 database (its header is cut or missing)")
        ) {
            try Databases.comments(cut)
        }
    }

    /// Cut anywhere, bytes overwritten anywhere: the comments, or an error naming the file.
    @Test(arguments: ["isso.db", "drupal.db"])
    func damagedDatabasesNeverCrash(_ name: String) throws {
        expectDamagedCopiesNeverCrash(try Databases.bytes(name), path: "cut.db", sparing: 16)
    }
}
