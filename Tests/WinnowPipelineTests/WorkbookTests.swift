import Testing
@testable import WinnowFormats
import WinnowPipeline

/// Zip files built here, entries stored or deflated (CRCs left 0: the reader trusts zlib's
/// own check of deflated data), as Excel lays an `.xlsx` out.
enum ZipFixture {
    static func make(_ entries: [(name: String, text: String, deflate: Bool)]) -> [UInt8] {
        make(bytes: entries.map { ($0.name, Array($0.text.utf8), $0.deflate) })
    }

    static func make(bytes entries: [(name: String, bytes: [UInt8], deflate: Bool)]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { u16(v & 0xFFFF) + u16(v >> 16) }
        for e in entries {
            let raw = e.bytes
            // zlib's stream without its 2-byte header and 4-byte check: raw deflate.
            let data = e.deflate ? Array((Deflate.compress(raw) ?? []).dropFirst(2).dropLast(4)) : raw
            let name = Array(e.name.utf8), method = e.deflate ? 8 : 0
            let offset = out.count
            out += u32(0x0403_4B50) + u16(20) + u16(0) + u16(method) + u32(0) + u32(0)
            out += u32(data.count) + u32(raw.count) + u16(name.count) + u16(0) + name + data
            directory += u32(0x0201_4B50) + u16(20) + u16(20) + u16(0) + u16(method) + u32(0) + u32(0)
            directory += u32(data.count) + u32(raw.count) + u16(name.count) + u16(0) + u16(0) + u16(0) + u16(0)
            directory += u32(0) + u32(offset) + name
        }
        let start = out.count
        out += directory
        out += u32(0x0605_4B50) + u16(0) + u16(0) + u16(entries.count) + u16(entries.count)
        out += u32(directory.count) + u32(start) + u16(0)
        return out
    }

    /// A workbook of one sheet: shared strings (one rich, one with an entity and a phonetic
    /// reading that is not its text), an inline
    /// string, a number, a gap of a column and one of a row.
    static let workbook: [UInt8] = make([
        ("[Content_Types].xml", "<Types/>", false),
        (
            "xl/sharedStrings.xml",
            #"<sst count="4"><si><t>id</t></si><si><t>Comment Text</t></si><si><r><t>You are an </t></r><r><rPr><b/></rPr><t xml:space="preserve">idiot</t></r></si><si><t>Q&amp;A was &quot;fine&quot;</t><rPh sb="0" eb="1"><t>kana</t></rPh><phoneticPr fontId="1"/></si></sst>"#,
            true
        ),
        (
            "xl/worksheets/sheet1.xml",
            #"<worksheet><cols><col min="1" max="3"/></cols><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2"><v>101</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="inlineStr"><is><t>Bob</t></is></c></row><row r="4"><c r="A4"><v>102</v></c><c r="B4" t="s"><v>3</v></c></row></sheetData></worksheet>"#,
            true
        ),
        (
            "xl/worksheets/sheet2.xml",
            #"<worksheet><sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData></worksheet>"#, false
        )
    ])
}

