import Foundation
import GRDB
import GRDBSQLite
import LimberCore

// The records a review reads by the thousand (sessions, their planned sets and steps, and
// self-reports) are read column by column rather than through Codable, which costs several
// times as much per row: ten years of log are some 75,000 rows. Each value is checked as the
// Codable path checks it; a value the log could not have written is an `invalidRecord`.
// Profiles, screenings and clearances too, read by every start that plans: their Codable
// decoding was the process's first use of Codable, a millisecond before the first frame.
//
// Each such record selects its columns in the order of its `selection` and reads them back in
// that order by position (`RowColumns`): looking a column up by its name, for every value of
// every row, cost more than decoding the value.

/// Where a row's values come from: a GRDB row, or a statement stepped on a bare SQLite
/// connection (`RawLogRead`, for `status`), so that each record is decoded by one piece of code
/// whichever way the log was read. Values are converted as GRDB converts them.
protocol ColumnSource {
    /// The value at `index`, which is not NULL; `column` names it in messages.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int, column: @autoclosure () -> String) throws -> Value
    func isNull(at index: Int) -> Bool
    /// `body` of the UTF-8 of the text at `index` (not NULL), the text `value` reads as a String:
    /// a value parsed from it (an instant) needs no String of its own.
    func withUTF8<Result>(at index: Int, column: @autoclosure () -> String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result
    /// The text at `index` (not NULL), as `value` reads it, from a column whose texts recur from
    /// row to row (`RecurringValues`).
    func recurringText(at index: Int, column: @autoclosure () -> String) throws -> String
    /// The choice named at `index` (not NULL), nil when the text names none.
    func choice<Choice: LogChoice>(at index: Int, column: @autoclosure () -> String) throws -> Choice?
    /// The list of names at `index` (not NULL) in its plain form (`StringList.plain`), nil when
    /// it is not in it.
    func plainStrings(at index: Int, column: @autoclosure () -> String) throws -> [String]?
    /// The instant written at `index` (not NULL; `LogTime.date`), nil when the text is not one.
    func instant(at index: Int, column: @autoclosure () -> String) throws -> Date?
}

extension Row: ColumnSource {
    // GRDB's own errors say which column would not decode.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int, column: @autoclosure () -> String) throws -> Value {
        try decode(atIndex: index)
    }

    func isNull(at index: Int) -> Bool { hasNull(atIndex: index) }

    func withUTF8<Result>(at index: Int, column: @autoclosure () -> String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result {
        var text: String = try decode(atIndex: index)
        return text.withUTF8(body)
    }

    func recurringText(at index: Int, column: @autoclosure () -> String) throws -> String { try decode(atIndex: index) }

    func choice<Choice: LogChoice>(at index: Int, column: @autoclosure () -> String) throws -> Choice? {
        Choice(rawValue: try decode(atIndex: index))
    }

    func plainStrings(at index: Int, column: @autoclosure () -> String) throws -> [String]? {
        try withUTF8(at: index, column: column()) { StringList.plain($0) }
    }

    func instant(at index: Int, column: @autoclosure () -> String) throws -> Date? {
        try withUTF8(at: index, column: column(), LogTime.date)
    }
}

/// The current row of a statement stepped on a bare SQLite connection.
struct StatementColumns: ColumnSource {
    let statement: OpaquePointer
    /// The statement's recurring values, kept from row to row.
    let recurring: RecurringValues

    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int, column: @autoclosure () -> String) throws -> Value {
        guard let value = Value.fromStatement(statement, atUncheckedIndex: CInt(index)) else {
            throw LogStoreError.invalidRecord("\(column()) is NULL or not \(Value.self)")
        }
        return value
    }

    func isNull(at index: Int) -> Bool { sqlite3_column_type(statement, CInt(index)) == SQLITE_NULL }

