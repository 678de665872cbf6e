import GRDB
import LimberCore

extension StepResult: FetchableRecord, PersistableRecord {
    public static var databaseTableName: String { "step_result" }

    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .logTime }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .logTime }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let sessionID = Column(CodingKeys.sessionID)
        public static let stepIndex = Column(CodingKeys.stepIndex)
        public static let setNumber = Column(CodingKeys.setNumber)
        public static let startedAt = Column(CodingKeys.startedAt)
    }

    /// The order a session's steps were played in.
    static let playedOrder = [Columns.startedAt, Columns.stepIndex, Columns.setNumber, Columns.id]
}