@Suite struct WorkbookTests {
    @Test func theFirstSheetsCellsAreReadInTheirColumns() throws {
        let rows = try Workbook.rows(ZipFixture.workbook, path: "b.xlsx")
        #expect(
            rows == [
                ["id", "Comment Text", "Name"], ["101", "You are an idiot", "Bob"], [], ["102", "Q&A was \"fine\""]
            ])
    }

    @Test(arguments: ["C7", "AA3", "a1", "XFD1048576"])
    func cellReferencesNameTheirColumn(_ reference: String) {
        let expected = ["C7": 2, "AA3": 26, "a1": 0, "XFD1048576": 16_383][reference]
        #expect(Workbook.columnIndex(reference) == expected)
    }

    /// Cut or damaged archives are named, never a crash: every prefix of the workbook.
    @Test func aCutWorkbookIsAnErrorNamingTheFile() {
        let book = ZipFixture.workbook
        for length in stride(from: 0, to: book.count, by: 7) {
            do {
                _ = try Workbook.rows(Array(book.prefix(length)), path: "b.xlsx")
            } catch {
                #expect("\(error)".hasPrefix("b.xlsx"))
            }
        }
    }

    /// An `.xlsx` is a table wherever a CSV is: scored by path or `--comments`, its columns
    /// guessed; evaluated and trained on.
    @Test func anExcelWorkbookIsReadWhereverACSVIs() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let book = try dir.write("book.xlsx", bytes: ZipFixture.workbook)
        for command in [["score", book], ["score", "--comments", book]] {
            let r = try CLI.run(command + ["--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[2], $0[7]] }
            #expect(rows == [["101", "Bob", "You are an idiot"], ["102", "", "Q&A was \"fine\""]])
        }
        let labeled = ZipFixture.make([
            (
                "xl/worksheets/sheet1.xml",
                #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>text</t></is></c><c r="B1" t="inlineStr"><is><t>label</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>you idiot</t></is></c><c r="B2" t="inlineStr"><is><t>hostile</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>thanks, nice</t></is></c><c r="B3" t="inlineStr"><is><t>ok</t></is></c></row></sheetData></worksheet>"#,
                true
            )
        ])
        let train = try dir.write("labels.xlsx", bytes: labeled)
        let r = try CLI.run(["train", train, "--output", dir.path("x.model")])
        #expect(r.status == 0 && r.stdout.contains("labels.xlsx 1, ok@"), "\(r.stdout)")
    }

    /// A LibreOffice sheet: cells repeated (empty ones a thousand times at the end of rows,
    /// empty rows a million times at the end of the table), spaces, spans and paragraphs
    /// in a cell, a number stored apart from its display, a merged cell's covered neighbour.
    @Test func anOpenDocumentSheetsCellsAreReadInTheirColumns() throws {
        let cell = { (text: String) in
            #"<table:table-cell office:value-type="string"><text:p>\#(text)</text:p></table:table-cell>"#
        }
        let empty = #"<table:table-cell table:number-columns-repeated="1021"/>"#
        let rows = [
            cell("id") + cell("name") + cell("text") + empty,
            #"<table:table-cell office:value-type="float" office:value="9001"><text:p>9,001</text:p></table:table-cell>"#
                + #"<table:table-cell table:number-columns-spanned="2"><text:p>Ann</text:p></table:table-cell><table:covered-table-cell/>"#
                + cell(#"Ten<text:s text:c="2"/><text:span>percent</text:span> &amp; more</text:p><text:p>Second"#),
            #"<table:table-cell table:number-columns-repeated="1024"/>"#,
            cell("9002") + #"<table:table-cell table:number-columns-repeated="2"/>"# + cell("x")
        ]
        let table =
            rows.map { "<table:table-row>\($0)</table:table-row>" }.joined()
            + #"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        let content =
            "<office:document-content><office:body><office:spreadsheet><table:table>\(table)</table:table>"
            + "<table:table><table:table-row>\(cell("other sheet"))</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
        let book = ZipFixture.make([
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", false), ("content.xml", content, true)
        ])
        #expect(
            try Workbook.rows(book, path: "c.ods") == [
                ["id", "name", "text"], ["9001", "Ann", "", "Ten  percent & more\nSecond"], [], ["9002", "", "", "x"]
            ])
    }

    /// Stored (uncompressed) sheets with random bytes changed, cut or doubled: rows or an
    /// error naming the file, never a crash.
    @Test func mutatedSheetsAreReadOrNamedNeverACrash() {
        let sheet = #"<sst><si><t>id</t></si><si><r><t>a</t></r><rPh><t>b</t></rPh></si></sst>"#
        let cells =
            #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row><row r="3"><c r="C3"><v>1</v></c></row></sheetData>"#
        let ods =
            #"<table:table><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1"><text:p>a<text:s text:c="2"/>b</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>"#
        var seed: UInt64 = 12_345
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        let marks = Array("<>/=\"&; tcrvsi0123456789".utf8)
        for round in 0..<3_000 {
            var texts = [sheet, cells, ods].map { Array($0.utf8) }
            for _ in 0..<(1 + next() % 4) {
                let k = next() % 3
                guard !texts[k].isEmpty else { continue }
                let at = next() % texts[k].count
                switch next() % 3 {
                case 0: texts[k][at] = marks[next() % marks.count]
                case 1: texts[k].removeSubrange(at..<min(texts[k].count, at + next() % 12))
                default: texts[k].insert(contentsOf: texts[k][at..<min(texts[k].count, at + next() % 12)], at: at)
                }
            }
            let text = texts.map { String(decoding: $0, as: UTF8.self) }
            let books = [
                ZipFixture.make([("xl/sharedStrings.xml", text[0], false), ("xl/worksheets/sheet1.xml", text[1], false)]
                ),
                ZipFixture.make([("content.xml", text[2], round % 2 == 0)])
            ]
            for book in books {
                do { _ = try Workbook.rows(book, path: "m.xlsx") } catch { #expect("\(error)".hasPrefix("m.xlsx")) }
            }
        }
    }

    /// A zip of exports (a data download) or pages: each table, export or page inside read,
    /// named "ARCHIVE/ENTRY"; a broken entry named and skipped (exit 3); macOS's forks and
    /// other files left out; an archive of none of them named.
    @Test func aZipOfExportsIsReadEntryByEntry() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let zip = ZipFixture.make([
            ("posts/comments.json", #"[{"id": "j1", "comment": "You clueless idiot", "author": "Bo"}]"#, true),
            ("reddit/comments.csv", "id,subreddit,body\nk1,news,nice work\n", false),
            ("__MACOSX/reddit/._comments.csv", "junk", false), ("notes.md", "hello", false),
            (
                "pages/p.txt", "A headline\n\nThe article.\n\n1 Comment\n\nzed\n2 hours ago\nI think you are right!\n",
                true
            ),
            ("broken.json", #"{"id": "#, true)
        ])
        let archive = try dir.write("download.zip", bytes: zip)
        let r = try CLI.run(["score", archive, "--model", model, "--quiet"])
        #expect(r.status == 3 && r.stderr.contains("download.zip/broken.json:1"), "\(r.stderr)")
        let rows = try CLI.records(r.stdout).dropFirst().map { [$0[0], $0[1], $0[2], $0[7]] }
        #expect(
            rows == [
                [archive + "/posts/comments.json", "j1", "Bo", "You clueless idiot"],
                [archive + "/reddit/comments.csv", "k1", "", "nice work"],
                [archive + "/pages/p.txt", rows.last?[1] ?? "", "zed", "I think you are right!"]
            ])
        let none = try dir.write("none.zip", bytes: ZipFixture.make([("a.md", "x", false)]))
        let n = try CLI.run(["score", "--comments", none, "--model", model, "--quiet"])
        #expect(
            n.status == 1 && n.stderr.contains("none.zip: cannot read (a zip archive of no workbook"), "\(n.stderr)")
    }

    /// What sites' "export to Excel" writes into a file named `.xls`: an HTML table, or XML
    /// Spreadsheet 2003; scored by its name, trained and evaluated on as the CSV would be.
    @Test func spreadsheetsWrittenAsMarkupAreReadAsTables() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let html = try dir.write(
            "export.xls",
            """
            <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><th>id</th><th>Comment</th></tr>
            <tr><td>7</td><td>You are an <b>idiot</b></td></tr><tr><td>8</td><td>Thanks &amp; well said</td></tr></table></body></html>
            """)
        let r = try CLI.run(["score", html, "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[7]] } == [
                ["7", "You are an idiot"], ["8", "Thanks & well said"]
            ])
        let cells = [("text", "label"), ("you idiot", "hostile"), ("thanks, nice", "ok")].map {
            #"<Row><Cell><Data ss:Type="String">\#($0.0)</Data></Cell><Cell><Data ss:Type="String">\#($0.1)</Data></Cell></Row>"#
        }
        let xml = try dir.write(
            "labels.xls",
            #"<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="a"><Table>"#
                + cells.joined() + "</Table></Worksheet></Workbook>")
        let train = try CLI.run(["train", xml, "--output", dir.path("x.model")])
        #expect(train.status == 0 && train.stdout.contains("labels.xls 1, ok@"), "\(train.stdout)\(train.stderr)")
        let evaluate = try CLI.run(["evaluate", xml, "--model", dir.path("x.model"), "--json"])
        #expect(evaluate.status == 0 && evaluate.stdout.contains("roc_auc"), "\(evaluate.stderr)")
    }

    @Test func aZipWithoutAWorksheetIsNotAWorkbook() {
        let zip = ZipFixture.make([("notes.txt", "hello", true)])
        #expect(throws: FormatError.malformed(path: "z.xlsx", line: 1, detail: "not an Excel workbook (no worksheet)"))
        {
            try Workbook.rows(zip, path: "z.xlsx")
        }
    }
}