    // The bytes up to the first NUL, as GRDB's String(cString:) reads them. SQLite gives no
    // text for a NULL (and any other value as text), so its type need not be asked first.
    func withUTF8<Result>(at index: Int, column: @autoclosure () -> String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result {
        guard let text = sqlite3_column_text(statement, CInt(index)) else {
            throw LogStoreError.invalidRecord("\(column()) is NULL or not String")
        }
        return body(UnsafeBufferPointer(start: text, count: strlen(text)))
    }

    func recurringText(at index: Int, column: @autoclosure () -> String) throws -> String {
        try withUTF8(at: index, column: column()) { recurring.text($0, column: index) }
    }

    func choice<Choice: LogChoice>(at index: Int, column: @autoclosure () -> String) throws -> Choice? {
        try withUTF8(at: index, column: column()) { recurring.choice($0, column: index) }
    }

    func plainStrings(at index: Int, column: @autoclosure () -> String) throws -> [String]? {
        try withUTF8(at: index, column: column()) { StringList.plain($0) { recurring.text($0, column: index) } }
    }

    func instant(at index: Int, column: @autoclosure () -> String) throws -> Date? {
        try withUTF8(at: index, column: column(), recurring.instant)
    }
}

/// A record read column by column in the order of its `selection`, from a GRDB row or the bare
/// connection's statement alike.
protocol ColumnDecodable {
    init(source: some ColumnSource) throws
}

/// The columns of one row, read one after the other in the order of `names` (the record's
/// `selection`), each named in messages.
struct RowColumns<Source: ColumnSource> {
    private let source: Source
    private let names: [String]
    private let table: String
    private var index = 0

    init(_ source: Source, names: [String], table: String) {
        self.source = source
        self.names = names
        self.table = table
    }

    /// The next column's value as GRDB decodes it.
    mutating func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_: Value.Type = Value.self) throws -> Value {
        defer { index += 1 }
        return try source.value(at: index, column: columnName)
    }

    /// The next column's name, for messages.
    private var columnName: String { "\(table).\(names[index])" }

    mutating func optional<Value: DatabaseValueConvertible & StatementColumnConvertible>(_: Value.Type = Value.self) throws -> Value? {
        guard !source.isNull(at: index) else {
            index += 1
            return nil
        }
        return try value() as Value
    }

    mutating func text() throws -> String { try value() }

    /// The next column passed over, unread: an empty text in its place.
    mutating func skipped() -> String {
        index += 1
        return ""
    }

    /// The next column's text, one of a few that recur from row to row (`RecurringValues`).
    mutating func recurringText() throws -> String {
        defer { index += 1 }
        return try source.recurringText(at: index, column: columnName)
    }

    private var column: String { "\(table).\(names[index - 1])" }

    mutating func choice<Choice: LogChoice>() throws -> Choice {
        if let choice: Choice = try source.choice(at: index, column: columnName) {
            index += 1
            return choice
        }
        // Read first: `chosen(try value())` would name the column before this one.
        let name: String = try value()
        return try chosen(name)
    }

