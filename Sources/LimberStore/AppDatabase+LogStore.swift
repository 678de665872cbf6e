import Foundation
import GRDB
import LimberCore

extension AppDatabase: LogStore {
    public var location: String { path }

    public func begin(_ session: SessionRecord, plan: SessionPlan?) throws {
        let sets = plan?.plannedSets(sessionID: session.id) ?? []
        try Self.check(session.problem)
        for set in sets { try Self.check(set.problem) }
        try write { db in
            try session.insertPlainly(db)
            for set in sets { try set.insertPlainly(db) }
        }
    }

    public func recordStep(_ step: StepResult) throws {
        try Self.check(step.problem)
        try write { db in
            guard try SessionRecord.exists(db, key: step.sessionID) else {
                throw LogStoreError.unknownSession(id: step.sessionID)
            }
            try step.insert(db)
        }
    }

    public func setPainBefore(_ pain: Int?, sessionID: String) throws {
        try updateSession(id: sessionID) { $0.painBefore = pain }
    }

    public func finishSession(id: String, status: SessionStatus, endedAt: Date, painAfter: Int?, effort: Effort?) throws {
        try updateSession(id: id) { session in
            session.status = status
            session.endedAt = endedAt
            session.painAfter = painAfter
            session.effort = effort
        }
    }

    public func interruptUnfinishedSessions() throws -> [SessionRecord] {
        // Looked for without the write lock first: a log another program holds locked then holds
        // up a start (its first question) only when there is a session to mark. Before the log
        // is opened to write, on the connection it was looked at through (see LogConnection).
        let unfinishedSQL = "SELECT EXISTS (SELECT 1 FROM session WHERE status = '\(SessionStatus.inProgress.rawValue)')"
        let anyUnfinished: Bool?
        do {
            anyUnfinished = try connection.beforeOpening { try $0.holds(unfinishedSQL) }
        } catch {
            throw LogStoreError.translating(error, path: path)
        }
        guard try anyUnfinished ?? read({ try Bool.fetchOne($0, sql: unfinishedSQL) }) == true else { return [] }
        return try write { db in
            // In SQL, as `status`'s reads: every start runs it before the first frame, and the
            // query interface would look the table's columns up first.
            let unfinished = try SessionRecord.fetchAll(db, sql: """
                SELECT * FROM session WHERE status = ? ORDER BY started_at
                """, arguments: [SessionStatus.inProgress.rawValue])
            return try unfinished.map { session in
                var session = session
                // The crash time is unknown; the end of the last finished step is the honest bound.
                let lastStepEnd = try StepResult.filter(StepResult.Columns.sessionID == session.id)
                    .fetchAll(db).map(\.endedAt).max()
                session.status = .interrupted
                session.endedAt = lastStepEnd ?? session.startedAt
                try session.update(db)
                return session
            }
        }
    }

    public func record(_ report: SelfReport) throws {
        try Self.check(report.problem)
        try write { try report.insert($0) }
    }

    public func record(_ screening: Screening) throws {
        try Self.check(screening.problem)
        try write { try screening.insert($0) }
    }

    public func record(_ clearance: Clearance) throws {
        try Self.check(clearance.problem)
        try write { try clearance.insert($0) }
    }

    public func sessions(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LoggedSession] {
        try read { try DatabaseRecordQueries(db: $0).loggedSessions(from: firstDay, through: lastDay) }
    }

    // The reads `status` makes (every few seconds): their SQL is DayQuery's, shared with
    // `status`'s bare reader (RawLogRead).

    public func sessionRecords(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SessionRecord] {
        try fetchAll(.sessionRecords(from: firstDay, through: lastDay))
    }

    public func playedDays(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LocalDay] {
        try fetchAll(.playedDays(from: firstDay, through: lastDay))
    }

    public func selfReports(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SelfReport] {
        try fetchAll(.selfReports(from: firstDay, through: lastDay))
    }

    public func symptomReports(through lastDay: LocalDay) throws -> [SelfReport] {
        try fetchAll(.symptomReports(through: lastDay))
    }

    public func screenings(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Screening] {
        try fetchAll(.screenings(from: firstDay, through: lastDay))
    }

    public func clearances(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Clearance] {
        try fetchAll(.clearances(from: firstDay, through: lastDay))
    }

    public func profileHistory() throws -> ProfileHistory {
        try ProfileHistory(fetchAll(.profileChanges))
    }

    private func fetchAll<Record: FetchableRecord>(_ query: DayQuery) throws -> [Record] {
        try read { try Record.fetchAll($0, sql: query.sql, arguments: StatementArguments(query.arguments)) }
    }

    private func fetchAll<Value: DatabaseValueConvertible>(_ query: DayQuery) throws -> [Value] {
        try read { try Value.fetchAll($0, sql: query.sql, arguments: StatementArguments(query.arguments)) }
    }

    public func saveProfile(_ profile: Profile) throws {
        try Self.check(profile.problem)
        try write { try profile.insert($0) }
    }

    public func contents() throws -> LogContents {
        try read { try LogContents(reading: DatabaseRecordQueries(db: $0)) }
    }

    public func merge(_ contents: LogContents) throws -> ImportSummary {
        for problem in contents.sessions.map(\.problem) + contents.steps.map(\.problem)
            + contents.selfReports.map(\.problem) + contents.profileChanges.map(\.problem)
            + contents.plannedSets.map(\.problem) + contents.screenings.map(\.problem)
            + contents.clearances.map(\.problem) {
            try Self.check(problem)
        }
        return try write { db in
            var summary = ImportSummary()
            /// Inserts the records the log does not have yet (a set or step only into a session it
            /// has), counts the others, and returns how many were added.
            func insertNew<Record: PersistableRecord>(_ records: [Record], sessionID: ((Record) -> String)? = nil) throws -> Int {
                var added = 0
                for record in records {
                    if try record.exists(db) { summary.alreadyPresent += 1; continue }
                    if let id = sessionID?(record), try !SessionRecord.exists(db, key: id) {
                        throw LogStoreError.unknownSession(id: id)
                    }
                    try record.insert(db)
                    added += 1
                }
                return added
            }
            summary.sessionsAdded = try insertNew(contents.sessions)
            summary.stepsAdded = try insertNew(contents.steps, sessionID: \.sessionID)
            summary.selfReportsAdded = try insertNew(contents.selfReports)
            summary.plannedSetsAdded = try insertNew(contents.plannedSets, sessionID: \.sessionID)
            summary.profileChangesAdded = try insertNew(contents.profileChanges)
            summary.screeningsAdded = try insertNew(contents.screenings)
            summary.clearancesAdded = try insertNew(contents.clearances)
            return summary
        }
    }

    /// Changes one session in one transaction, refusing a change that would make it invalid.
    private func updateSession(id: String, _ change: (inout SessionRecord) -> Void) throws {
        try write { db in
            guard var session = try SessionRecord.fetchOne(db, key: id) else {
                throw LogStoreError.unknownSession(id: id)
            }
            change(&session)
            try Self.check(session.problem)
            try session.update(db)
        }
    }

    /// Inserts the records the log does not have yet and returns how many; counts the others
    /// (same id) in `alreadyPresent`.
    private static func check(_ problem: String?) throws {
        if let problem { throw LogStoreError.invalidRecord(problem) }
    }
}
