import Foundation
import Testing
import WinnowPipeline

/// Any label set: a model scores every label it was trained on, in columns of its own.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"), .serialized)
struct LabelSetTests {
    /// Data/labeled-example.csv's rows as (text, label): 10 ok, 10 hostile, 8 offtopic.
    static func examples() throws -> [(text: String, label: String)] {
        let csv = try String(contentsOfFile: "Data/labeled-example.csv".inRoot, encoding: .utf8)
        return try CLI.records(csv).dropFirst().map { ($0[1], $0[2]) }
    }

    static func write(_ dir: TempDirectory, _ name: String, header: String, _ row: (Int, String, String) -> String)
        throws -> String
    {
        var csv = header + "\n"
        for (i, e) in try examples().enumerated() { csv += row(i, CSVWriter(raw: true).field(e.text), e.label) + "\n" }
        return try dir.write(name, csv)
    }

    /// Scores `file` with `model`; returns the header and the rows.
    static func score(_ model: String, _ file: String) throws -> [[String]] {
        let r = try CLI.run(["score", "--comments", file, "--model", model, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        return try CLI.records(r.stdout)
    }

    static func rocAUC(_ model: String, _ file: String, _ extra: [String], label: String) throws -> Double? {
        let r = try CLI.run(["evaluate", file, "--model", model, "--json"] + extra)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let scores = object?["scores"] as? [String: Any]
        return (scores?[label] as? [String: Any])?["roc_auc"] as? Double
    }

    @Test func customLabelsGetColumnsThatDecideVerdicts() throws {
        let dir = try TempDirectory()
        let names = ["ok": "ok", "hostile": "toxic", "offtopic": "spam"]
        let model = dir.path("m.model")
        let renamed = try Self.write(dir, "renamed.csv", header: "id,text,label") { i, t, l in "c\(i),\(t),\(names[l]!)"
        }
        #expect(try CLI.run(["train", renamed, "--output", model, "--min-count", "1"]).status == 0)
        let rows = try Self.score(model, renamed)
        #expect(rows[0] == VerdictColumns.fixed + ["spam", "toxic"] + VerdictColumns.export)
        let toxic = rows[0].firstIndex(of: "toxic")!, hostile = rows[0].firstIndex(of: "hostile")!
        #expect(rows.dropFirst().allSatisfy { $0[hostile].isEmpty && Double($0[toxic]) != nil })
        let flaggedToxic = rows.dropFirst().filter { Double($0[toxic])! >= 0.9 }
        #expect(!flaggedToxic.isEmpty && flaggedToxic.allSatisfy { $0[3] == "reject" })
        let auc = try Self.rocAUC(model, renamed, [], label: "toxic")
        #expect((auc ?? 0) > 0.9)
        let unknown = try CLI.run(["score", "--comments", renamed, "--model", model, "--review-above", "insult=0.5"])
        #expect(unknown.status == 64 && unknown.stderr.contains("'insult'"))
    }

    /// Labels are taken as written; two that differ only in case are said, with the map
    /// that merges them.
    @Test func labelsDifferingOnlyInCaseAreNamed() throws {
        let dir = try TempDirectory()
        let file = try dir.write("t.csv", "id,text,label\n1,you idiot,Hostile\n2,moron,hostile\n3,nice,ok\n")
        let r = try CLI.run(["train", file, "--min-count", "1", "--output", dir.path("m.model")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("labels 'Hostile' and 'hostile' differ only in case"), "\(r.stderr)")
        #expect(r.stderr.contains("--label-map Hostile=hostile merges them"))
        let merged = try CLI.run([
            "train", file, "--min-count", "1", "--label-map", "Hostile=hostile", "--output", dir.path("m.model")
        ])
        #expect(merged.status == 0 && !merged.stderr.contains("differ only in case"), "\(merged.stderr)")
    }

    @Test func zeroOneLabelsAreMapped() throws {
        let dir = try TempDirectory()
        let file = try Self.write(dir, "binary.csv", header: "id,text,is_hostile") { i, t, l in
            "b\(i),\(t),\(l == "hostile" ? 1 : 0)"
        }
        let model = dir.path("m.model")
        let r = try CLI.run([
            "train", file, "--output", model, "--min-count", "1", "--label-column", "is_hostile",
            "--label-map", "1=hostile,0=ok"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let auc = try Self.rocAUC(
            model, file, ["--label-column", "is_hostile", "--label-map", "1=hostile,0=ok"], label: "hostile")
        #expect((auc ?? 0) > 0.9)
    }

    @Test func severalZeroOneColumnsAreSeveralLabels() throws {
        let dir = try TempDirectory()
        let file = try Self.write(dir, "multi.csv", header: "id,text,toxic,insult") { i, t, l in
            // Every hostile example is toxic; every other one is also an insult.
            "m\(i),\(t),\(l == "hostile" ? 1 : 0),\(l == "hostile" && i % 2 == 0 ? 1 : 0)"
        }
        let model = dir.path("m.model")
        let r = try CLI.run(["train", file, "--output", model, "--min-count", "1", "--label-column", "toxic,insult"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try Self.score(model, file)
        #expect(rows[0] == VerdictColumns.fixed + ["insult", "toxic"] + VerdictColumns.export)
        let auc = try Self.rocAUC(model, file, ["--label-column", "toxic,insult"], label: "toxic")
        #expect((auc ?? 0) > 0.9)
    }
}
