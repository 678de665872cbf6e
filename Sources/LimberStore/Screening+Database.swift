import GRDB
import LimberCore

extension Screening: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "screening" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }

    public enum Columns {
        public static let day = Column(CodingKeys.day)
        public static let recordedAt = Column(CodingKeys.recordedAt)
        public static let id = Column(CodingKeys.id)
    }
}

extension Clearance: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "clearance" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }

    public enum Columns {
        public static let day = Column(CodingKeys.day)
        public static let recordedAt = Column(CodingKeys.recordedAt)
        public static let id = Column(CodingKeys.id)
    }
}
