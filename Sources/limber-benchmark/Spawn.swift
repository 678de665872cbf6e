import Foundation

/// A program the benchmark started.
struct Child {
    let pid: pid_t

    /// Waits for it to end; its exit status (128 + N after signal N).
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    func signal(_ number: Int32) {
        kill(pid, number)
    }
}

/// Starts programs with posix_spawn, so that a launch costs the benchmark as little as it can.
enum Spawn {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// `argv[0]` is a path. Standard input is /dev/null unless `input` is given; output goes to
    /// `output` (both streams) or /dev/null. `terminal` makes the program a session leader whose
    /// controlling terminal (and standard streams) is that pseudo-terminal.
    static func start(_ argv: [String], environment: [String: String], input: Int32? = nil, output: Int32? = nil,
                      terminal: String? = nil) throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if let terminal {
            // POSIX_SPAWN_SETSID (glibc), which Swift does not import: a new session, so that
            // opening the terminal makes it the controlling one.
            posix_spawnattr_setflags(&attributes, 0x80)
            posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        } else {
            if let input {
                posix_spawn_file_actions_adddup2(&actions, input, 0)
            } else {
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            }
            if let output {
                posix_spawn_file_actions_adddup2(&actions, output, 1)
                posix_spawn_file_actions_adddup2(&actions, output, 2)
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard status == 0 else { throw Failed(description: "cannot start \(argv[0]): \(String(cString: strerror(status)))") }
        return Child(pid: pid)
    }

    /// Runs a program to its end with its output discarded; its exit status.
    @discardableResult
    static func run(_ argv: [String], environment: [String: String]) throws -> Int32 {
        try start(argv, environment: environment).wait()
    }

    /// Runs a program to its end; its exit status and what it wrote (both streams).
    static func capture(_ argv: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failed(description: "pipe: \(String(cString: strerror(errno)))") }
        let child = try start(argv, environment: environment, output: fds[1])
        close(fds[1])
        let output = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true).readDataToEndOfFile()
        return (child.wait(), String(decoding: output, as: UTF8.self))
    }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Wall time of one run of a program, in seconds.
func timeRun(_ argv: [String], environment: [String: String]) throws -> Double {
    let start = monotonicSeconds()
    let status = try Spawn.run(argv, environment: environment)
    let elapsed = monotonicSeconds() - start
    guard status == 0 else { throw Spawn.Failed(description: "\(argv.joined(separator: " ")) exited with \(status)") }
    return elapsed
}
