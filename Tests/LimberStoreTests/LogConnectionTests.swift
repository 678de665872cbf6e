import Foundation
import GRDB
import LimberCore
@testable import LimberStore
import Synchronization
import Testing

@Suite("The log opened to write at its first write")
struct LogConnectionTests {
    @Test("an opening that fails (a log busy at that moment) is tried again at the next write; until one succeeds the bare connection answers")
    func triedAgain() throws {
        try withTemporaryHome { home in
            try AppDatabase(home: home).record(.pain(3, at: Sample.morning))
            let path = logFile(in: home).path
            let attempts = Mutex(0)
            let connection = LogConnection(
                opening: {
                    let attempt = attempts.withLock { count in
                        count += 1
                        return count
                    }
                    if attempt == 1 { throw LogStoreError.busy(path: path) }
                    return try DatabaseQueue(path: path)
                },
                look: try BareConnection(path: path))
            #expect(throws: LogStoreError.busy(path: path)) { try connection.writer }
            #expect(try connection.beforeOpening { try $0.holds("SELECT count(*) FROM self_report") } == true)
            _ = try connection.writer
            _ = try connection.writer
            #expect(try connection.beforeOpening { _ in true } == nil)
            #expect(attempts.withLock { $0 } == 2)
        }
    }
}
