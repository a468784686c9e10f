import Foundation
import Testing
import WinnowPipeline

@Suite struct FileSafetyTests {
    @Test func uncommittedOutputLeavesThePreviousFile() throws {
        let dir = try TempDirectory()
        let target = try dir.write("out.csv", "previous\n")
        do {
            let out = try OutputFile(path: target)
            try out.write("partial, never committed\n")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.csv"])
    }

    @Test func committedOutputReplacesTheFile() throws {
        let dir = try TempDirectory()
        let target = try dir.write("out.csv", "previous\n")
        let out = try OutputFile(path: target)
        try out.write("new\n")
        try out.commit()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    }

    /// Renaming a temporary file over /dev/null would replace the device with a file.
    @Test func devicesAreWrittenInPlaceNotReplaced() throws {
        let out = try OutputFile(path: "/dev/null")
        try out.write("discarded\n")
        try out.commit()
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func unwritableDirectoryIsAClearError() {
        #expect(throws: PipelineError.self) { _ = try OutputFile(path: "/nonexistent-dir/x.csv") }
    }

    @Test func missingEmptyBinaryAndInvalidFilesAreNamed() throws {
        let dir = try TempDirectory()
        #expect(throws: PipelineError.missingPath(dir.path("nope.txt"))) { _ = try TextFile.read(dir.path("nope.txt")) }
        let empty = try dir.write("empty.txt", "")
        #expect(throws: PipelineError.empty(path: empty)) { _ = try TextFile.read(empty) }
        let binary = try dir.write("bin.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])
        #expect(throws: PipelineError.binary(path: binary)) { _ = try TextFile.read(binary) }
        let invalid = try dir.write("bad.txt", bytes: Array("line one\nline two\n".utf8) + [0xC3, 0x28])
        #expect(throws: PipelineError.invalidUTF8(path: invalid, line: 3)) { _ = try TextFile.read(invalid) }
    }

    @Test func aDirectoryMixingGoodAndBadPagesSkipsOnlyTheBadOnes() throws {
        let dir = try TempDirectory()
        try dir.write("a.txt", "An article sentence that is long enough to be read as prose by the splitter.\n")
        try dir.write("b.txt", bytes: [0, 1, 2])
        try dir.write("c.txt", "")
        let diagnostics = Diagnostics(echo: false)
        let files = InputFiles.expand(
            [dir.url.path, dir.path("missing.txt")], extensions: ["txt"], diagnostics: diagnostics)
        #expect(files.count == 3)
        let source = PageSource(files: files, diagnostics: diagnostics)
        while source.next() != nil {}
        #expect(diagnostics.skipped.count == 3)
        #expect(diagnostics.skipped.contains { $0.contains("b.txt") && $0.contains("binary") })
        #expect(diagnostics.skipped.contains { $0.contains("c.txt") && $0.contains("empty") })
        #expect(diagnostics.skipped.contains { $0.contains("missing.txt") })
    }
}

/// A run that fails never replaces yesterday's verdicts, and says why it wrote nothing.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct FailedRunTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var arguments: @Sendable (TempDirectory) throws -> [String]
        var status: Int32
        var message: String
    }

    static let cases: [Case] = [
        Case(
            description: "a missing page", arguments: { [$0.path("missing.txt")] }, status: 1,
            message: "every input was skipped"),
        Case(
            description: "a page without comments",
            arguments: { dir in
                [try dir.write("p.txt", "Headline\n\nOne paragraph of an article that is long enough to be prose.\n")]
            }, status: 1, message: "no comments found"),
        Case(
            description: "a mistyped text column",
            arguments: { dir in
                ["--comments", try dir.write("c.csv", "id,Body\n1,hello there\n"), "--text-column", "body"]
            }, status: 64, message: "did you mean 'Body'?"),
        Case(
            description: "a mistyped id column",
            arguments: { dir in
                ["--comments", try dir.write("c.csv", "comment_id,text\n1,hello there\n"), "--id-column", "coment_id"]
            }, status: 64, message: "did you mean 'comment_id'?")
    ]

    @Test(arguments: cases)
    func aFailedScoreLeavesTheEarlierOutput(_ c: Case) throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let out = try dir.write("verdicts.csv", "yesterday's verdicts\n")
        let r = try CLI.run(["score"] + c.arguments(dir) + ["--model", model, "--output", out, "--quiet"])
        #expect(r.status == c.status, "\(r.stderr)")
        #expect(r.stderr.contains(c.message), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "yesterday's verdicts\n")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir.url.path)).contains { $0.hasSuffix(".tmp") })
    }
}

