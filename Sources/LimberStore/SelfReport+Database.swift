import GRDB
import LimberCore

extension SelfReport: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "self_report" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let day = Column(CodingKeys.day)
        public static let recordedAt = Column(CodingKeys.recordedAt)
    }
}
