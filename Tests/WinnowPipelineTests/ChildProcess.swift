import Foundation
import Testing

/// Runs a program for a test and never hangs the suite.
///
/// Spawned with `posix_spawn` and reaped with `waitpid`, not with Foundation's `Process`:
/// on Linux `Process` learns that a child ended when a socket it hands the child closes,
/// and a daemon the child starts (the tmux server) inherits that socket, so `Process`
/// never saw the tmux client exit and `waitUntilExit` blocked for good (seen here, twice).
/// Output goes to temporary files, not pipes, for the same reason: a pipe's end is only
/// seen once every holder of its write end has closed it. A deadline kills a program that
/// does not finish and records a test failure instead.
struct ChildProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static func run(
        _ executable: String, _ arguments: [String], cwd: URL? = nil,
        environment: [String: String]? = nil, stdin: Data? = nil,
        timeout: TimeInterval = 300, failOnTimeout: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        let dir = try TempDirectory()
        let outPath = dir.path("stdout"), errPath = dir.path("stderr")
        let inPath = try stdin.map { try dir.write("stdin", bytes: [UInt8]($0)) } ?? "/dev/null"
        let pid = try spawn(
            executable, arguments, cwd: cwd?.path, environment: environment ?? ProcessInfo.processInfo.environment,
            stdin: inPath, stdout: outPath, stderr: errPath)
        let (status, timedOut) = wait(for: pid, seconds: timeout)
        if timedOut && failOnTimeout {
            Issue.record(
                "\(executable) \(arguments.joined(separator: " ")) ran over \(Int(timeout)) s; killed",
                sourceLocation: sourceLocation)
        }
        let text = { (path: String) in
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        }
        return Result(status: status, stdout: text(outPath), stderr: text(errPath), timedOut: timedOut)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var code: Int32
        var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], cwd: String?, environment: [String: String],
        stdin: String, stdout: String, stderr: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The working directory is set by a shell: glibc's addchdir is not visible to Swift.
        let command =
            cwd.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments }
            ?? [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard code == 0 else { throw SpawnError(executable: executable, code: code) }
        return pid
    }

    /// The exit status of `pid` (128 + signal when a signal ended it) once it ends; after
    /// `seconds`, kills it first and says it timed out.
    private static func wait(for pid: pid_t, seconds: TimeInterval) -> (status: Int32, timedOut: Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        var timedOut = false
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                timedOut = true
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)  // a killed direct child is reaped at once
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let signal = status & 0x7f
        return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, timedOut)
    }
}
