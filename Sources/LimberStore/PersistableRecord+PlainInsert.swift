import GRDB

extension PersistableRecord {
    /// Inserted by one plain `INSERT` of the record's columns. GRDB's `insert` first asks the
    /// connection for the table's columns and primary key (some twenty statements, over a
    /// million instructions a table), which a session's start paid before its first frame.
    /// The log's tables have text keys given by the record and no insertion callbacks, so the
    /// row written is the same (held to `insert` by a test).
    func insertPlainly(_ db: Database) throws {
        let values = try databaseDictionary.sorted { $0.key < $1.key }
        let columns = values.map { "\"\($0.key)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try db.execute(
            sql: "INSERT INTO \"\(Self.databaseTableName)\" (\(columns)) VALUES (\(marks))",
            arguments: StatementArguments(values.map(\.value)))
    }
}
