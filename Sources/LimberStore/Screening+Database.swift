import GRDB
import LimberCore

/// A record kept on a patient's day with the instant it was recorded (`day`, `recorded_at`),
/// its instants stored as LogTime text like every other record's.
protocol DayRecord: FetchableRecord, PersistableRecord {}

extension DayRecord {
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }
}

extension Screening: DayRecord {
    public static var databaseTableName: String { "screening" }
}

extension Clearance: DayRecord {
    public static var databaseTableName: String { "clearance" }
}
