import GRDB
import LimberCore

extension PlannedSet: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "planned_set" }

    public enum Columns {
        public static let sessionID = Column(CodingKeys.sessionID)
        public static let position = Column(CodingKeys.position)
    }
}