/// Which program and which model a run used, said every time.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct ProvenanceTests {
    @Test func theVersionIsPrinted() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0 && r.stdout == WinnowVersion.current + "\n")
    }

    @Test func aModelTheEnvironmentNamesMustExist() throws {
        let r = try CLI.run(["score", "Data/pages", "--quiet"], environment: ["WINNOW_MODEL": "/nope/site.model"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nope/site.model: no such model (named by WINNOW_MODEL)"))
    }

    @Test func scoringAndEvaluatingNameTheModelAndItsHash() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let hash = try ModelStore.open(model).hash
        #expect(hash.count == 16)
        let scored = try CLI.run(["score", "Data/pages", "--model", model, "--quiet"])
        #expect(scored.stderr.contains("model \(model) (\(hash))"))
        let json = try CLI.run(["evaluate", "Data/labeled-example.csv", "--model", model, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let named = object?["model"] as? [String: String]
        #expect(named == ["path": model, "hash": hash])
    }
}

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct BoundedDiagnosticsTests {
    /// A header that does not match its rows: the first few problems, then one count.
    @Test func manyBadRowsGiveAFewLinesAndACount() throws {
        let dir = try TempDirectory()
        var csv = "id,text,author,extra\n"
        for i in 0..<20_000 { csv += "\(i),comment number \(i)\n" }
        csv += "last,a good one,me,1\n"
        let input = try dir.write("bad.csv", csv)
        let model = try EndToEndTests.exampleModel(dir)
        let r = try CLI.run(["score", "--comments", input, "--model", model, "--quiet"])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count <= 10, "\(r.stderr)")
        #expect(r.stderr.contains("and 19995 more: \(input): rows with 2 of 4 columns"))
        #expect(try CLI.records(r.stdout).count == 2)
    }
}

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

    @Test func aCSVGivenAsAPageIsBadUsageThatSaysWhatToDo() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let csv = try dir.write("c.csv", "id,text\n1,hello\n")
        let r = try CLI.run(["score", csv, "--model", model, "--quiet"])
        #expect(r.status == 64 && r.stderr.contains("score it with --comments"))
    }
}

@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct PageInputTests {
    /// Page comment ids come from their content: a re-scrape with a new comment at the top
    /// keeps the others' ids, and a reply's parent is its parent's id.
    @Test func pageIdsSurviveARescrape() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let page = try String(contentsOfFile: "Data/pages/transit-strike.txt".inRoot, encoding: .utf8)
        let before = try dir.write("before.txt", page)
        let marker = "Leah Morrison"
        let first = try #require(page.range(of: marker))
        let added = page.replacingCharacters(
            in: first.lowerBound..<first.lowerBound, with: "Priya S wrote:\nFirst! The strike deadline is Friday.\n\n")
        let after = try dir.write("after.txt", added)
        func ids(_ path: String) throws -> [String: String] {
            let r = try CLI.run(["score", path, "--model", model, "--quiet"])
            let rows = try CLI.records(r.stdout)
            return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[7], $0[1]) })
        }
        let old = try ids(before), new = try ids(after)
        #expect(old.count >= 3 && old.allSatisfy { new[$0.key] == $0.value })
        let rows = try CLI.records(try CLI.run(["score", before, "--model", model, "--quiet"]).stdout)
        let parent = rows[0].firstIndex(of: "parent")!
        #expect(rows.dropFirst().contains { !$0[parent].isEmpty && old.values.contains($0[parent]) })
    }

    @Test func aPageFromStandardInputIsNamedAsAsked() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let page = try Data(contentsOf: URL(fileURLWithPath: "Data/pages/transit-strike.txt".inRoot))
        let plain = try CLI.run(["score", "-", "--model", model, "--quiet"], stdin: page)
        #expect(
            plain.status == 0 && plain.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("<stdin>,") }
        )
        let named = try CLI.run(["score", "-", "--source-name", "strike.txt", "--model", model, "--quiet"], stdin: page)
        #expect(named.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("strike.txt,") })
    }
}
