import Foundation
import Testing
@testable import WinnowBayes
import WinnowText

/// A model file written by an earlier version of the program (`Fixtures/versionN.model`,
/// trained on Data/labeled-example.csv), for checking that old files keep their scores.
struct OldModelFixture {
    let model: Model

    init(version: UInt8) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/version\(version).model").path
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(data[8] == version)
        model = try ModelFile.decode(data, path: path).0
    }

    /// The hostile probability of `text`, through the scoring path.
    func hostile(_ text: String) throws -> Double {
        var tokens = TokenList()
        try Normalizer(words: model.words).tokenize(text, into: &tokens)
        var scratch = ScoreScratch()
        let hostile = try #require(model.heads.firstIndex { $0.label == "hostile" })
        return model.score(tokens, scratch: &scratch)[hostile].probability
    }
}
