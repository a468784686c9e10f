import Foundation
import Testing
import WinnowPipeline

/// Comments in a language the shipped model never learnt get a verdict of at least
/// "review" and say why; English ones, even without a single common word, do not.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct UnfamiliarLanguageTests {
    @Test func commentsInAnotherLanguageAreSentToReview() throws {
        let dir = try TempDirectory()
        let rows: [(text: String, unfamiliar: Bool)] = [
            ("Das ist doch völliger Unsinn, die Regierung hat keine Ahnung von Wirtschaft.", true),
            ("Ce gouvernement est une honte, ils ne comprennent rien à l'économie.", true),
            ("You are wrong about the ferry fares, and the article says why.", false),
            ("Stupid, stupid, stupid. People DIE because others text while driving.", false),
            ("Danke!", false),
            ("#MAGA #Trump2024 #BuildTheWall #DrainTheSwamp #AmericaFirst #KAG #FakeNews #Winning", false)
        ]
        let csv = "id,text\n" + rows.enumerated().map { "\($0.offset),\"\($0.element.text)\"" }.joined(separator: "\n")
        let input = try dir.write("c.csv", csv + "\n")
        let r = try CLI.run(["score", "--comments", input, "--model", "Models/winnow.model", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = try CLI.records(r.stdout).dropFirst()
        for (row, record) in zip(rows, records) {
            let flagged = record[6].contains("language the model does not know")
            #expect(flagged == row.unfamiliar, "\(record)")
            if flagged { #expect(record[3] != "approve") }
        }
    }
}