    /// `name` as one of a closed set of names, else a message listing them.
    private func chosen<Choice: LogChoice>(_ name: String) throws -> Choice {
        guard let value = Choice(rawValue: name) else {
            throw LogStoreError.invalidRecord(
                "\(column) '\(name)' is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// The next column's text as `parse` reads it, else a message saying it is not `expected`.
    private mutating func parsed<Parsed>(_ parse: (String) -> Parsed?, expected: String) throws -> Parsed {
        let text: String = try value()
        guard let parsed = parse(text) else { throw LogStoreError.invalidRecord("\(column) '\(text)' is not \(expected)") }
        return parsed
    }

    mutating func optionalChoice<Choice: LogChoice>() throws -> Choice? {
        guard !source.isNull(at: index) else {
            index += 1
            return nil
        }
        return try choice() as Choice
    }

    mutating func instant() throws -> Date {
        // Parsed from the column's bytes: two instants a step, and a String for each cost as much
        // as parsing it. A text that is not one is read again as a String for the message.
        if let instant = try source.instant(at: index, column: columnName) {
            index += 1
            return instant
        }
        return try parsed(LogTime.date, expected: "a time like 2024-05-01T07:30:00.000Z")
    }

    mutating func optionalInstant() throws -> Date? {
        guard !source.isNull(at: index) else {
            index += 1
            return nil
        }
        return try instant()
    }

    mutating func day() throws -> LocalDay {
        try parsed(LocalDay.init, expected: "a date like 2024-05-01")
    }

    mutating func strings() throws -> [String] {
        // The plain form from the column's bytes; any other through a String (`StringList.decode`).
        if let names = try source.plainStrings(at: index, column: columnName) {
            index += 1
            return names
        }
        return try parsed(StringList.decode, expected: "a list of names")
    }

    /// A list of names from a closed set (a profile's rest days).
    mutating func choices<Choice: LogChoice>() throws -> [Choice] {
        try strings().map { try chosen($0) }
    }

    /// A profile's flagged issues (`FlaggedIssueList`).
    mutating func flaggedIssues() throws -> [FlaggedIssue] {
        try parsed(FlaggedIssueList.decode, expected: "a list of flagged issues")
    }
}

/// A JSON list of strings as the log stores names (`["cat-camel","dead-bug"]`). The plain form
/// every Limber writes is split directly; anything else (spaces, escapes) goes to JSONDecoder,
/// whose answer is the rule.
enum StringList {
    static func decode(_ text: String) -> [String]? {
        var text = text
        if let plain = text.withUTF8({ plain($0) }) { return plain }
        return try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// The names of a list of quoted names with nothing else between them: no space, no escape,
    /// no control character. Nil for any other text. Read from the bytes in place (a log's column,
    /// a session's planned routines), each name made a String by `name`.
    static func plain(
        _ utf8: UnsafeBufferPointer<UInt8>, name: (UnsafeBufferPointer<UInt8>) -> String = { String(decoding: $0, as: UTF8.self) }
    ) -> [String]? {
        let (quote, end) = (UInt8(ascii: "\""), utf8.count - 1)
        guard utf8.count >= 2, utf8[0] == UInt8(ascii: "["), utf8[end] == UInt8(ascii: "]") else { return nil }
        var names: [String] = []
        // Room for as many names as there are commas and one: the list is not grown name by name.
        names.reserveCapacity(utf8.reduce(1) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 })
        var position = 1
        while position < end {
            guard utf8[position] == quote else { return nil }
            var close = position + 1
            while close < end, utf8[close] != quote {
                guard utf8[close] >= 0x20, utf8[close] != UInt8(ascii: "\\") else { return nil }
                close += 1
            }
            guard close < end else { return nil }
            names.append(name(UnsafeBufferPointer(rebasing: utf8[(position + 1)..<close])))
            position = close + 1
            if position == end { break }
            guard utf8[position] == UInt8(ascii: ","), position + 1 < end else { return nil }
            position += 1
        }
        return names
    }
}

/// A profile's flagged issues as GRDB stores them, JSON with its keys sorted
/// (`[{"issue":"prolonged-sitting","since":"2024-05-01"}]`), read by `RawLogRead` without
/// Codable: the plain form, with no escape or control character in a name, is split directly;
/// anything else goes to JSONDecoder, whose answer is the rule.
enum FlaggedIssueList {
    static func decode(_ text: String) -> [FlaggedIssue]? {
        if let plain = plain(text) { return plain }
        return try? JSONDecoder().decode([FlaggedIssue].self, from: Data(text.utf8))
    }

    private static func plain(_ text: String) -> [FlaggedIssue]? {
        let (open, middle, close) = (Array(#"{"issue":""#.utf8), Array(#"","since":""#.utf8), Array(#""}"#.utf8))
        let quote = UInt8(ascii: "\"")
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"), bytes.count >= 2 else { return nil }
        var rest = bytes[1..<(bytes.count - 1)]
        var issues: [FlaggedIssue] = []
        while !rest.isEmpty {
            guard rest.starts(with: open) else { return nil }
            rest = rest.dropFirst(open.count)
            guard let issueEnd = rest.firstIndex(of: quote) else { return nil }
            let issue = rest[..<issueEnd]
            guard !issue.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") }) else { return nil }
            rest = rest[issueEnd...]
            guard rest.starts(with: middle) else { return nil }
            rest = rest.dropFirst(middle.count)
            guard let dayEnd = rest.firstIndex(of: quote), let since = LocalDay(String(decoding: rest[..<dayEnd], as: UTF8.self))
            else { return nil }
            rest = rest[dayEnd...]
            guard rest.starts(with: close) else { return nil }
            rest = rest.dropFirst(close.count)
            issues.append(FlaggedIssue(issue: String(decoding: issue, as: UTF8.self), since: since))
            if rest.isEmpty { break }
            guard rest.first == UInt8(ascii: ","), rest.count > 1 else { return nil }
            rest = rest.dropFirst()
        }
        return issues
    }
}

extension SessionRecord: ColumnDecodable {
    static let selection = [
        "id", "day", "planned_routines", "started_at", "ended_at", "status", "pain_before", "pain_after", "effort",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection.map { Column($0) } }

    public init(row: Row) throws { try self.init(source: row) }

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(
            id: try columns.text(), day: try columns.day(), plannedRoutines: try columns.strings(),
            startedAt: try columns.instant(), endedAt: try columns.optionalInstant(), status: try columns.choice(),
            painBefore: try columns.optional(), painAfter: try columns.optional(), effort: try columns.optionalChoice())
    }
}

extension StepResult: ColumnDecodable {
    static let selection = [
        "id", "session_id", "routine_id", "step_index", "step_name", "side", "set_number", "planned_seconds", "done_seconds",
        "status", "started_at", "ended_at",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection.map { Column($0) } }

    public init(row: Row) throws { try self.init(source: row) }

    init(source: some ColumnSource) throws { try self.init(source: source, withID: true) }

    /// `withID` false leaves the id empty, unread: the review shows no step's id, and making a
    /// String of each (unique, 36 bytes) was a twentieth of reading a clinic's logs.
    init(source: some ColumnSource, withID: Bool) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(
            id: withID ? try columns.text() : columns.skipped(), sessionID: try columns.recurringText(), routineID: try columns.recurringText(),
            stepIndex: try columns.value(), stepName: try columns.recurringText(), side: try columns.optionalChoice(), setNumber: try columns.value(),
            plannedSeconds: try columns.value(), doneSeconds: try columns.value(), status: try columns.choice(),
            startedAt: try columns.instant(), endedAt: try columns.instant())
    }
}

extension PlannedSet: ColumnDecodable {
    static let selection = [
        "session_id", "position", "routine_id", "step_index", "step_name", "side", "set_number", "planned_seconds",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection.map { Column($0) } }

    public init(row: Row) throws { try self.init(source: row) }

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(
            sessionID: try columns.recurringText(), position: try columns.value(), routineID: try columns.recurringText(),
            stepIndex: try columns.value(), stepName: try columns.recurringText(), side: try columns.optionalChoice(),
            setNumber: try columns.value(), plannedSeconds: try columns.value())
    }
}

extension SelfReport: ColumnDecodable {
    static let selection = ["id", "day", "recorded_at", "kind", "activity", "minutes", "pain", "symptom", "note"]
    public static var databaseSelection: [any SQLSelectable] { selection.map { Column($0) } }

    public init(row: Row) throws { try self.init(source: row) }

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(
            id: try columns.text(), day: try columns.day(), recordedAt: try columns.instant(), kind: try columns.choice(),
            activity: try columns.optionalChoice(), minutes: try columns.optional(), pain: try columns.optional(),
            symptom: try columns.optional(), note: try columns.optional())
    }
}

extension Profile: ColumnDecodable {
    /// By column, not through Codable: every start that plans reads the profile, and Codable's
    /// first use cost it a millisecond.
    public init(row: Row) throws { try self.init(source: row) }

