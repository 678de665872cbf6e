import GRDB
import LimberCore

/// The profile table holds at most one row: saving replaces it.
extension Profile: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "profile" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }
}
