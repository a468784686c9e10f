import Foundation
import WinnowBayes

/// Loads and saves model files, mapping file-system failures to errors that name the file.
public enum ModelStore {
    public static func load(_ path: String) throws -> Model {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if !FileManager.default.fileExists(atPath: path) { throw PipelineError.missingPath(path) }
            throw PipelineError.unreadable(path: path, reason: TextFile.reason(error))
        }
        let (model, kind) = try ModelFile.decode([UInt8](data), path: path)
        guard kind == .model || kind == .counts else { throw BayesError.wrongKind(path: path, expected: "model") }
        return model
    }

    public static func save(_ model: Model, to path: String, kind: ModelFile.Kind = .model) throws(PipelineError) {
        try OutputFile.writeAtomically(ModelFile.encode(model, kind: kind), to: path)
    }
}
