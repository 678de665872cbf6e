import Foundation

/// The reads that decide one day's line without its routines (`StatusLine.read`,
/// `Streak.current`): all `status` needs, so that it can be handed a log read more cheaply than
/// through everything `LogReader` offers.
public protocol DayLogReader: Sendable {
    /// Sessions whose day is in the range (both ends included), newest first, without their
    /// steps and sets: for rules that need only how each went (`status`, called every few
    /// seconds, reads no more than this).
    func sessionRecords(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SessionRecord]

    /// The days in the range with a session in which something was played (a step not
    /// skipped), newest first: what the streak and the first day back count.
    func playedDays(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LocalDay]

    /// Self-reports whose day is in the range (both ends included), newest first.
    func selfReports(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SelfReport]

    /// Every symptom reported (`log symptom`) on or before `lastDay`, newest first: a red flag
    /// stops sessions until it is cleared, however long ago it was reported.
    func symptomReports(through lastDay: LocalDay) throws -> [SelfReport]

    /// Screenings whose day is in the range (both ends included), newest first.
    func screenings(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Screening]

    /// Clearances of red flags whose day is in the range (both ends included), newest first.
    func clearances(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Clearance]

    /// Every change to the patient's profile, oldest first; empty before one was saved.
    func profileHistory() throws -> ProfileHistory
}

extension DayLogReader {
    /// The profile in force now, or nil before one was saved.
    public func profile() throws -> Profile? {
        try profileHistory().current
    }
}

/// The reads that plan a day (`Scheduler`): a day's, and the sessions before it with their
/// steps, so that `start` can plan from a log read as cheaply as `status` reads it.
public protocol PlanningLogReader: DayLogReader {
    /// Sessions whose day is in the range (both ends included), newest first, with their steps
    /// and the sets they set out to play.
    func sessions(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LoggedSession]
}

/// What reading the adherence log offers: history, export and the clinician's review use only
/// this, so they can be handed a log opened read-only. The player, the scheduler and the review
/// never see SQL, so a clinic's shared server database can be added later beside the local
/// SQLite file without touching them.
public protocol LogReader: PlanningLogReader {
    /// Where the log is, for messages: a file's path, or a server's name.
    var location: String { get }

    /// Everything in the log, for export.
    func contents() throws -> LogContents
}

/// Where the adherence log is written. Every write is its own transaction: when it returns, the
/// record is on disk. `Tests/LimberStoreTests/LogStoreContract.swift` is the behaviour every
/// implementation must show.
public protocol LogStore: LogReader {
    /// Writes `session`, new and in progress, with every set of `plan` when there is one.
    func begin(_ session: SessionRecord, plan: SessionPlan?) throws

    /// Writes one finished step (a set, on one side) of a session in progress.
    func recordStep(_ step: StepResult) throws

    /// Records the pain the patient rated before starting; nil when they passed over it.
    func setPainBefore(_ pain: Int?, sessionID: String) throws

    /// Ends a session.
    func finishSession(id: String, status: SessionStatus, endedAt: Date, painAfter: Int?, effort: Effort?) throws

    /// Marks every session still in progress as interrupted, ending it when its last step
    /// ended (or when it started, if no step finished), and returns them so the next start can
    /// tell the patient. Call it before beginning a session.
    func interruptUnfinishedSessions() throws -> [SessionRecord]

    func record(_ report: SelfReport) throws

    func record(_ screening: Screening) throws

    func record(_ clearance: Clearance) throws

    /// Adds a change to the profile's history.
    func saveProfile(_ profile: Profile) throws

    /// Adds what the log does not have yet, all in one transaction: records whose id is already
    /// present are left as they are (profile changes included: the history keeps them all).
    func merge(_ contents: LogContents) throws -> ImportSummary
}

extension LogReader {
    public func sessionRecords(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SessionRecord] {
        try sessions(from: firstDay, through: lastDay).map(\.session)
    }

    public func playedDays(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LocalDay] {
        Array(Set(try sessions(from: firstDay, through: lastDay).filter { !$0.playedRoutines.isEmpty }.map(\.session.day)))
            .sorted(by: >)
    }

    public func symptomReports(through lastDay: LocalDay) throws -> [SelfReport] {
        try selfReports(from: lastDay.adding(days: -LogLimits.historyDays), through: lastDay).filter { $0.kind == .symptom }
    }

    /// The whole log as JSON Lines (see `LogArchive`), a header first.
    public func exportJSONLines(exportedAt: Date) throws -> Data {
        try LogArchive.encode(contents(), exportedAt: exportedAt)
    }
}

extension LogStore {
    /// Begins a session that plays `plan`, keeping its sets, and returns its id.
    public func beginSession(day: LocalDay, plan: SessionPlan, startedAt: Date) throws -> String {
        let session = SessionRecord(beginning: plan, day: day, startedAt: startedAt)
        try begin(session, plan: plan)
        return session.id
    }

    /// Begins a session with no sets planned (imports and tests), and returns its id.
    public func beginSession(day: LocalDay, plannedRoutines: [String], startedAt: Date) throws -> String {
        let session = SessionRecord(day: day, plannedRoutines: plannedRoutines, startedAt: startedAt)
        try begin(session, plan: nil)
        return session.id
    }
}
