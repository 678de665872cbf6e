import LimberCore

/// The home screen, a pure function of what it shows and the terminal's size.
public enum HomeScreen {
    public static func render(_ view: HomeView, width: Int, height: Int, glyphs: Glyphs = .unicode) -> CellBuffer {
        if let small = PlayerScreen.tooSmall(width: width, height: height, glyphs: glyphs) { return small }
        let buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        let large = height >= 20 && width >= 60
        var layout = Layout(fitting: buffer)
        let inner = layout.inner
        let ellipsis = glyphs.ellipsis
        let streak = view.streak == 1 ? "Streak: 1 day" : "Streak: \(view.streak) days"
        let date = large ? longDate(view.plan.day) : shortDate(view.plan.day)
        layout.line(CharacterWidth.padded("Limber  " + date, to: inner - CharacterWidth.of(streak)) + streak, style: .bold)
        if large { layout.skip() }

        // Rows kept at the bottom: the calendar (with its blank line and heading) and the keys.
        let bottom = large ? 8 + 1 + 2 : 1 + 2
        // Below the date (and its blank line), above a blank line before the calendar.
        let room = height - bottom - (large ? 3 : 2)
        var body: [(String, CellBuffer.Style)] = []
        if let advice = view.stopAdvice {
            body.append(("No exercise today.", .warning))
            body += TextPage.wrapped(advice.split(separator: "\n").map(String.init), width: inner).map { ($0, .plain) }
        } else {
            body.append((heading(view), .bold))
            // On a small screen the reasons give way and the names take their room.
            let nameWidth = large ? min(30, inner / 3) : inner - 9
            for (index, pick) in view.plan.routines.enumerated() {
                let name = CharacterWidth.padded(TextLayout.truncate("\(index + 1). \(pick.routine.name)", width: nameWidth, ellipsis: ellipsis), to: nameWidth)
                let line = "  " + name + " " + CharacterWidth.padded(PlanText.minutes(pick.routine.seconds), to: 6)
                    + (large ? " " + pick.reason.text : "")
                body.append((TextLayout.truncate(line, width: inner, ellipsis: ellipsis), .plain))
            }
            for warning in view.plan.warnings {
                body += TextLayout.wrap("! " + warning.message, width: inner, maxLines: large ? 2 : 1, ellipsis: ellipsis)
                    .map { ($0, .warning) }
            }
        }
        // What does not fit gives way, with a line saying how to see it all.
        if body.count > room {
            body = Array(body.prefix(max(0, room - 1))) + [("… more: limber today", .dim)]
        }
        for (line, style) in body { layout.line(line, style: style) }

        if large {
            layout.moveTo(row: height - bottom)
            drawCalendar(view.calendar, &layout, glyphs: glyphs)
        } else {
            layout.moveTo(row: height - bottom)
            let calendar = view.calendar
            let done = calendar.dueDays == 0 ? "" : "  \(calendar.doneDays)/\(calendar.dueDays) days done"
            layout.line(TextLayout.truncate("12 weeks " + sparkline(calendar) + done, width: inner, ellipsis: ellipsis), style: .plain)
        }
        layout.moveTo(row: height - (large ? 2 : 1))
        let notice = view.notice.map { TextLayout.truncate($0, width: inner, ellipsis: ellipsis) }
        if large {
            layout.line(notice ?? "Enter start  h history  ? keys  q quit", style: notice == nil ? .dim : .accent)
            layout.line(TextLayout.truncate("Log: p pain  s stiffness  a activity  c crack  f flare", width: inner, ellipsis: ellipsis),
                        style: .dim)
        } else {
            layout.line(notice ?? "Enter start  ? keys  q quit", style: notice == nil ? .dim : .accent)
        }
        return layout.buffer
    }

    static func heading(_ view: HomeView) -> String {
        let plan = view.plan
        let minutes = "\(max(1, (plan.seconds + 59) / 60)) min"
        if view.doneToday { return "Today: done, well done. Another round: \(minutes)" }
        return switch plan.kind {
        case .rest: "Rest day: a short session, \(minutes)"
        case .comeback: "Welcome back: a shorter session, \(minutes)"
        case .gentle: "A gentle session today, \(minutes)"
        case .regular, .stop: "Today: \(minutes)"
        }
    }

    /// The calendar: a row a weekday, a column a week, oldest on the left, with its key.
    static func drawCalendar(_ calendar: AdherenceCalendar, _ layout: inout Layout, glyphs: Glyphs) {
        layout.line("Last 12 weeks: " + dueLine(calendar), style: .bold)
        let legend = ["\(symbol(.done)) done", "\(symbol(.partial)) partial", "\(symbol(.missed)) missed", "\(symbol(.rest)) rest day"]
        for (index, weekday) in Weekday.allCases.map({ $0.name.prefix(3) }).enumerated() {
            let cells = calendar.weeks.map { symbol($0[index]) }.joined(separator: " ")
            let key = index < legend.count ? "     " + legend[index] : ""
            layout.line(weekday + "  " + cells + key)
        }
    }

    static func symbol(_ mark: AdherenceCalendar.Mark) -> String {
        switch mark {
        case .done: "█"
        case .partial: "▒"
        case .missed: "·"
        case .rest: "○"
        case .upcoming, .notStarted: " "
        }
    }

    static func dueLine(_ calendar: AdherenceCalendar) -> String {
        calendar.dueDays == 0 ? "nothing due yet" : "\(calendar.doneDays) of \(calendar.dueDays) days done"
    }

    /// A week a character: the share of its due days done, from ▁ (none) to █ (all).
    static func sparkline(_ calendar: AdherenceCalendar) -> String {
        let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(calendar.weeks.map { week -> Character in
            let due = week.filter { [.done, .partial, .missed].contains($0) }.count
            guard due > 0 else { return " " }
            let share = Double(week.filter { $0 == .done }.count) / Double(due)
            return levels[Int((share * Double(levels.count - 1)).rounded())]
        })
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "Monday 2 March 2026".
    static func longDate(_ day: LocalDay) -> String {
        let parts = day.text.split(separator: "-").compactMap { Int($0) }
        return "\(Weekday(of: day).name) \(parts[2]) \(monthNames[parts[1] - 1]) \(parts[0])"
    }

    /// "Mon 2 Mar".
    static func shortDate(_ day: LocalDay) -> String {
        let parts = day.text.split(separator: "-").compactMap { Int($0) }
        return "\(Weekday(of: day).name.prefix(3)) \(parts[2]) \(monthNames[parts[1] - 1].prefix(3))"
    }
}
