import Foundation

/// The plain side of a terminal, for `--plain`: lines out, lines in, for screen readers and pipes.
public protocol LineTerminal: AnyObject {
    /// Whether someone is there to answer questions; when not, questions are passed over.
    var canAnswer: Bool { get }
    func write(_ line: String)
    /// A line typed, or nil at the end of input or once the process is asked to stop; a Ctrl-Z
    /// meanwhile suspends it.
    func readLine(signals: SessionSignals) -> String?
    /// Waits, doing nothing, for up to `nanoseconds` (the plain player between lines).
    func idle(nanoseconds: Int64)
    /// Stops the process until it is continued (Ctrl-Z, then `fg`).
    func suspend()
}

/// Standard input and output.
public final class StandardLineTerminal: LineTerminal {
    public init() {}

    public var canAnswer: Bool { isatty(STDIN_FILENO) == 1 }

    public func write(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// The signal may be taken by any of the process's threads, so a blocking read would not
    /// notice it: poll, a quarter of a second at a time.
    public func readLine(signals: SessionSignals) -> String? {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while signals.stop() == 0 {
            if signals.takeSuspendRequest() { suspend() }
            if poll(&input, 1, 250) > 0 { return Swift.readLine() }
        }
        return nil
    }

    public func suspend() {
        raise(SIGSTOP)
    }

    public func idle(nanoseconds: Int64) {
        var pause = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        nanosleep(&pause, nil)
    }
}

/// Lines held in memory, for tests: what was written, answers fed in, and idle time handed to
/// a test clock instead of slept.
public final class MemoryLineTerminal: LineTerminal {
    public private(set) var lines: [String] = []
    public var answers: [String]
    public let canAnswer: Bool
    public private(set) var suspensions = 0
    private let onIdle: (Int64) -> Void

    public init(answers: [String] = [], canAnswer: Bool = true, onIdle: @escaping (Int64) -> Void) {
        self.answers = answers
        self.canAnswer = canAnswer
        self.onIdle = onIdle
    }

    public func write(_ line: String) {
        lines.append(line)
    }

    public func readLine(signals: SessionSignals) -> String? {
        answers.isEmpty || signals.stop() != 0 ? nil : answers.removeFirst()
    }

    public func suspend() {
        suspensions += 1
    }

    public func idle(nanoseconds: Int64) {
        onIdle(nanoseconds)
    }
}
