import Foundation
import Testing

/// The real binary in a real terminal: a tmux server of its own, keys sent, the screen read back.
final class TmuxSession {
    let socket = "limber-e2e-\(UUID().uuidString.prefix(8))"
    let name = "limber"

    /// Starts `command` in a shell inside a window of the given size. The shell stays after
    /// the command (a `sleep`, ended with the server when the test ends) so tests can read its
    /// exit status and the terminal's settings.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String]) throws {
        let exports = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = "\(exports) \(command); echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; exec sleep 600"
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), "env", "TERM=xterm-256color", "LANG=C.UTF-8", "sh", "-c", script])
    }

    /// `kill-server` alone was seen to leave tmux 3.3a servers (and the pane's program) running;
    /// killing the session first ends the pane, and the server then exits on its own.
    deinit {
        _ = try? tmux(["kill-session", "-t", name])
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command and returns what it printed. Spawned directly and its output sent
    /// to a file: the tmux server forks from the first client and would hold a pipe open.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    static func spawn(_ arguments: [String]) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("limber-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", name])) ?? "" }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program the pane's shell is running.
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.spawn(["pgrep", "-P", shell])
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// `y` to "End the session now?", then the questions after the session passed over; the
    /// screen once it shows `until` (the summary, or `EXIT=` when the program has ended).
    @discardableResult
    func endSessionPassingTheQuestions(until: String) throws -> String {
        try send("y")
        waitFor("after the session?")
        try send("Enter")
        waitFor("How did the session feel?")
        try send("Enter")
        return waitFor(until)
    }

    /// Polls the screen until `condition` holds and returns it. The wait is on a real program
    /// in a real terminal, so it is bounded (`seconds`); when it runs out, the test fails,
    /// saying what it waited for and what the screen showed instead.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 until condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var text = screen
        while !condition(text) {
            guard Date() < deadline else {
                Issue.record("Waited \(seconds) s for: \(what). The screen shows:\n\(text)", sourceLocation: sourceLocation)
                return text
            }
            Thread.sleep(forTimeInterval: 0.05)  // bounded: polls a real terminal until the deadline
            text = screen
        }
        return text
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("'\(text)' on the screen", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The screen once `seconds` have passed: for checking that nothing changes meanwhile.
    func screen(after seconds: Double) -> String {
        Thread.sleep(forTimeInterval: seconds)  // bounded: a pause on a real program, checked after
        return screen
    }
}
