import Foundation
import Testing
import WinnowPipeline

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
