import Foundation
import WinnowBayes

/// Loads and saves model files, mapping file-system failures to errors that name the file.
public enum ModelStore {
    /// A model and where it came from, for the run to say which one it used.
    public struct Loaded: Sendable {
        public let model: Model
        public let path: String
        /// The file's own checksum (its last eight bytes), in hex: the same file, the same hash.
        public let hash: String

        /// "Models/winnow.model (3f2a9c1b0d4e5a6b)".
        public var provenance: String { "\(path) (\(hash))" }
    }

    public static func load(_ path: String) throws -> Model { try open(path).model }

    public static func open(_ path: String) throws -> Loaded {
        let bytes = try TextFile.bytes(path)
        let (model, kind) = try ModelFile.decode(bytes, path: path)
        guard kind == .model || kind == .counts else { throw BayesError.wrongKind(path: path, expected: "model") }
        let hash = bytes.suffix(8).reversed().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        return Loaded(model: model, path: path, hash: hash)
    }

    /// The model `--model` names, else the default one (`ModelLocator`).
    public static func locate(explicit: String?) throws -> Loaded {
        try open(try ModelLocator.locate(explicit: explicit))
    }

    public static func save(_ model: Model, to path: String, kind: ModelFile.Kind = .model) throws(PipelineError) {
        try OutputFile.writeAtomically(ModelFile.encode(model, kind: kind), to: path)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
