import GRDB
import LimberCore

/// One row per change to the profile; saving adds a row and never replaces one.
extension Profile: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "profile_change" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }
}

/// The first migration's single profile row, read once by the second to keep it as a change.
extension LegacyProfile: FetchableRecord {
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }
}
