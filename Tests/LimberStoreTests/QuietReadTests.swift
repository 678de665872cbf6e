import Foundation
@testable import LimberStore
import LimberCore
import Testing

@Suite("Reading a log nobody has open")
struct QuietReadTests {
    let utc = TimeZone(identifier: "UTC")!

    func write(_ pain: Int, in home: URL, at seconds: TimeInterval) throws {
        // The store closes at the end of this call, as a `limber log` would.
        try LogOpening.forWriting(home: home).record(.pain(pain, at: Sample.at(seconds), in: utc))
    }

    @Test("leaves no -wal or -shm beside it, and still sees what a writer adds while it is open")
    func leavesNothingAndSeesLaterWrites() throws {
        try withTemporaryHome { home in
            try write(2, in: home, at: 0)
            #expect(try sideFiles(in: home).isEmpty)
            let reader = try #require(try LogOpening.forReading(home: home))
            #expect(try reader.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) == [2])
            #expect(try sideFiles(in: home).isEmpty, "reading made SQLite's side files")

            // A writer comes and goes between two reads: its checkpoint changed the file itself.
            try write(5, in: home, at: 60)
            #expect(try reader.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) == [5, 2])
        }
    }

    @Test("a folder whose name holds ?, #, %, spaces and non-ASCII letters is read quietly, as that folder",
          arguments: ["a?immutable=0#x", "50% off", "Zoë's back", "tab\there"])
    func anOddFolderName(name: String) throws {
        #expect(QuietFile.uri(path: "/a b/é?#%") == "file:/a%20b/%C3%A9%3F%23%25?immutable=1")
        try withTemporaryHome { parent in
            let home = parent.appendingPathComponent(name)
            try write(4, in: home, at: 0)
            let reader = try #require(try LogOpening.forReading(home: home))
            #expect(try reader.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) == [4])
            #expect(try sideFiles(in: home).isEmpty, "reading made SQLite's side files")
        }
    }

    @Test("a log a writer has open is read the ordinary way, its latest writes included")
    func aLogOpenElsewhere() throws {
        try withTemporaryHome { home in
            let writer = try LogOpening.forWriting(home: home)
            try writer.record(.pain(3, at: Sample.at(0), in: utc))
            #expect(FileManager.default.fileExists(atPath: logFile(in: home).path + "-wal"))
            let reader = try #require(try LogOpening.forReading(home: home))
            try writer.record(.pain(4, at: Sample.at(60), in: utc))
            #expect(try reader.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) == [4, 3])
        }
    }
}
