import Foundation
import Testing
import WinnowPipeline

/// Data files (Parquet tables, SQLite databases, BSON collections) through the command
/// line: from a directory as Spark writes one, from a zip, beside a damaged one.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct DataFileInputTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Tests/WinnowFormatsTests/Fixtures/\(name)")))
    }

    /// Spark's output: parts, its `_SUCCESS` marker and hidden checksums.
    @Test func aDirectoryOfParquetPartsIsScoredPartByPart() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        try dir.write("out/part-00000.snappy.parquet", bytes: try Self.fixture("comments-snappy.parquet"))
        try dir.write("out/part-00001.zstd.parquet", bytes: try Self.fixture("comments-zstd-v2.parquet"))
        try dir.write("out/_SUCCESS", "")
        try dir.write("out/.part-00000.snappy.parquet.crc", "crc")
        let r = try CLI.run(["score", dir.path("out"), "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout).dropFirst()
        #expect(rows.count == 2 * 141)
        #expect(Set(rows.map { ($0[0] as NSString).lastPathComponent }).count == 2)
    }

    /// A batch goes on past a damaged database, names it, and says so in its exit status.
    @Test func aDamagedDatabaseInABatchIsNamedAndTheOthersScored() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        var damaged = try Self.fixture("isso.db")
        for k in stride(from: 1024, to: damaged.count, by: 512) { damaged[k] = 0x42 }
        let bad = try dir.write("damaged.db", bytes: damaged)
        let good = try dir.write("coral.bson", bytes: try Self.fixture("coral.bson"))
        let r = try CLI.run(["score", bad, good, "--model", model, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("damaged.db: page "))
        #expect(try CLI.records(r.stdout).dropFirst().allSatisfy { $0[0].hasSuffix("coral.bson") })
    }

    @Test func aZipOfADatabaseAndAParquetFileReadsBoth() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let zip = ZipFixture.make(bytes: [
            ("utf16le.db", try Self.fixture("utf16le.db"), true),
            ("t.parquet", try Self.fixture("comments-lz4.parquet"), false)
        ])
        try dir.write("a.zip", bytes: zip)
        let r = try CLI.run(["score", dir.path("a.zip"), "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let sources = Set(try CLI.records(r.stdout).dropFirst().map { ($0[0] as NSString).lastPathComponent })
        #expect(sources == ["utf16le.db", "t.parquet"])
    }

    /// Labeled data kept as Parquet trains the model its CSV trains, byte for byte.
    @Test func aLabeledParquetFileTrainsTheModelItsCSVTrains() throws {
        let dir = try TempDirectory()
        let parquet = try dir.write("labeled.parquet", bytes: try Self.fixture("labeled-example.parquet"))
        let fromParquet = try CLI.run(["train", parquet, "--output", dir.path("p.model")])
        #expect(fromParquet.status == 0, "\(fromParquet.stderr)")
        let fromCSV = try CLI.run(["train", "Data/labeled-example.csv", "--output", dir.path("c.model")])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.path("p.model")))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: dir.path("c.model")))))
    }

    /// Labeled data kept in an old Excel workbook trains the model its CSV trains, byte for byte.
    @Test func aLabeledExcelWorkbookTrainsTheModelItsCSVTrains() throws {
        let dir = try TempDirectory()
        let book = try dir.write("labeled.xls", bytes: try Self.fixture("labeled-example.xls"))
        let fromBook = try CLI.run(["train", book, "--output", dir.path("x.model")])
        #expect(fromBook.status == 0, "\(fromBook.stderr)")
        let fromCSV = try CLI.run(["train", "Data/labeled-example.csv", "--output", dir.path("c.model")])
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.path("x.model")))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir.path("c.model")))
        #expect(fromCSV.status == 0 && a == b)
    }

    /// An `.xls` export is scored by its name or, named otherwise, with `--comments`: a row a
    /// comment, its columns guessed, as xlrd reads the sheet (`Tools/xls_fixtures.py`).
    @Test func anOldExcelWorkbookIsScoredByPathOrWithComments() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let bytes = try Self.fixture("comments-libreoffice.xls")
        let sheet = try JSONDecoder().decode(
            [[String]].self, from: Data(try Self.fixture("comments-libreoffice.xls.json")))
        let expected = sheet.dropFirst().filter { $0.count > 2 && !$0[2].isEmpty }.map { [$0[0], $0[1], $0[2]] }
        let named = try dir.write("export.xls", bytes: bytes), unnamed = try dir.write("export.download", bytes: bytes)
        for command in [["score", named], ["score", "--comments", unnamed]] {
            let r = try CLI.run(command + ["--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[2], $0[7]] }
            #expect(rows == expected)
        }
    }

    /// Workbooks packed in a zip (a download of a month's exports): each sheet read as a table.
    @Test func workbooksInAZipAreReadSheetBySheet() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let zip = ZipFixture.make(bytes: [
            ("march.xls", try Self.fixture("small.xls"), true), ("april.xlsx", ZipFixture.workbook, false)
        ])
        let r = try CLI.run(["score", try dir.write("exports.zip", bytes: zip), "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout).dropFirst().map { [($0[0] as NSString).lastPathComponent, $0[1], $0[7]] }
        #expect(
            rows == [
                ["march.xls", "1", "ok then"], ["march.xls", "2.5", "a, b"], ["april.xlsx", "101", "You are an idiot"],
                ["april.xlsx", "102", "Q&A was \"fine\""]
            ])
    }

    /// A Reddit dump as Pushshift ships it (`RC_2024-01.zst`), streamed: the verdicts of the plain file.
    @Test func aZstandardDumpIsScoredAsThePlainFile() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let packed = try dir.write("RC_2024-01.zst", bytes: try Self.fixture("comments.jsonl.zst"))
        let plain = try dir.write("comments.jsonl", bytes: try Self.fixture("comments-parquet.jsonl"))
        let a = try CLI.run(["score", packed, "--model", model, "--quiet"])
        let b = try CLI.run(["score", plain, "--model", model, "--quiet"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let rows = { (r: CLI.Result) in try CLI.records(r.stdout).map { $0.dropFirst() } }
        #expect(try rows(a) == rows(b) && rows(a).count > 100)
    }

    /// A page saved in a web archive splits as the saved page itself does, under its address.
    @Test func aWebArchivesPagesSplitAsTheSavedPagesDo() throws {
        let archive = "Tests/WinnowFormatsTests/Fixtures/site.warc.gz"
        let split = try CLI.run(["split", archive])
        #expect(split.status == 0, "\(split.stderr)")
        let direct = try CLI.run(["split", "Data/pages/ferry-fares.html"])
        let withoutSource = { (line: Substring) in
            line.replacingOccurrences(of: #"^\{"source":"[^"]*","#, with: "{", options: .regularExpression)
        }
        let records = split.stdout.split(separator: "\n")
        #expect(records.count == 3)
        #expect(records.allSatisfy { withoutSource($0) == withoutSource(direct.stdout.split(separator: "\n")[0]) })
        #expect(records[0].hasPrefix(#"{"source":"https://news.example.com/2024/06/ferry-fares","#))
        let scored = try CLI.run(["score", archive, "--model", "Models/winnow.model", "--quiet"])
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(try CLI.records(scored.stdout).count > 3)
    }

    /// A crawler's directory of archives beside page dumps, and an archive in a zip.
    @Test func webArchivesAreFoundInDirectoriesAndZips() throws {
        let dir = try TempDirectory()
        let archive = try Self.fixture("site.warc.gz")
        try FileManager.default.createDirectory(atPath: dir.path("crawl"), withIntermediateDirectories: true)
        try dir.write("crawl/site.warc.gz", bytes: archive)
        try dir.write("crawl/notes.txt", String(contentsOfFile: "Data/pages/library-hours.txt".inRoot, encoding: .utf8))
        let split = try CLI.run(["split", dir.path("crawl")])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout.split(separator: "\n").count == 4)
        try dir.write("crawl.zip", bytes: ZipFixture.make(bytes: [("crawl/site.warc.gz", archive, false)]))
        let zipped = try CLI.run(["split", dir.path("crawl.zip")])
        #expect(zipped.status == 0, "\(zipped.stderr)")
        #expect(zipped.stdout.split(separator: "\n").count == 3)
    }

    /// A scraper's database of pages splits page by page; a database of comments is named
    /// as no page dump.
    @Test func aDatabaseOfPagesSplitsAndOneOfCommentsIsNamed() throws {
        let pages = try CLI.run(["split", "Tests/WinnowFormatsTests/Fixtures/pages.db"])
        #expect(pages.status == 0, "\(pages.stderr)")
        #expect(pages.stdout.hasPrefix(#"{"source":"https://news.example.com/2024/06/ferry-fares","#))
        let comments = try CLI.run(["split", "Tests/WinnowFormatsTests/Fixtures/isso.db"])
        #expect(
            comments.status == 3 && comments.stderr.contains("a sqlite file, not a page dump"), "\(comments.stderr)")
    }
}
