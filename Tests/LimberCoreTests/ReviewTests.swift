import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// Every figure of the review against values worked out by hand from ReviewFixture's table.
@Suite("The clinician's review")
struct ReviewTests {
    let review = ReviewFixture.review()

    @Test("planned, completed, partial, missed and extra: Sundays off, a session across midnight on its first day, an interrupted one partial")
    func overall() {
        // Planned: Mon-Sat 02-02..02-07 (6) and Mon-Tue 02-09..02-10 (2).
        #expect(review.adherence == Adherence(planned: 8, completed: 3, partial: 2, missed: 3))
        #expect(review.adherence.rate == 3.0 / 8.0)
        #expect(review.extraSessions == 1, "Sunday's session is extra, not planned")
        #expect(review.countedFrom == "2026-02-02")
        #expect(review.patient == "Sam Lee")
        #expect(review.lastSession == PatientReview.LastSession(date: "2026-02-09", status: .interrupted))
    }

    @Test("per week, Monday to Sunday")
    func weeks() {
        #expect(review.weeks.map(\.week) == ["2026-02-02", "2026-02-09"])
        #expect(review.weeks[0].adherence == Adherence(planned: 6, completed: 3, partial: 1, missed: 2))
        #expect(review.weeks[1].adherence == Adherence(planned: 2, completed: 0, partial: 1, missed: 1))
    }

    @Test("the streak ends on the last day, or the day before when the last day has no session")
    func streak() {
        // 02-10 has none; 02-09 and 02-08 have one; 02-07 has none.
        #expect(review.currentStreak == 2)
        #expect(ReviewFixture.review(to: "2026-02-06").currentStreak == 3, "02-04 (played in part), 02-05 and 02-06; 02-03 has none")
    }

    @Test("per routine: a replayed set counts once at its better take; sets never reached count as planned, not done")
    func routines() {
        let a = RoutineTotal(routine: "a", sessions: 6, setsPlanned: 12, setsDone: 10, plannedSeconds: 360, doneSeconds: 60 + 42 + 60 + 60 + 60 + 30)
        let b = RoutineTotal(routine: "b", sessions: 6, setsPlanned: 6, setsDone: 4, plannedSeconds: 360, doneSeconds: 240)
        #expect(review.routines == [a, b])
    }

    @Test("each session's exercises against its stored plan")
    func sessions() throws {
        #expect(review.sessions.map(\.date) == ["2026-02-02", "2026-02-04", "2026-02-05", "2026-02-06", "2026-02-08", "2026-02-09"])
        let partial = review.sessions[1]
        #expect(partial.status == .partial)
        #expect(partial.exercises.map(\.status) == [.partial, .notDone])
        #expect(partial.exercises.map(\.doneSeconds) == [42, 0])
        #expect(partial.exercises.map(\.plannedSeconds) == [60, 60])
        let replayed = review.sessions[2]
        #expect(replayed.exercises.map(\.status) == [.done, .done])
        #expect(replayed.exercises[0].setsDone == 2 && replayed.exercises[0].doneSeconds == 60)
        #expect(replayed.steps.count == 4, "the CSV keeps both takes")
        let acrossMidnight = review.sessions[3]
        #expect(acrossMidnight.date == "2026-02-06" && acrossMidnight.steps.last!.endedAt > ReviewFixture.instant("2026-02-07T00:00:00.000Z"))
    }

    @Test("pain, stiffness, activity and cracks, dated; notes with control characters made visible")
    func reports() {
        #expect(review.pain == [PainPair(date: "2026-02-02", before: 4, after: 2), PainPair(date: "2026-02-04", before: 5, after: 3)])
        #expect(review.painReports.map(\.pain) == [3])
        #expect(review.stiffness.map(\.minutes) == [20])
        #expect(review.activityTotals == [ActivityTotal(kind: .walk, count: 2, minutes: 75), ActivityTotal(kind: .swim, count: 1, minutes: 20)])
        #expect(review.cracks.map(\.date) == ["2026-02-03", "2026-02-04", "2026-02-05"])
        #expect(review.cracks[0].note == "twisted \\u{1B}[31m")
    }

    @Test("an alert is listed from the day it is raised, and closed once it no longer stands")
    func assessmentAlert() throws {
        let alert = try #require(review.alerts.first)
        #expect(review.alerts.count == 1)
        #expect(alert.kind == "assessment-advised" && alert.pattern == "repeated-self-cracking" && alert.date == "2026-02-05")
        #expect(alert.message.hasSuffix("Book an assessment."))
        #expect(!alert.open, "on 02-10 the last 7 days hold two cracks")
        #expect(ReviewFixture.review(to: "2026-02-09").alerts.first?.open == true)
    }

