import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("Contract: writing sessions")
struct SessionWriteContract {
    @Test("a played session keeps its plan, steps, pain and effort", arguments: StoreUnderTest.allCases)
    func fullSession(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let id = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel", "knee-rolls"], startedAt: Sample.morning)
            try store.setPainBefore(6, sessionID: id)
            try store.recordStep(Sample.step(of: id, 0, endingAt: Sample.at(40)))
            try store.recordStep(Sample.step(of: id, 1, routine: "knee-rolls", side: .left, endingAt: Sample.at(80)))
            try store.recordStep(Sample.step(of: id, 1, routine: "knee-rolls", side: .right, done: 12, status: .partial, endingAt: Sample.at(120)))
            try store.finishSession(id: id, status: .completed, endedAt: Sample.at(130), painAfter: 3, effort: .tooEasy)

            let logged = try #require(try store.sessions(from: "2024-05-01", through: "2024-05-01").first)
            #expect(logged.session.status == .completed)
            #expect(logged.session.plannedRoutines == ["cat-camel", "knee-rolls"])
            #expect(logged.session.painBefore == 6)
            #expect(logged.session.painAfter == 3)
            #expect(logged.session.effort == .tooEasy)
            #expect(logged.session.endedAt == Sample.at(130))
            #expect(logged.steps.map(\.side) == [nil, .left, .right])
            #expect(logged.steps.map(\.doneSeconds) == [30, 30, 12])
            #expect(logged.playedRoutines == ["cat-camel", "knee-rolls"])
        }
    }

    @Test("passing over the pain and effort questions leaves them empty", arguments: StoreUnderTest.allCases)
    func skippedQuestions(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let id = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            try store.setPainBefore(nil, sessionID: id)
            try store.finishSession(id: id, status: .partial, endedAt: Sample.at(10), painAfter: nil, effort: nil)

            let session = try #require(try store.sessions(from: "2024-05-01", through: "2024-05-01").first?.session)
            #expect(session.painBefore == nil && session.painAfter == nil && session.effort == nil)
            #expect(session.status == .partial)
        }
    }

    @Test("a session left in progress is marked interrupted at its last finished step, keeping its steps", arguments: StoreUnderTest.allCases)
    func interrupted(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let killed = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            try store.recordStep(Sample.step(of: killed, 0, endingAt: Sample.at(35)))
            try store.recordStep(Sample.step(of: killed, 1, endingAt: Sample.at(70)))
            let finished = try store.beginSession(day: "2024-05-02", plannedRoutines: ["cat-camel"], startedAt: Sample.at(86_400))
            try store.finishSession(id: finished, status: .completed, endedAt: Sample.at(86_500), painAfter: nil, effort: nil)

            let interrupted = try store.interruptUnfinishedSessions()
            #expect(interrupted.map(\.id) == [killed])
            #expect(interrupted.first?.status == .interrupted)
            #expect(interrupted.first?.endedAt == Sample.at(70))
            #expect(try store.interruptUnfinishedSessions().isEmpty)

            let sessions = try store.sessions(from: "2024-05-01", through: "2024-05-02")
            #expect(sessions.map(\.session.status) == [.completed, .interrupted])
            #expect(sessions.last?.steps.count == 2)
        }
    }

    @Test("a session interrupted before any step ends when it started", arguments: StoreUnderTest.allCases)
    func interruptedBeforeAnyStep(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            _ = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            #expect(try store.interruptUnfinishedSessions().first?.endedAt == Sample.morning)
        }
    }

    @Test("sessions come newest first and only from the days asked for", arguments: StoreUnderTest.allCases)
    func range(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            for day in 1...5 {
                _ = try store.beginSession(
                    day: LocalDay("2024-05-01").adding(days: day - 1), plannedRoutines: [], startedAt: Sample.at(Double(day) * 86_400))
            }
            let days = try store.sessions(from: "2024-05-02", through: "2024-05-04").map(\.session.day)
            #expect(days == ["2024-05-04", "2024-05-03", "2024-05-02"])
        }
    }

    @Test("played days and session records agree with the full sessions; a session with only skipped steps plays nothing",
          arguments: StoreUnderTest.allCases)
    func playedDays(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            for (offset, status) in [(0, StepStatus.done), (1, .skipped), (2, .partial), (2, .done), (4, .done)] {
                let day = LocalDay("2024-05-01").adding(days: offset)
                let start = Sample.at(Double(offset) * 86_400)
                let id = try store.beginSession(day: day, plannedRoutines: ["cat-camel"], startedAt: start)
                try store.recordStep(Sample.step(of: id, 0, done: status == .skipped ? 0 : 30, status: status, endingAt: start + 30))
            }
            _ = try store.beginSession(day: "2024-05-04", plannedRoutines: [], startedAt: Sample.at(3 * 86_400))
            let sessions = try store.sessions(from: "2024-05-01", through: "2024-05-05")
            #expect(try store.playedDays(from: "2024-05-01", through: "2024-05-05") == ["2024-05-05", "2024-05-03", "2024-05-01"])
            #expect(try store.playedDays(from: "2024-05-02", through: "2024-05-04") == ["2024-05-03"])
            #expect(try store.sessionRecords(from: "2024-05-01", through: "2024-05-05") == sessions.map(\.session))
            #expect(try Streak.current(on: "2024-05-05", in: store) == 1 && Streak.current(on: "2024-05-04", in: store) == 1)
        }
    }

    @Test("a streak longer than the first stretch of log read is counted whole, as from the sessions",
          arguments: StoreUnderTest.allCases)
    func longStreak(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            for offset in 0..<100 where offset != 20 {
                let start = Sample.at(Double(offset) * 86_400)
                let id = try store.beginSession(day: LocalDay("2024-05-01").adding(days: offset), plannedRoutines: [], startedAt: start)
                try store.recordStep(Sample.step(of: id, 0, endingAt: start + 30))
            }
            // 2024-05-21 has no session: the streak runs from 05-22 to 08-08, the 100th day.
            let active = Streak.activeDays(try store.sessions(from: "2024-01-01", through: "2024-12-31"))
            for day: LocalDay in ["2024-08-08", "2024-08-09", "2024-08-10", "2024-05-21", "2024-05-20"] {
                #expect(try Streak.current(on: day, in: store) == Streak.current(on: day, active: active), "\(day)")
            }
            #expect(try Streak.current(on: "2024-08-09", in: store) == 79)
        }
    }

    @Test("pain outside 0 to 10 is refused and nothing changes", arguments: StoreUnderTest.allCases)
    func painOutOfRange(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let id = try store.beginSession(day: "2024-05-01", plannedRoutines: [], startedAt: Sample.morning)
            #expect(throws: LogStoreError.invalidRecord("pain_before 11 is not between 0 and 10")) {
                try store.setPainBefore(11, sessionID: id)
            }
            #expect(throws: LogStoreError.self) {
                try store.finishSession(id: id, status: .completed, endedAt: Sample.at(5), painAfter: -1, effort: nil)
            }
            let session = try #require(try store.sessions(from: "2024-05-01", through: "2024-05-01").first?.session)
            #expect(session.painBefore == nil)
            #expect(session.status == .inProgress)
        }
    }

    @Test("a step for a session that does not exist is refused", arguments: StoreUnderTest.allCases)
    func stepOfUnknownSession(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            #expect(throws: LogStoreError.unknownSession(id: "nope")) {
                try store.recordStep(Sample.step(of: "nope", 0, endingAt: Sample.morning))
            }
            #expect(throws: LogStoreError.unknownSession(id: "nope")) {
                try store.finishSession(id: "nope", status: .completed, endedAt: Sample.morning, painAfter: nil, effort: nil)
            }
        }
    }
}
