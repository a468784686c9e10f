import Foundation
import Testing
import WinnowPipeline

/// Runs the built `winnow` binary as a user would, from the package root.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL { packageRoot.appendingPathComponent(".build/debug/winnow") }
    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    static func run(
        _ arguments: [String], cwd: URL = packageRoot, environment: [String: String] = [:],
        stdin: Data? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WINNOW_MODEL")
        for (k, v) in environment { env[k] = v }
        let r = try ChildProcess.run(
            binary.path, arguments, cwd: cwd, environment: env, stdin: stdin,
            sourceLocation: sourceLocation)
        return Result(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }

    /// The records of CSV text (a multi-line comment is one record).
    static func records(_ csv: String) throws -> [[String]] {
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("r.csv", csv))
        var rows: [[String]] = []
        while let r = try reader.next() { rows.append(r) }
        return rows
    }

    /// CSV text of `rows`, every field quoted (fields as read: guards stay as they were).
    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\n")
    }

    /// Compares `actual` with the golden file `name`; WINNOW_UPDATE_GOLDEN=1 rewrites it.
    static func matchesGolden(_ actual: String, _ name: String) throws -> Bool {
        let url = packageRoot.appendingPathComponent("Tests/WinnowPipelineTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["WINNOW_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        return (try? String(contentsOf: url, encoding: .utf8)) == actual
    }
}
