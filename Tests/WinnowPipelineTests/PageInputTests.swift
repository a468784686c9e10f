import Foundation
import Testing
import WinnowPipeline

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

    /// A saved HTML page splits and scores as its text would (a directory's `.html` files
    /// included); as a table it is refused with what to do.
    @Test func savedHTMLPagesAreSplitAndScored() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let html = try String(contentsOfFile: "Data/pages/ferry-fares.html".inRoot, encoding: .utf8)
        let pages = dir.path("pages")
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        let page = try dir.write("pages/ferry.html", html)
        let split = try CLI.run(["split", pages])
        #expect(split.status == 0, "\(split.stderr)")
        struct Record: Decodable {
            struct C: Decodable { var author: String }
            var title: String?
            var comments: [C]
        }
        let record = try JSONDecoder().decode(Record.self, from: Data(split.stdout.utf8))
        #expect(record.title == "Ferry fares to rise ten percent in May")
        #expect(record.comments.map(\.author) == ["Ines Okafor", "Walt Brenner", "Marguerite L."])
        let scored = try CLI.run(["score", page, "--model", model, "--quiet"])
        #expect(
            try CLI.records(scored.stdout).dropFirst().map { $0[2] } == ["Ines Okafor", "Walt Brenner", "Marguerite L."]
        )
        let table = try CLI.run(["score", "--comments", page, "--model", model])
        #expect(table.status == 1 && table.stderr.contains("an HTML page, not a table or an export"), "\(table.stderr)")
    }

    /// `winnow split`'s output scored by its path gives the rows the pages themselves give:
    /// each record under its page's name and weighed against its own article, as `--jsonl`
    /// reads it (before, the file's name, and the pages' discussions mixed); a JSON array of
    /// the records too.
    @Test func splitOutputScoresAsThePagesItCameFrom() throws {
        let dir = try TempDirectory()
        let model = try EndToEndTests.exampleModel(dir)
        let pages = ["ferry-fares.html", "riverside-bike-lanes.txt", "transit-strike.txt"].map {
            "Data/pages/\($0)".inRoot
        }
        let split = try CLI.run(["split"] + pages)
        #expect(split.status == 0, "\(split.stderr)")
        let lines = try dir.write("split.jsonl", split.stdout)
        let array = try dir.write("split.json", "[" + split.stdout.split(separator: "\n").joined(separator: ",") + "]")
        let rows = try [pages, [lines], ["--jsonl", lines], [array]].map { args in
            let r = try CLI.run(["score"] + args + ["--model", model, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            return try CLI.records(r.stdout)
        }
        #expect(rows[0].count == 13 && Set(rows[0].dropFirst().map { $0[0] }).count == 3)
        for other in rows.dropFirst() { #expect(other == rows[0]) }
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

    /// `split -` reads a page from standard input as `split FILE` reads the file, under
    /// `--source-name` (default "<stdin>").
    @Test func splitReadsAPageFromStandardInput() throws {
        let path = "Data/pages/transit-strike.txt"
        let page = try Data(contentsOf: URL(fileURLWithPath: path.inRoot))
        let file = try CLI.run(["split", path])
        let plain = try CLI.run(["split", "-"], stdin: page)
        let named = try CLI.run(["split", "-", "--source-name", "strike.txt"], stdin: page)
        #expect(file.status == 0 && plain.status == 0 && named.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix(#"{"source":"<stdin>","#))
        #expect(plain.stdout.replacingOccurrences(of: #""<stdin>""#, with: "\"\(path)\"") == file.stdout)
        #expect(named.stdout.replacingOccurrences(of: #""strike.txt""#, with: "\"\(path)\"") == file.stdout)
    }

    /// Saved pages packed in a zip split as they would one by one, each named
    /// "ARCHIVE/ENTRY"; an entry that is no page is named and skipped (exit 3), an archive
    /// of no page named.
    @Test func aZipOfPagesIsSplitPageByPage() throws {
        let dir = try TempDirectory()
        let page = try String(contentsOfFile: "Data/pages/transit-strike.txt".inRoot, encoding: .utf8)
        let html = try String(contentsOfFile: "Data/pages/ferry-fares.html".inRoot, encoding: .utf8)
        let zip = try dir.write(
            "saved.zip",
            bytes: ZipFixture.make([
                ("strike.txt", page, true), ("__MACOSX/._strike.txt", "junk", false), ("ferry.html", html, false),
                ("empty.txt", " ", true), ("table.csv", "id,text\n1,hello\n", false)
            ]))
        let split = try CLI.run(["split", zip])
        let one = try CLI.run(["split", try dir.write("strike.txt", page)])
        let lines = split.stdout.split(separator: "\n")
        #expect(split.status == 3 && split.stderr.contains("saved.zip/empty.txt"), "\(split.stderr)")
        #expect(lines.count == 2 && lines[1].contains(#""source":"\#(zip)/ferry.html""#))
        #expect(
            lines[0]
                == one.stdout.split(separator: "\n")[0].replacingOccurrences(
                    of: dir.path("strike.txt"), with: zip + "/strike.txt"))
        let none = try CLI.run(["split", try dir.write("none.zip", bytes: ZipFixture.make([("a.csv", "x", false)]))])
        #expect(none.status == 3 && none.stderr.contains("a zip archive of no page"), "\(none.stderr)")
    }
}
