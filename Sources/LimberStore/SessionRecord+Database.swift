import GRDB
import LimberCore

extension SessionRecord: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "session" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let day = Column(CodingKeys.day)
        public static let startedAt = Column(CodingKeys.startedAt)
        public static let status = Column(CodingKeys.status)
    }
}
