import Foundation
import LimberCore
import LimberStore
import Testing

/// Every implementation of `LogStore`, for the contract suites (`*Contract.swift`): each test
/// there runs once per store and only through the protocol, so a second implementation (a
/// clinic's server) is held to the same behaviour by adding a case here.
enum StoreUnderTest: String, CaseIterable, CustomTestStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"

    var testDescription: String { rawValue }

    /// Runs `body` with an empty store, removed afterwards.
    func withStore<T>(_ body: (any LogStore) throws -> T) throws -> T {
        switch self {
        case .sqliteInMemory: try body(AppDatabase.inMemory())
        case .sqliteFile: try withTemporaryHome { try body(LogOpening.forWriting(home: $0)) }
        }
    }
}
