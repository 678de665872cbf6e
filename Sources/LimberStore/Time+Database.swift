import Foundation
import GRDB
import LimberCore

// Instants are stored as LogTime text, the same as in exports, so that a log exported and
// imported again is identical to the millisecond, and so `sqlite3` shows readable times.

extension DatabaseDateEncodingStrategy {
    static let logTime = DatabaseDateEncodingStrategy.custom { LogTime.text($0) }
}

extension DatabaseDateDecodingStrategy {
    static let logTime = DatabaseDateDecodingStrategy.custom { value in
        String.fromDatabaseValue(value).flatMap(LogTime.date)
    }
}

// Days are stored as their "YYYY-MM-DD" text, which sorts in day order, so day ranges are
// plain comparisons in SQL.
extension LocalDay: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { text.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> LocalDay? {
        String.fromDatabaseValue(value).flatMap(LocalDay.init)
    }
}
