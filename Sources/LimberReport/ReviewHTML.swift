import Foundation
import LimberCore
import Mustache

/// `limber review --format html`: one self-contained page (ReviewHTMLTemplate) for the
/// records or the printer, with weekly adherence and pain before and after drawn as inline SVG.
/// The page is built as plain values here; the template lays them out and escapes them.
public enum ReviewHTML {
    public static func render(_ reviews: [PatientReview], generated: Date) throws -> String {
        let template = try MustacheTemplate(string: ReviewHTMLTemplate.text)
        let summary = reviews.count > 1 ? reviews.map(summaryLine) : []
        let page: [String: Any] = [
            "from": reviews.first?.from.text ?? "", "to": reviews.first?.to.text ?? "", "generated": LogTime.text(generated),
            "summary": block(summary),
            "patients": reviews.enumerated().map { index, review in patient(review, first: index == 0 && summary.isEmpty) },
        ]
        return template.render(page)
    }

    static func block(_ rows: [[String: Any]]) -> [String: Any] {
        ["shown": !rows.isEmpty, "rows": rows]
    }

    static func summaryLine(_ review: PatientReview) -> [String: Any] {
        let line = ClinicSummary(review)
        return [
            "patient": line.patient, "adherence": Adherence.percent(line.adherence), "streak": line.currentStreak,
            "last": line.lastSession.map { "\($0.date) \($0.status.rawValue)" } ?? "none", "alerts": line.openAlerts,
            "attention": line.attention.joined(separator: "; "),
        ]
    }

    static func patient(_ review: PatientReview, first: Bool) -> [String: Any] {
        let a = review.adherence
        var values: [String: Any] = [
            "first": first, "patient": review.patient, "source": review.source,
            "period": "\(review.from) to \(review.to)"
                + (review.countedFrom.map { $0 == review.from ? "" : "; counted from \($0), the first day in the log" } ?? "; nothing logged by then")
                + ".",
            "adherence": Adherence.percent(a.rate), "planned": a.planned, "completed": a.completed, "partial": a.partial,
            "missed": a.missed, "extra": review.extraSessions, "streak": review.currentStreak,
            "last": review.lastSession.map { "\($0.date) (\($0.status.rawValue))" } ?? "none", "cracks": review.cracks.count,
            "alerts": review.alerts.map { alert -> [String: Any] in
                var state = alert.open ? "open" : "no longer standing"
                if let cleared = alert.clearedOn { state = "cleared \(cleared) by \(alert.clearedBy ?? "")" }
                return ["date": alert.date.text, "kind": alert.kind, "open": alert.open, "state": state, "message": alert.message]
            },
            "weeks": block(review.weeks.map { week in
                let w = week.adherence
                return [
                    "week": week.week.text, "planned": w.planned, "completed": w.completed, "partial": w.partial,
                    "missed": w.missed, "adherence": Adherence.percent(w.rate),
                ]
            }),
            "routines": block(review.routines.map { routine in
                [
                    "routine": routine.routine, "sessions": routine.sessions,
                    "sets": "\(routine.setsDone) of \(routine.setsPlanned)",
                    "seconds": "\(routine.doneSeconds) of \(routine.plannedSeconds)",
                    "share": Adherence.percent(routine.plannedSeconds == 0 ? nil : Double(routine.doneSeconds) / Double(routine.plannedSeconds)),
                ]
            }),
            "reports": block(reports(review)),
            "activities": block(review.activityTotals.map { ["kind": $0.kind.rawValue, "count": $0.count, "minutes": $0.minutes] }),
            "clearances": block(review.clearances.map { ["date": $0.date.text, "symptom": $0.symptom, "clearedBy": $0.clearedBy] }),
            "prescription": review.prescription.map { entry -> [String: Any] in
                func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
                return [
                    "from": entry.from.text, "issues": list(entry.issues), "conditions": list(entry.conditions),
                    "weakerSide": entry.weakerSide?.rawValue ?? "none", "minutes": entry.minutes,
                    "equipment": list(entry.equipment), "restDays": list(entry.restDays.map(\.rawValue)),
                ]
            },
            "sessions": block(review.sessions.map { session in
                [
                    "date": session.date.text, "status": session.status.rawValue,
                    "pain": session.painBefore == nil && session.painAfter == nil ? ""
                        : "\(session.painBefore.map(String.init) ?? "-") → \(session.painAfter.map(String.init) ?? "-")",
                    "exercises": session.exercises.map {
                        "\($0.routine) \($0.setsDone)/\($0.setsPlanned) (\($0.doneSeconds)/\($0.plannedSeconds) s)"
                    }.joined(separator: ", "),
                ]
            }),
        ]
        values["adherenceChart"] = SVGChart.adherence(review.weeks)
        values["painChart"] = SVGChart.pain(review.pain, from: review.from, to: review.to)
        return values
    }

    /// Pain logged on its own, stiffness, activities, cracks, flare-ups and sharp pain, by date.
    static func reports(_ review: PatientReview) -> [[String: Any]] {
        var rows: [(LocalDay, String, String)] = []
        rows += review.painReports.map { ($0.date, "pain \($0.pain ?? 0)/10", $0.note ?? "") }
        rows += review.stiffness.map { ($0.date, "morning stiffness \($0.minutes) min", $0.note ?? "") }
        rows += review.activities.map { ($0.date, "\($0.kind?.rawValue ?? "activity") \($0.minutes) min", $0.note ?? "") }
        rows += review.cracks.map { ($0.date, "back crack", $0.note ?? "") }
        rows += review.otherReports.map { ($0.date, $0.kind.rawValue, $0.note ?? "") }
        return rows.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map { ["date": $0.element.0.text, "what": $0.element.1, "note": $0.element.2] }
    }
}
