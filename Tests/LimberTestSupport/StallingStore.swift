import Foundation
import LimberCore

/// A log that stops answering while its gate is closed, as a file locked by another program
/// does: every write waits at the gate, then goes to the log inside.
public final class StallingStore: LogStore, @unchecked Sendable {
    public let inner: any LogStore
    private let gate = NSCondition()
    private var isOpen = true
    /// Writes still to pass before the gate closes by itself.
    private var passesBeforeClosing: Int?

    public init(_ inner: any LogStore) {
        self.inner = inner
    }

    /// Closes the gate once `count` more writes have passed (0: at once).
    public func close(afterPassing count: Int = 0) {
        gate.lock()
        if count == 0 { isOpen = false } else { passesBeforeClosing = count }
        gate.unlock()
    }

    public func open() {
        gate.lock()
        isOpen = true
        gate.broadcast()
        gate.unlock()
    }

    private func pass() {
        gate.lock()
        while !isOpen { gate.wait() }
        if let count = passesBeforeClosing {
            passesBeforeClosing = count > 1 ? count - 1 : nil
            if count == 1 { isOpen = false }
        }
        gate.unlock()
    }

    public var location: String { "(stalling) \(inner.location)" }
    public func sessions(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LoggedSession] {
        try inner.sessions(from: firstDay, through: lastDay)
    }
    public func selfReports(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SelfReport] {
        try inner.selfReports(from: firstDay, through: lastDay)
    }
    public func screenings(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Screening] {
        try inner.screenings(from: firstDay, through: lastDay)
    }
    public func clearances(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Clearance] {
        try inner.clearances(from: firstDay, through: lastDay)
    }
    public func profileHistory() throws -> ProfileHistory { try inner.profileHistory() }
    public func contents() throws -> LogContents { try inner.contents() }

    public func begin(_ session: SessionRecord, plan: SessionPlan?) throws {
        pass()
        try inner.begin(session, plan: plan)
    }
    public func recordStep(_ step: StepResult) throws {
        pass()
        try inner.recordStep(step)
    }
    public func setPainBefore(_ pain: Int?, sessionID: String) throws {
        pass()
        try inner.setPainBefore(pain, sessionID: sessionID)
    }
    public func finishSession(id: String, status: SessionStatus, endedAt: Date, painAfter: Int?, effort: Effort?) throws {
        pass()
        try inner.finishSession(id: id, status: status, endedAt: endedAt, painAfter: painAfter, effort: effort)
    }
    public func interruptUnfinishedSessions() throws -> [SessionRecord] {
        pass()
        return try inner.interruptUnfinishedSessions()
    }
    public func record(_ report: SelfReport) throws {
        pass()
        try inner.record(report)
    }
    public func record(_ screening: Screening) throws {
        pass()
        try inner.record(screening)
    }
    public func record(_ clearance: Clearance) throws {
        pass()
        try inner.record(clearance)
    }
    public func saveProfile(_ profile: Profile) throws {
        pass()
        try inner.saveProfile(profile)
    }
    public func merge(_ contents: LogContents) throws -> ImportSummary {
        pass()
        return try inner.merge(contents)
    }
}
