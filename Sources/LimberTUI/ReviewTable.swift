import LimberCore

/// `limber review --format table`: the review as text for a terminal 80 columns wide, weekly
/// adherence and pain drawn as sparklines. Drawn in Unicode; `Glyphs.drawable` turns it into
/// ASCII under a locale without UTF-8, as every screen is.
public enum ReviewTable {
    public static let width = 80
    /// The most weeks a sparkline shows (the latest ones).
    static let sparkWeeks = 52

    /// The clinic summary first when there are several patients, then each patient's review.
    public static func render(_ reviews: [PatientReview], glyphs: Glyphs) -> String {
        render(reviews, drawn: reviews.map { patient($0, glyphs: glyphs) }, glyphs: glyphs)
    }

    /// `render` of `reviews` whose parts are already drawn (`patient(_:glyphs:)`, in the same
    /// order): each patient's part depends on that patient alone, and can be drawn on its own core.
    public static func render(_ reviews: [PatientReview], drawn: [String], glyphs: Glyphs) -> String {
        var parts: [String] = []
        if reviews.count > 1 { parts.append(glyphs.drawable((summary(reviews) + [""]).joined(separator: "\n"))) }
        for (index, part) in drawn.enumerated() {
            if index > 0 { parts.append(String(repeating: "=", count: width) + "\n") }
            parts.append(part)
        }
        return parts.joined(separator: "\n") + "\n"
    }

    /// One patient's review, drawn (without the line break after its last line).
    public static func patient(_ review: PatientReview, glyphs: Glyphs) -> String {
        glyphs.drawable(patient(review).joined(separator: "\n"))
    }

    static func summary(_ reviews: [PatientReview]) -> [String] {
        var lines = [
            "Clinic summary: \(reviews.count) patients, \(reviews[0].from) to \(reviews[0].to), needing attention first",
            "",
            "  " + pad("patient", 24) + pad("adherence", 10, right: true) + pad("streak", 8, right: true)
                + "  " + pad("last session", 22) + pad("alerts", 7, right: true),
        ]
        for review in reviews {
            let line = ClinicSummary(review)
            let last = line.lastSession.map { "\($0.date) \($0.status.rawValue)" } ?? "none"
            lines.append(
                (line.attention.isEmpty ? "  " : "! ") + pad(TextLayout.truncate(line.patient, width: 23), 24)
                    + pad(Adherence.percent(line.adherence), 10, right: true) + pad(String(line.currentStreak), 8, right: true)
                    + "  " + pad(last, 22) + pad(String(line.openAlerts), 7, right: true))
            if !line.attention.isEmpty {
                lines += TextLayout.wrap("needs attention: " + line.attention.joined(separator: "; "), width: width - 4).map { "    " + $0 }
            }
        }
        return lines
    }

