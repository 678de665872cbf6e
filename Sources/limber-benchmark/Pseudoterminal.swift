import Foundation

/// A pseudo-terminal of a fixed size that the benchmark reads as a terminal emulator would.
final class Pseudoterminal {
    let master: Int32
    /// Open until a program is started on it, so that the terminal exists until then; closed
    /// after, so that reading the master ends when the program does.
    private var slave: Int32
    let path: String

    init(rows: UInt16 = 24, columns: UInt16 = 80) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0, let name = ttyname(slave) else {
            throw Spawn.Failed(description: "openpty: \(String(cString: strerror(errno)))")
        }
        self.master = master
        self.slave = slave
        path = String(cString: name)
    }

    deinit {
        close(master)
        if slave >= 0 { close(slave) }
    }

    /// Starts a program on this terminal (posix_spawn returns once it runs, with the terminal open).
    func start(_ argv: [String], environment: [String: String]) throws -> Child {
        let child = try Spawn.start(argv, environment: environment, terminal: path)
        close(slave)
        slave = -1
        return child
    }

    /// The next output, waiting at most `timeout` seconds: nil when nothing came, empty when
    /// the terminal closed (every program on it ended).
    func read(timeout: Double) -> [UInt8]? {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = Glibc.read(master, &buffer, buffer.count)
        return count > 0 ? Array(buffer[..<count]) : []
    }

    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Reads (and keeps) output until `text` has appeared, for at most `timeout` seconds.
    func waitFor(_ text: String, in output: inout [UInt8], timeout: Double) -> Bool {
        let deadline = monotonicSeconds() + timeout
        let needle = Array(text.utf8)
        while monotonicSeconds() < deadline {
            if output.count >= needle.count, output.indices.dropLast(needle.count - 1).contains(where: {
                output[$0..<($0 + needle.count)].elementsEqual(needle)
            }) {
                return true
            }
            guard let chunk = read(timeout: deadline - monotonicSeconds()), !chunk.isEmpty else { return false }
            output += chunk
        }
        return false
    }

    /// Reads and drops output on a thread of its own until the terminal closes, so that the
    /// program never blocks writing to it.
    func drainInBackground() {
        let master = master
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while Glibc.read(master, &buffer, buffer.count) > 0 {}
        }
    }
}
