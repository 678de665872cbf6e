import Foundation
import LimberCore

/// Reading a log no process has open without making the two files SQLite keeps beside a WAL log
/// while it is open (`-wal`, `-shm`): an ordinary reader makes them and leaves them, and
/// `status`, run every few seconds, would keep them there for good.
///
/// SQLite removes both when the last connection to a log closes, so their absence means nobody
/// has it open: it is then read as an immutable file, with no locks and no side files. A writer
/// that opens it meanwhile makes its -wal first and changes the file itself only when it
/// checkpoints; so after each read the -wal must still be absent and the file as it was (the
/// same inode, size and modification time), or the read is done again the ordinary way.
final class QuietRead: @unchecked Sendable {
    let file: QuietFile
    private let reopen: @Sendable () throws -> AppDatabase?
    private let lock = NSLock()
    private var ordinary: AppDatabase??

    /// Nil when the log is open somewhere (or a writer left its -wal behind).
    init?(path: String, reopen: @escaping @Sendable () throws -> AppDatabase?) {
        guard let file = QuietFile(path: path) else { return nil }
        self.file = file
        self.reopen = reopen
    }

    /// The log opened the ordinary way, once, for reads made while a writer was at it.
    func ordinaryLog() throws -> AppDatabase {
        lock.lock()
        defer { lock.unlock() }
        if ordinary == nil { ordinary = .some(try reopen()) }
        guard let log = ordinary ?? nil else {
            throw LogStoreError.cannotOpen(path: file.path, reason: "it was removed while it was being read")
        }
        return log
    }
}

/// A log with no side files beside it, as it was when looked at (see QuietRead): read through
/// GRDB (`QuietRead`) or, by `status`, on a bare SQLite connection (`RawLogRead`).
struct QuietFile {
    let path: String
    private let state: FileState

    /// Nil when the log is open somewhere (or a writer left its -wal behind).
    init?(path: String) {
        guard !["-wal", "-shm"].contains(where: { FileManager.default.fileExists(atPath: path + $0) }),
            let state = FileState(path: path)
        else { return nil }
        self.path = path
        self.state = state
    }

    /// The log as an SQLite URI that opens it immutable.
    var uri: String { Self.uri(path: path) }

    /// The file's size in bytes when it was looked at.
    var size: Int64 { state.size }

    /// `path` as an SQLite URI that opens it immutable: every byte but letters, digits and
    /// `-._~/` written %XX, byte by byte (Foundation's percent-encoding cost 0.25 ms of a
    /// `status` that runs every few seconds).
    static func uri(path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = Array("file:".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: encoded + Array("?immutable=1".utf8), as: UTF8.self)
    }

    /// True when nothing can have written to the log since it was looked at.
    var isUnchanged: Bool {
        !FileManager.default.fileExists(atPath: path + "-wal") && FileState(path: path) == state
    }
}

/// What changes when a file is written or replaced: which file it is, its size and its
/// modification time.
private struct FileState: Equatable {
    let identity: FileIdentity
    let size: Int64
    let modified: [Int]

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        identity = FileIdentity(status)
        size = Int64(status.st_size)
        modified = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }
}