    @Test("a red flag's days are not planned until its clearance; the alert says who cleared it")
    func redFlag() throws {
        var log = ReviewFixture.contents
        log.selfReports.append(SelfReport.symptom("saddle-numbness", at: ReviewFixture.instant("2026-02-03T10:00:00.000Z"), in: TimeZone(identifier: "UTC")!))
        log.clearances.append(Clearance(day: "2026-02-05", recordedAt: ReviewFixture.instant("2026-02-05T08:00:00.000Z"), symptom: "saddle-numbness", clearedBy: "Dr Lee, GP"))
        let review = ReviewFixture.review(log)
        // 02-03 (missed) and 02-04 (partial) are no longer planned; 02-04's session is extra.
        #expect(review.adherence == Adherence(planned: 6, completed: 3, partial: 1, missed: 2))
        #expect(review.extraSessions == 2)
        let flag = try #require(review.alerts.first { $0.kind == "red-flag" })
        #expect(flag.date == "2026-02-03" && !flag.open && flag.clearedOn == "2026-02-05" && flag.clearedBy == "Dr Lee, GP")
        #expect(review.clearances == [ReviewClearance(date: "2026-02-05", symptom: "saddle-numbness", clearedBy: "Dr Lee, GP")])

        var uncleared = ReviewFixture.contents
        uncleared.selfReports.append(SelfReport.symptom("saddle-numbness", at: ReviewFixture.instant("2026-02-09T10:00:00.000Z"), in: TimeZone(identifier: "UTC")!))
        let open = ReviewFixture.review(uncleared)
        #expect(open.openRedFlags == 1 && open.adherence.planned == 6)
        #expect(ClinicSummary(open).attention.first == "red flag not cleared")
    }

    @Test("counting starts on the first day in the log, and today counts only once a session is played")
    func countedDays() {
        let late = ReviewFixture.review(from: "2026-01-01")
        #expect(late.countedFrom == "2026-02-01" && late.adherence.planned == 8 + 0, "02-01 is a Sunday, a rest day")
        #expect(ReviewFixture.review(today: "2026-02-10").adherence.planned == 7, "today, with no session yet, is not missed")
        #expect(ReviewFixture.review(today: "2026-02-09").adherence == Adherence(planned: 7, completed: 3, partial: 2, missed: 2),
                "today with a session counts; days after today do not")
        let empty = ReviewFixture.review(LogContents())
        #expect(empty.adherence.planned == 0 && empty.adherence.rate == nil && empty.countedFrom == nil && empty.patient == "home")
    }

    @Test("the prescription in force over the period: the one on the first day, then each change")
    func prescription() {
        var log = ReviewFixture.contents
        log.profileChanges.append(Profile(day: "2026-02-05", name: "Sam Lee", dailyMinutes: 20, restDays: [.sat, .sun], updatedAt: ReviewFixture.instant("2026-02-05T08:00:00.000Z")))
        log.profileChanges.append(Profile(day: "2026-02-20", name: "Sam Lee", dailyMinutes: 25, updatedAt: ReviewFixture.instant("2026-02-20T08:00:00.000Z")))
        let review = ReviewFixture.review(log)
        #expect(review.prescription.map(\.from) == ["2026-02-01", "2026-02-05"])
        #expect(review.prescription.map(\.minutes) == [15, 20])
        // Saturday 02-07 became a rest day: planned 7, and it is no longer missed.
        #expect(review.adherence == Adherence(planned: 7, completed: 3, partial: 2, missed: 2))
    }

    @Test("the clinic summary puts the patients needing attention first")
    func summaryOrder() {
        var good = ReviewFixture.contents
        good.profileChanges[0].name = "Ann Good"
        for day in ["2026-02-03", "2026-02-07", "2026-02-10"] {
            ReviewFixture.add(&good, at: "\(day)T09:00:00.000Z", .completed, [("a", 1, 30, 30, .done), ("a", 2, 30, 30, .done), ("b", 1, 60, 60, .done)])
        }
        var flagged = ReviewFixture.contents
        flagged.profileChanges[0].name = "Zed Flag"
        flagged.selfReports.append(SelfReport.symptom("saddle-numbness", at: ReviewFixture.instant("2026-02-09T10:00:00.000Z"), in: TimeZone(identifier: "UTC")!))
        let reviews = [ReviewFixture.review(good), ReviewFixture.review(), ReviewFixture.review(flagged)]
        #expect(ClinicSummary.ordered(reviews).map(\.patient) == ["Zed Flag", "Sam Lee", "Ann Good"])
        #expect(ClinicSummary(reviews[0]).attention.isEmpty)
        #expect(ClinicSummary(reviews[1]).attention == ["adherence below 50%"])
    }

    @Test("day numbers agree with the calendar, across leap years and centuries")
    func dayNumbers() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1900-03-01", "2100-02-28", "0001-01-01", "9999-12-31"] {
            let day = LocalDay(text)!
            #expect(LocalDay(dayNumber: day.dayNumber) == day)
            #expect(day.adding(days: 1).dayNumber == day.dayNumber + 1)
        }
        #expect(LocalDay(stringLiteral: "1970-01-02").dayNumber == 1)
    }
}
