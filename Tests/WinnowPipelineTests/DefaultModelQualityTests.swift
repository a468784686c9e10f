import Foundation
import Testing

/// The shipped model against the shared dev sets (../shared/data), through `winnow
/// evaluate`. Skipped, with a note, when the shared data is not beside the checkout.
@Suite(.enabled(if: CLI.available, "build the winnow binary first (swift build)"))
struct DefaultModelQualityTests {
    static let data = packageRoot.appendingPathComponent("../shared/data").standardizedFileURL

    static func available() -> Bool {
        let ok = FileManager.default.fileExists(atPath: data.path)
        if !ok { print("note: \(data.path) absent; skipping the default model's quality checks") }
        return ok
    }

    /// ROC-AUC of `score` on `file` with the default model.
    static func rocAUC(_ file: String, _ score: String, _ extra: [String] = []) throws -> Double {
        let r = try CLI.run(["evaluate", data.appendingPathComponent(file).path, "--json"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let scores = json?["scores"] as? [String: Any], measures = scores?[score] as? [String: Any]
        return try #require(measures?["roc_auc"] as? Double)
    }

    /// The hostile issue's target; the best peer on the same training data reached 0.724.
    @Test func hostileReachesTheTargetOnGlobeAndMailComments() throws {
        guard Self.available() else { return }
        #expect(try Self.rocAUC("dev/unhealthy-val.csv", "hostile") >= 0.75)
    }

    /// TF-IDF cosine between comment and article reaches about 0.59 on this set.
    @Test func offTopicBeatsArticleCosineOnMovedComments() throws {
        guard Self.available() else { return }
        #expect(
            try Self.rocAUC("offtopic/globe-moved-comments.csv", "offtopic", ["--article-column", "article"]) >= 0.70)
    }
}