    static let selection = [
        "id", "day", "name", "flagged_issues", "conditions", "weaker_side", "daily_minutes", "equipment", "rest_days",
        "updated_at", "voice",
    ]

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        let (id, day, name, flaggedIssues) = (try columns.text(), try columns.day(), try columns.optional(String.self), try columns.flaggedIssues())
        let (conditions, weakerSide, dailyMinutes) = (try columns.strings(), try columns.optionalChoice() as Side?, try columns.optional(Int.self))
        let (equipment, restDays, updatedAt) = (try columns.strings(), try columns.choices() as [Weekday], try columns.instant())
        // The voice column came last (v4), after updated_at; the initializer takes it before.
        self.init(
            id: id, day: day, name: name, flaggedIssues: flaggedIssues, conditions: conditions, weakerSide: weakerSide,
            dailyMinutes: dailyMinutes, equipment: equipment, restDays: restDays, voice: try columns.optional(), updatedAt: updatedAt)
    }
}

extension Screening: ColumnDecodable {
    public init(row: Row) throws { try self.init(source: row) }

    static let selection = ["id", "day", "recorded_at", "symptoms"]

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(id: try columns.text(), day: try columns.day(), recordedAt: try columns.instant(), symptoms: try columns.strings())
    }
}

extension Clearance: ColumnDecodable {
    public init(row: Row) throws { try self.init(source: row) }

    static let selection = ["id", "day", "recorded_at", "symptom", "cleared_by"]

    init(source: some ColumnSource) throws {
        var columns = RowColumns(source, names: Self.selection, table: Self.databaseTableName)
        self.init(
            id: try columns.text(), day: try columns.day(), recordedAt: try columns.instant(), symptom: try columns.text(),
            clearedBy: try columns.text())
    }
}
