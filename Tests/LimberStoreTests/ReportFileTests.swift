import Foundation
import LimberCore
import Testing

/// A report written to a file as it is made (`review --format json --out`): it appears complete
/// or not at all, and a run that fails midway keeps the report already there.
@Suite("Writing a file as it is made")
struct ReportFileTests {
    struct Midway: Error {}

    @Test("the parts are written in order, privately, and renamed into place")
    func written() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let file = home.appendingPathComponent("review.json")
            try ExportFile.write(to: file) { write in
                for part in ["{", "\"a\" : 1", "}"] { try write(Data(part.utf8)) }
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == "{\"a\" : 1}")
            #expect(try permissions(of: file) == 0o600, "a review holds health data")
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["review.json"])
        }
    }

    @Test("a named pipe (as /dev/stdout or /dev/null) is written into, not replaced by a plain file")
    func intoAPipe() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let pipe = home.appendingPathComponent("to-printer")
            #expect(mkfifo(pipe.path, 0o600) == 0)
            // The pipe's reader, as a printer spooler or `cat` would be.
            let received = Received()
            let finished = DispatchSemaphore(value: 0)
            Thread {
                received.data = FileHandle(forReadingAtPath: pipe.path)?.readDataToEndOfFile()
                finished.signal()
            }.start()
            try ExportFile.write(to: pipe) { write in
                for part in ["{", "\"a\" : 1", "}"] { try write(Data(part.utf8)) }
            }
            _ = finished.wait(timeout: .now() + 5)  // bounded: the writer has closed, so the reader's read has ended
            #expect(received.data.map { String(decoding: $0, as: UTF8.self) } == "{\"a\" : 1}")
            var status = stat()
            #expect(stat(pipe.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "still the pipe, not a file in its place")
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["to-printer"])
        }
    }

    final class Received: @unchecked Sendable { var data: Data? }

    @Test("a failure midway leaves the file already there as it was, and no part behind")
    func failureMidway() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let file = home.appendingPathComponent("review.json")
            try ExportFile.write(Data("last week's".utf8), to: file)
            #expect(throws: Midway.self) {
                try ExportFile.write(to: file) { write in
                    try write(Data(String(repeating: "x", count: 1 << 20).utf8))
                    throw Midway()
                }
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == "last week's")
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["review.json"])
        }
    }

    @Test("a full disk midway says so, and leaves nothing behind", .enabled(if: canMountTmpfs))
    func fullDisk() throws {
        try withSmallDisk(kilobytes: 256) { home in
            let disk = home.deletingLastPathComponent()
            let file = disk.appendingPathComponent("review.json")
            let error = #expect(throws: LogStoreError.self) {
                try ExportFile.write(to: file) { write in
                    for _ in 0..<64 { try write(Data(repeating: UInt8(ascii: "x"), count: 16 << 10)) }
                }
            }
            #expect(error == .cannotWriteFile(path: file.path, reason: "No space left on device"))
            let left = try FileManager.default.contentsOfDirectory(atPath: disk.path)
            #expect(left.isEmpty, "no part is left behind")
        }
    }
}
