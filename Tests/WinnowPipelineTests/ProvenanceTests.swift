import Foundation
import Testing
import WinnowPipeline

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
