import Foundation
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

    static func run(_ arguments: [String], cwd: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = cwd
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WINNOW_MODEL")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The records of CSV text (a multi-line comment is one record).
    static func records(_ csv: String) throws -> [[String]] {
        let dir = try TempDirectory()
        let reader = try CSVReader(path: try dir.write("r.csv", csv))
        var rows: [[String]] = []
        while let r = try reader.next() { rows.append(r) }
        return rows
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
