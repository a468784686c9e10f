import Foundation
import WinnowBayes

/// Loads and saves model files, mapping file-system failures to errors that name the file.
public enum ModelStore {
    public static func load(_ path: String) throws -> Model {
        let (model, kind) = try ModelFile.decode(try TextFile.bytes(path), path: path)
        guard kind == .model || kind == .counts else { throw BayesError.wrongKind(path: path, expected: "model") }
        return model
    }

    public static func save(_ model: Model, to path: String, kind: ModelFile.Kind = .model) throws(PipelineError) {
        try OutputFile.writeAtomically(ModelFile.encode(model, kind: kind), to: path)
    }
}
