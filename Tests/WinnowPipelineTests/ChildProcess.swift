import Foundation
import Testing

/// Runs a program for a test and never hangs the suite.
///
/// Output goes to temporary files, not pipes: reading a pipe to its end waits for every
/// holder of its write end, and a program may hand its descriptors to a longer-lived one
/// (a tmux client passes them to the tmux server), so a pipe read could wait forever.
/// A deadline kills a program that does not finish and records a test failure instead.
struct ChildProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static func run(_ executable: String, _ arguments: [String], cwd: URL? = nil,
                    environment: [String: String]? = nil, stdin: Data? = nil,
                    timeout: TimeInterval = 300, failOnTimeout: Bool = true,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let dir = try TempDirectory()
        let outPath = dir.path("stdout"), errPath = dir.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: try dir.write("stdin", bytes: [UInt8](stdin))))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let timedOut = !wait(for: process, seconds: timeout)
        if timedOut && failOnTimeout {
            Issue.record("\(executable) \(arguments.joined(separator: " ")) ran over \(Int(timeout)) s; killed",
                         sourceLocation: sourceLocation)
        }
        let text = { (path: String) in String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self) }
        return Result(status: process.terminationStatus, stdout: text(outPath), stderr: text(errPath), timedOut: timedOut)
    }

    /// Waits until `process` exits; after `seconds`, kills it and returns false.
    static func wait(for process: Process, seconds: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return false
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }
}
