import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("A full disk")
struct FullDiskTests {
    @Test("writing to a full disk says so, and everything written before is kept", .enabled(if: canMountTmpfs))
    func fullDisk() throws {
        try withSmallDisk(kilobytes: 256) { home in
            let store = try AppDatabase(home: home)
            let note = String(repeating: "x", count: 4000)
            var written = 0
            let error = #expect(throws: LogStoreError.self) {
                while true {
                    try store.record(.pain(written % 11, at: Sample.at(Double(written)), note: note))
                    written += 1
                }
            }
            #expect(error == .diskFull(path: logFile(in: home).path))
            #expect(error?.description.contains("the disk is full") == true)
            #expect(written > 0)
            #expect(try store.selfReports(from: "2000-01-01", through: "2100-01-01").count == written)
        }
    }
}