    static func patient(_ review: PatientReview) -> [String] {
        var lines = TextLayout.wrap("\(review.patient) (\(review.source))", width: width)
        let counted = review.countedFrom.map { $0 == review.from ? "" : ", counted from \($0), the first day in the log" } ?? ", nothing logged by then"
        lines.append("\(review.from) to \(review.to)\(counted)")
        lines.append("")
        let a = review.adherence
        lines.append("Sessions   planned \(a.planned), completed \(a.completed), partial \(a.partial), missed \(a.missed), extra \(review.extraSessions)")
        let last = review.lastSession.map { "\($0.date) (\($0.status.rawValue))" } ?? "none"
        lines.append("Adherence  \(Adherence.percent(a.rate))   streak \(review.currentStreak) \(review.currentStreak == 1 ? "day" : "days")   last session \(last)")
        let weeks = Array(review.weeks.suffix(sparkWeeks))
        if let firstWeek = weeks.first {
            let shown = weeks.count < review.weeks.count ? "the last \(weeks.count) weeks, from \(firstWeek.week)" : "weeks from \(firstWeek.week)"
            lines.append("Weekly     " + sparkline(weeks.map(\.adherence.rate), top: 1) + "  (\(shown))")
            let pain = weeklyPain(review, weeks: weeks.map(\.week))
            if pain.contains(where: { $0.before != nil || $0.after != nil }) {
                lines.append("Pain       before " + sparkline(pain.map(\.before), top: 10))
                lines.append("           after  " + sparkline(pain.map(\.after), top: 10) + "  (weekly average, 0-10)")
            }
        }

        lines += section("Weeks", review.weeks.isEmpty ? [] : [
            pad("week of", 12) + pad("planned", 9, right: true) + pad("completed", 11, right: true)
                + pad("partial", 9, right: true) + pad("missed", 8, right: true) + pad("adherence", 11, right: true),
        ] + review.weeks.map { week in
            let w = week.adherence
            return pad(week.week.text, 12) + pad(String(w.planned), 9, right: true) + pad(String(w.completed), 11, right: true)
                + pad(String(w.partial), 9, right: true) + pad(String(w.missed), 8, right: true) + pad(Adherence.percent(w.rate), 11, right: true)
        })
        lines += section("Routines: sets and seconds done of those planned", review.routines.map { routine in
            pad(TextLayout.truncate(routine.routine, width: 33), 34) + pad("\(routine.setsDone)/\(routine.setsPlanned) sets", 16, right: true)
                + pad("\(routine.doneSeconds)/\(routine.plannedSeconds) s", 18, right: true)
                + pad(Adherence.percent(routine.plannedSeconds == 0 ? nil : Double(routine.doneSeconds) / Double(routine.plannedSeconds)), 6, right: true)
        })
        lines += section("Pain before and after sessions", flow(review.pain.map { pair in
            "\(pair.date) \(pair.before.map(String.init) ?? "-")→\(pair.after.map(String.init) ?? "-")"
        }))
        lines += section("Pain logged outside sessions", flow(review.painReports.map { "\($0.date) \($0.pain ?? 0)/10" }))
        lines += section("Morning stiffness", flow(review.stiffness.map { "\($0.date) \($0.minutes) min" }))
        lines += section("Walks and other activity", review.activityTotals.map {
            "\($0.kind.rawValue): \($0.count) \($0.count == 1 ? "time" : "times"), \($0.minutes) min"
        })
        lines += section("Back cracks: \(review.cracks.count)", always: true, review.cracks.flatMap { crack in
            TextLayout.wrap(crack.date.text + (crack.note.map { ": " + $0 } ?? ""), width: width - 2)
        })
        lines += section("Flare-ups and sharp pain", review.otherReports.flatMap { report in
            TextLayout.wrap("\(report.date) \(report.kind.rawValue)" + (report.note.map { ": " + $0 } ?? ""), width: width - 2)
        })
        lines += section("Alerts", review.alerts.flatMap { alert in
            var state = alert.open ? "open" : "no longer standing"
            if let cleared = alert.clearedOn { state = "cleared \(cleared) by \(alert.clearedBy ?? "")" }
            return TextLayout.wrap("\(alert.date) \(alert.kind) \(alert.pattern) (\(state)): \(alert.message)", width: width - 2)
        })
        lines += section("Clearances", review.clearances.flatMap {
            TextLayout.wrap("\($0.date) \($0.symptom) cleared by \($0.clearedBy)", width: width - 2)
        })
        lines += section("Screenings", flow(review.screenings.map {
            "\($0.date) " + ($0.symptoms.isEmpty ? "none" : $0.symptoms.joined(separator: ","))
        }))
        lines += section("Prescription", review.prescription.flatMap { entry in
            TextLayout.wrap(
                "from \(entry.from): issues \(list(entry.issues)); conditions \(list(entry.conditions)); weaker side "
                    + "\(entry.weakerSide?.rawValue ?? "none"); \(entry.minutes) min a day; equipment \(list(entry.equipment)); "
                    + "rest days \(list(entry.restDays.map(\.rawValue)))", width: width - 2)
        })
        // Each session's lines as one text, indented as a section's: a String of each line, and
        // another of it indented, cost a 500-patient table more than writing them.
        if !review.sessions.isEmpty { lines += ["", "Sessions"] + review.sessions.concurrentMap(sessionLines) }
        return lines
    }

    /// A session's line wrapped to the section's width, each part indented, joined by line breaks.
    static func sessionLines(_ session: ReviewSession) -> String {
        var lines: [UInt8] = []
        lines.reserveCapacity(192)
        sessionLine(session).withUnsafeBufferPointer { TextLayout.appendWrapped($0, width: width - 2, indent: 2, to: &lines) }
        return String(decoding: lines.dropLast(), as: UTF8.self)
    }

