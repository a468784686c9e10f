import Foundation
import Testing
import WinnowPipeline

/// The exports sites produce, through the command line.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct ExportInputTests {
    static let disqus = """
        <?xml version="1.0" encoding="utf-8"?>
        <disqus xmlns:dsq="http://disqus.com/disqus-internals">
          <thread dsq:id="7"><title>Ferry fares rise</title><message>Fares rise in May.</message></thread>
          <post dsq:id="-901"><message><![CDATA[<p>You clueless idiot</p>]]></message>
            <author><name>Ann</name></author><thread dsq:id="7"/></post>
          <post dsq:id="902"><message><![CDATA[<p>Fair enough</p>]]></message>
            <author><name>Bo</name></author><thread dsq:id="7"/><parent dsq:id="-901"/></post>
        </disqus>
        """

    @Test(arguments: [false, true])
    func anExportScoresOneRowPerCommentWithItsIds(_ asComments: Bool) throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write("export.xml", Self.disqus)
        let r = try CLI.run(["score"] + (asComments ? ["--comments", file] : [file]) + ["--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        let column = { (name: String) in rows[0].firstIndex(of: name)! }
        #expect(rows.dropFirst().map { $0[1] } == ["-901", "902"])
        #expect(rows.dropFirst().map { $0[column("author")] } == ["Ann", "Bo"])
        #expect(rows[2][column("parent")] == "-901" && rows[1][column("title")] == "Ferry fares rise")
        #expect(rows[1][column("text")] == "You clueless idiot")
    }

    /// An XML export is parsed as it is read; one cut short is named with its line, and
    /// the comments before the cut are scored.
    @Test func aTruncatedXMLExportIsNamedWithItsLine() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let cut = try dir.write("cut.xml", String(Self.disqus.prefix(Self.disqus.count - 40)))
        let r = try CLI.run(["score", "--comments", cut, "--model", model, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("cut.xml:") && r.stderr.contains("malformed XML"), "\(r.stderr)")
        #expect(try CLI.records(r.stdout).count == 2)
    }

    @Test func tabSeparatedAndWindows1252FilesAreRead() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let tsv = try dir.write("c.tsv", "id\ttext\n1\tthanks, a fair point\n2\tyou idiot\n")
        var latin = Array("id,text\n".utf8)
        for i in 0..<3000 { latin += Array("\(i),plain row \(i)\n".utf8) }
        latin += Array("late,caf".utf8) + [0xE9] + Array(" \n".utf8)  // one Windows-1252 byte, far in
        let cp1252 = try dir.write("latin.csv", bytes: latin)
        let r = try CLI.run(["score", "--comments", tsv, "--comments", cp1252, "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        #expect(rows.count == 1 + 2 + 3001)
        #expect(rows[1][7] == "thanks, a fair point" && rows.last?[7] == "café ")
        #expect(r.stderr.contains("latin.csv: not UTF-8; read as Windows-1252"))
    }

    /// Labeled files as spreadsheets and scripts save them: what `score` reads, `evaluate`,
    /// `train` and `adapt` read too, the encoding named.
    @Test(arguments: ["utf16", "windows1252", "gzip"])
    func labeledFilesAreReadInEveryEncodingScoreReads(_ encoding: String) throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let text = "id\ttext\tlabel\n1\tyou clueless idiot\thostile\n2\tmerci, café fermé\tok\n"
        var file: String
        switch encoding {
        case "utf16":
            file = try dir.write(
                "labels.tsv", bytes: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case "windows1252":
            file = try dir.write("labels.tsv", bytes: text.unicodeScalars.map { UInt8($0.value) })
        default:
            file = try dir.write("labels.tsv", text)
            #expect(try ChildProcess.run("/bin/gzip", ["-f", file], cwd: dir.url).status == 0)
            file += ".gz"
        }
        let evaluated = try CLI.run(["evaluate", file, "--model", model])
        #expect(evaluated.status == 0 && evaluated.stdout.contains("hostile: 1 positive of 2"), "\(evaluated.stderr)")
        let trained = try CLI.run(["train", file, "--min-count", "1", "--output", dir.path("t.model")])
        #expect(
            trained.status == 0 && trained.stdout.contains(" 1, ok@") && trained.stdout.contains("labels.tsv"),
            "\(trained.stdout)")
        let adapted = try CLI.run(["adapt", file, "--model", model, "--output", dir.path("s.model")])
        #expect(adapted.status == 0 && adapted.stdout.contains("hostile: 1 of 2 decisions"), "\(adapted.stderr)")
        if encoding != "gzip" { #expect(evaluated.stderr.contains("not UTF-8")) }
    }

    /// A damaged old Office workbook (.xls) or zip is named as damaged by every reader.
    @Test(arguments: [
        (
            [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            "cannot read (the file's container: cut short (68 bytes"
        ),
        ([0x50, 0x4B, 0x03, 0x04], "cannot read (zip: no central directory)")
    ])
    func aSpreadsheetWorkbookIsNamedWithItsFix(_ magic: [UInt8], _ message: String) throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let book = try dir.write("book.xls", bytes: magic + [UInt8](repeating: 0, count: 60))
        for command in [
            ["score", "--comments", book], ["evaluate", book], ["adapt", book, "--output", dir.path("s.model")]
        ] {
            let r = try CLI.run(command + ["--model", model])
            #expect(r.status != 0 && r.stderr.contains("book.xls: \(message)"), "\(command[0]): \(r.stderr)")
        }
        // Named as no table (a Word file, say), it is named as an Office file with what is read.
        let doc = try dir.write("notes.doc", bytes: magic + [UInt8](repeating: 0, count: 60))
        let r = try CLI.run(["score", doc, "--model", model])
        #expect(r.status != 0 && r.stderr.contains("notes.doc: a zip or Office file, not text; winnow score reads"))
    }

    /// A Reddit dump is streamed (gzip undone as it is read), ids and parents kept; a cut
    /// one is named (this one is cut within its first chunk, so nothing is scored).
    @Test func aGzipRedditDumpIsStreamedAndACutOneIsNamed() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let r = try CLI.run(["score", "--comments", "Data/exports/reddit.jsonl.gz", "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        let parent = rows[0].firstIndex(of: "parent")!
        #expect(rows.dropFirst().map { $0[1] } == ["k7a1", "k7a2", "k7a3"])
        #expect(rows.dropFirst().map { $0[parent] } == ["", "k7a1", "k7a2"])
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "Data/exports/reddit.jsonl.gz".inRoot)))
        let cut = try dir.write("cut.jsonl.gz", bytes: Array(whole.prefix(whole.count - 12)))
        let c = try CLI.run(["score", "--comments", cut, "--model", model, "--quiet"])
        #expect(c.status == 1 && c.stderr.contains("cut.jsonl.gz: not a readable gzip file (truncated)"), "\(c.stderr)")
    }

    /// A gzip-compressed Disqus export is parsed as it is inflated, as the plain one is; a
    /// cut one is named by its gzip error, not as XML cut short.
    @Test func aCompressedXMLExportIsStreamedAsThePlainOneIs() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let plain = try dir.write("d.xml", String(contentsOfFile: "Data/exports/disqus.xml".inRoot, encoding: .utf8))
        #expect(try ChildProcess.run("/bin/gzip", ["-k", "-f", plain], cwd: dir.url).status == 0)
        let rows = try [plain, plain + ".gz"].map { file in
            let r = try CLI.run(["score", "--comments", file, "--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            return try CLI.records(r.stdout).dropFirst().map { Array($0.dropFirst()) }
        }
        #expect(rows[0].count == 3 && rows[0] == rows[1])
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: plain + ".gz")))
        let cut = try dir.write("cut.xml.gz", bytes: Array(whole.prefix(whole.count - 40)))
        let c = try CLI.run(["score", "--comments", cut, "--model", model, "--quiet"])
        #expect(c.status != 0 && c.stderr.contains("cut.xml.gz: not a readable gzip file"), "\(c.stderr)")
    }

    /// A database's SQL dump is streamed a statement at a time, gzip-compressed or not: the
    /// comments table's rows are scored (a pingback left out); a dump cut inside a string
    /// keeps the comments of the statements before it and names the line the string opened.
    @Test func aSQLDumpIsStreamedAndACutOneIsNamed() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let dump = try String(contentsOfFile: "Data/exports/wordpress.sql".inRoot, encoding: .utf8)
        let plain = try dir.write("site.sql", dump)
        #expect(try ChildProcess.run("/bin/gzip", ["-k", "-f", plain], cwd: dir.url).status == 0)
        let rows = try [["--comments", plain], [plain + ".gz"]].map { args in
            let r = try CLI.run(["score"] + args + ["--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            return try CLI.records(r.stdout)
        }
        let status = try #require(rows[0][0].firstIndex(of: "status"))
        #expect(rows[0].dropFirst().map { $0[1] } == ["1", "2", "4"])
        #expect(rows[0].dropFirst().map { $0[status] } == ["approved", "pending", "spam"])
        #expect(rows[0].dropFirst().map { Array($0.dropFirst()) } == rows[1].dropFirst().map { Array($0.dropFirst()) })
        // Cut inside a row after the comments' first insert: a string never closed.
        let unlock = try #require(dump.range(of: "UNLOCK TABLES;"))
        let cut = try dir.write(
            "cut.sql",
            dump[..<unlock.lowerBound] + "INSERT INTO `wp_comments` VALUES (5,31,'Al','','2024-06-11 08:00:00','cut")
        let c = try CLI.run(["score", cut, plain, "--model", model, "--quiet"])
        #expect(
            c.status == 3 && c.stderr.contains("cut.sql:24: column 70: a string opened here and never closed"),
            "\(c.stderr)")
        #expect(try CLI.records(c.stdout).count == 7)
    }

    /// A scraper's JSON Lines of whole pages (`{"url", "html"}`) are pages: each split as a
    /// saved page is, its comments scored under the page's address, the same rows as the
    /// page itself gives; a JSON array or a CSV table of them too; `winnow split` splits each.
    @Test func scrapedPagesInJSONAreSplitUnderTheirAddresses() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let html = """
            <!DOCTYPE html><html><head><title>Bike lanes</title></head><body><nav><a>Home</a> <a>News</a></nav>
            <article><h1>Council approves bike lanes</h1><p>The council voted 7 to 4 on Tuesday to build protected \
            bike lanes on Elm Street by next summer, after a long debate.</p><p>Opponents said the lanes would take \
            parking from shops; supporters said they would make the street safer for everyone.</p></article>
            <section><h2>3 Comments</h2>
            <div class="comment"><div class="author">Marta K</div><div>2 hours ago</div><p>Ten percent is a lot for \
            people who commute every day.</p><a>Reply</a></div>
            <div class="comment"><div class="author">Rob</div><div>an hour ago</div><p>Only an idiot would defend \
            this. Shut up and ride the bus.</p><a>Reply</a></div>
            </section><footer>Contact us</footer></body></html>
            """
        let page = try dir.write("page.html", html)
        let record = { (url: String) in
            String(decoding: try JSONSerialization.data(withJSONObject: ["url": url, "html": html]), as: UTF8.self)
        }
        let lines = try dir.write(
            "pages.jsonl", try record("https://a.example/1") + "\n" + record("https://a.example/2") + "\n")
        let array = try dir.write("pages.json", "[" + (try record("https://a.example/3")) + "]")
        let quotedHTML = "\"" + html.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let table = try dir.write("pages.csv", "url,html\nhttps://a.example/4,\(quotedHTML)\n")
        let rows = try [page, lines, array, table].map { file in
            let r = try CLI.run(["score", file, "--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            return try CLI.records(r.stdout).dropFirst()
        }
        #expect(rows[0].map { $0[2] } == ["Marta K", "Rob"])
        #expect(
            rows[1].map { $0[0] } == [
                "https://a.example/1", "https://a.example/1", "https://a.example/2", "https://a.example/2"
            ])
        #expect(rows[1].prefix(2).map { Array($0.dropFirst()) } == rows[0].map { Array($0.dropFirst()) })
        #expect(rows[2].map { $0[0] } == ["https://a.example/3", "https://a.example/3"])
        #expect(rows[3].map { $0[0] } == ["https://a.example/4", "https://a.example/4"])
        #expect(rows[3].map { Array($0.dropFirst()) } == rows[0].map { Array($0.dropFirst()) })
        let split = try CLI.run(["split", lines])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(
            split.stdout.split(separator: "\n").map { String($0.prefix(39)) } == [
                #"{"source":"https://a.example/1","title""#, #"{"source":"https://a.example/2","title""#
            ])
    }

    /// JSON Lines of any shape are streamed a line at a time: a broken line is named and
    /// passed, the lines around it scored, the run says it skipped (exit 3); a reply to a
    /// name on a later line still finds its parent.
    @Test func jsonLinesAreStreamedAndABrokenLineIsNamedAndPassed() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "s.jsonl",
            #"{"source":"a.txt","title":"Bikes","comments":[{"author":"Gord","text":"Finally."}]}"# + "\n\n"
                + #"{"source":"b.txt","title":"Bikes","comments":[{"author":"Ann","text":"Agreed.","parent":"Gord"}]}"#
                + "\n" + #"{"id": "x", "text": "cut"# + "\n" + #"{"id": "y", "text": "read on"}"# + "\n")
        let r = try CLI.run(["score", file, "--model", model, "--quiet"])
        #expect(r.status == 3 && r.stderr.contains("s.jsonl:4: column"), "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        let parent = try #require(rows[0].firstIndex(of: "parent"))
        #expect(rows.dropFirst().map { $0[7] } == ["Finally.", "Agreed.", "read on"])
        #expect(rows[2][parent] == rows[1][1] && !rows[1][1].isEmpty)
    }

    /// JSON Lines of any shape: the columns options name its fields, dotted into objects.
    @Test func jsonLinesWithOtherFieldNamesAreRead() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "c.jsonl",
            "{\"comment_id\":\"a1\",\"body\":\"you clueless idiot\",\"user\":{\"name\":\"zed\"}}\n"
                + "{\"comment_id\":7,\"body\":\"nice work\",\"user\":{\"name\":\"amy\"}}\n")
        let r = try CLI.run([
            "score", "--comments", file, "--text-column", "body", "--id-column", "comment_id", "--author-column",
            "user.name", "--model", model, "--quiet"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout)
        #expect(
            rows.dropFirst().map { [$0[1], $0[2], $0[7]] } == [
                ["a1", "zed", "you clueless idiot"], ["7", "amy", "nice work"]
            ])
        let wrong = try CLI.run(["score", "--comments", file, "--text-column", "bdy", "--model", model])
        #expect(wrong.status == 64 && wrong.stderr.contains("did you mean 'body'?"))
    }

    /// A JSON document (an API's response) is read as pages are given, or with --comments,
    /// its fields guessed; the split output scores as it is; a batch goes on past a broken
    /// one, named with its line and column, and exits 3.
    @Test func jsonDocumentsAndTheSplitOutputAreScoredWithoutNamingTheirFields() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let api = try dir.write(
            "comments.json",
            "[{\"id\":101,\"post\":5,\"parent\":0,\"author_name\":\"Marta\",\"content\":{\"rendered\":"
                + "\"<p>you clueless idiot</p>\"}},\n {\"id\":102,\"post\":5,\"parent\":101,\"author_name\":\"Rob\","
                + "\"content\":{\"rendered\":\"<p>nice work</p>\"}}]\n")
        let broken = try dir.write("broken.json", "[{\"text\": \"a\"},\n {\"text\": }]")
        for command in [["score", api, broken], ["score", "--comments", api, "--comments", broken]] {
            let r = try CLI.run(command + ["--model", model, "--quiet"])
            #expect(r.status == 3 && r.stderr.contains("broken.json:2: column "), "\(r.stderr)")
            let rows = try CLI.records(r.stdout)
            let parent = rows[0].firstIndex(of: "parent")!
            #expect(
                rows.dropFirst().map { [$0[1], $0[2], $0[7], $0[parent]] } == [
                    ["101", "Marta", "you clueless idiot", ""], ["102", "Rob", "nice work", "101"]
                ])
        }
        let page = try dir.write(
            "p.txt", try String(contentsOfFile: "Data/pages/riverside-bike-lanes.txt".inRoot, encoding: .utf8))
        let split = try CLI.run(["split", page])
        let records = try dir.write("split.jsonl", split.stdout)
        let direct = try CLI.run(["score", records, "--model", model, "--quiet"])
        let viaJSONL = try CLI.run(["score", "--jsonl", records, "--model", model, "--quiet"])
        #expect(direct.status == 0 && viaJSONL.status == 0, "\(direct.stderr)")
        // The same comments, ids and scores; only the source differs (the file, not the page).
        let drop: ([String]) -> [String] = { Array($0.dropFirst()) }
        #expect(try CLI.records(direct.stdout).map(drop) == CLI.records(viaJSONL.stdout).map(drop))
        #expect(try CLI.records(direct.stdout).count > 2)
    }

    /// A spreadsheet export without a `text` column: the column it calls its text, id and
    /// author are read (said on standard error); a file with none of them still stops.
    @Test func anExportsOwnColumnNamesAreReadWhenTheDefaultsAreAbsent() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "fb.csv", "Comment ID,Name,Comment Text,Date\nr1,zed,you clueless idiot,2024\nr2,amy,nice work,2024\n")
        let r = try CLI.run(["score", "--comments", file, "--model", model, "--quiet"])
        #expect(r.status == 0 && r.stderr.contains("reading 'Comment Text' as the comment text"), "\(r.stderr)")
        #expect(
            try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[2], $0[7]] } == [
                ["r1", "zed", "you clueless idiot"], ["r2", "amy", "nice work"]
            ])
        let none = try dir.write("none.csv", "a,b\n1,2\n")
        let n = try CLI.run(["score", "--comments", none, "--model", model, "--quiet"])
        #expect(n.status == 64 && n.stderr.contains("no column 'text' (columns: a, b)"), "\(n.stderr)")
    }

    /// A table that names its text column in no way an export does ("Message Content") is
    /// read by the column its rows write prose in, and says so; columns of about the same
    /// length leave the choice to --text-column.
    @Test func aTableWithoutAKnownTextColumnIsReadByItsColumnOfProse() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write(
            "mod.csv",
            "Commenter,Posted,Message Content,Likes\nzed,2024-05-01,you clueless idiot shut up now,3\n"
                + "amy,2024-05-02,nice work on the bridge story,0\n")
        let r = try CLI.run(["score", "--comments", file, "--model", model, "--quiet"])
        #expect(r.status == 0 && r.stderr.contains("reading 'Message Content' as the comment text"), "\(r.stderr)")
        #expect(
            try CLI.records(r.stdout).dropFirst().map { [$0[2], $0[7]] } == [
                ["zed", "you clueless idiot shut up now"], ["amy", "nice work on the bridge story"]
            ])
        let even = try dir.write("even.csv", "a,b\nfour words in here,and four words here\n")
        let n = try CLI.run(["score", "--comments", even, "--model", model, "--quiet"])
        #expect(n.status == 64 && n.stderr.contains("no column 'text' (columns: a, b)"), "\(n.stderr)")
    }

    @Test func aFileWithoutAHeaderRowNamesColumnsByNumber() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let file = try dir.write("nh.csv", "r1,you clueless idiot,zed\nr2,nice work,amy\n")
        let r = try CLI.run([
            "score", "--comments", file, "--no-header-row", "--text-column", "2", "--id-column", "1",
            "--author-column", "3", "--model", model, "--quiet"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[2], $0[7]] } == [
                ["r1", "zed", "you clueless idiot"], ["r2", "amy", "nice work"]
            ])
    }

    @Test func aCSVOrTSVGivenAsAPathIsReadAsItsRowsBesidePages() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let csv = try dir.write("c.csv", "id,text\n1,hello there\n")
        let tsv = try dir.write("t.TSV", "comment_id\tComment Text\nt1\tyou clueless idiot\n")
        let page = try dir.write(
            "p.txt",
            "A headline\n\nThe article says a thing.\n\n1 Comment\n\nzed\n2 hours ago\nI think you are right about this!\n"
        )
        let r = try CLI.run(["score", page, csv, tsv, "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.records(r.stdout).dropFirst().map { [$0[1], $0[7]] }
        #expect(rows.contains(["1", "hello there"]) && rows.contains(["t1", "you clueless idiot"]))
        #expect(rows.contains { $0[1] == "I think you are right about this!" })
    }
}