    /// "2014-01-01 completed pain 0→0: cat-camel 2/2, knee-rolls 2/2", as UTF-8: written as
    /// bytes, where interpolating and joining made a String of every piece (a twentieth of a
    /// 500-patient table).
    static func sessionLine(_ session: ReviewSession) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(160)
        put(session.date.text, into: &line)
        put(" ", into: &line)
        put(session.status.rawValue, into: &line)
        if session.painBefore != nil || session.painAfter != nil {
            put(" pain ", into: &line)
            if let before = session.painBefore { put(before, into: &line) } else { put("-", into: &line) }
            put("→", into: &line)
            if let after = session.painAfter { put(after, into: &line) } else { put("-", into: &line) }
        }
        put(": ", into: &line)
        for (index, exercise) in session.exercises.enumerated() {
            if index > 0 { put(", ", into: &line) }
            put(exercise.routine, into: &line)
            put(" ", into: &line)
            put(exercise.setsDone, into: &line)
            put("/", into: &line)
            put(exercise.setsPlanned, into: &line)
        }
        return line
    }

    /// `text`'s UTF-8 added to `line`, copied as a buffer (one memcpy), not byte by byte through
    /// its UTF-8 view.
    private static func put(_ text: String, into line: inout [UInt8]) {
        var text = text
        text.withUTF8 { line.append(contentsOf: $0) }
    }

    /// `number` in decimal added to `line`: a count or a pain score, mostly one digit.
    private static func put(_ number: Int, into line: inout [UInt8]) {
        guard number >= 0, number < 10 else { return put(String(number), into: &line) }
        line.append(UInt8(ascii: "0") + UInt8(number))
    }

    /// A titled block, indented; nothing when there is nothing to show, unless `always`.
    static func section(_ title: String, always: Bool = false, _ body: [String]) -> [String] {
        body.isEmpty && !always ? [] : ["", title] + body.map { "  " + $0 }
    }

    /// Short items laid out across the width, as many to a line as fit.
    static func flow(_ items: [String]) -> [String] {
        var lines: [String] = []
        // The last line's cells while every scalar on it stands alone in one cell: then they add
        // up, and the line need not be measured again for each item (a review flows hundreds).
        var lastCells: Int?
        for item in items {
            let itemCells = CharacterWidth.standaloneCells(item)
            if let last = lines.last, (lastCells ?? CharacterWidth.of(last)) + 3 + (itemCells ?? CharacterWidth.of(item)) <= width - 2 {
                lines[lines.count - 1] += "   " + item
                lastCells = lastCells.flatMap { cells in itemCells.map { cells + 3 + $0 } }
            } else {
                lines.append(item)
                lastCells = itemCells
            }
        }
        return lines
    }

    /// One glyph per value, from ▁ (0) to █ (`top`); · where there is none.
    static func sparkline(_ values: [Double?], top: Double) -> String {
        let ramp = Array("▁▂▃▄▅▆▇█")
        return String(values.map { value in
            guard let value else { return "·" }
            return ramp[Int((min(max(value / top, 0), 1) * Double(ramp.count - 1)).rounded())]
        })
    }

    /// The average pain before and after the sessions of each week.
    static func weeklyPain(_ review: PatientReview, weeks: [LocalDay]) -> [(before: Double?, after: Double?)] {
        var byWeek: [Int: (before: [Int], after: [Int])] = [:]
        for pair in review.pain {
            let monday = pair.date.dayNumber - Weekday.allCases.firstIndex(of: Weekday(of: pair.date))!
            if let before = pair.before { byWeek[monday, default: ([], [])].before.append(before) }
            if let after = pair.after { byWeek[monday, default: ([], [])].after.append(after) }
        }
        func mean(_ values: [Int]?) -> Double? {
            guard let values, !values.isEmpty else { return nil }
            return Double(values.reduce(0, +)) / Double(values.count)
        }
        return weeks.map { (mean(byWeek[$0.dayNumber]?.before), mean(byWeek[$0.dayNumber]?.after)) }
    }

    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    static func pad(_ text: String, _ cells: Int, right: Bool = false) -> String {
        let room = String(repeating: " ", count: max(0, cells - CharacterWidth.of(text)))
        return right ? room + text : text + room
    }
}
