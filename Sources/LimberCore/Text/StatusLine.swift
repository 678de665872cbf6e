/// `limber status`: one short line for a tmux status bar or a shell prompt, about today.
public struct StatusLine: Sendable, Equatable {
    public var day: LocalDay
    /// Today's kind of session (`stop`: a red flag means no exercise).
    public var kind: DayPlan.Kind
    /// Today's minutes, as `today` plans them (0 on a stop).
    public var minutes: Int
    /// A session was completed today.
    public var done: Bool
    /// `Streak.current`: the streak ending today, or yesterday's while today has none yet.
    public var streak: Int

    public var stop: Bool { kind == .stop }

    public init(day: LocalDay, kind: DayPlan.Kind, minutes: Int, done: Bool, streak: Int) {
        self.day = day
        self.kind = kind
        self.minutes = minutes
        self.done = done
        self.streak = streak
    }

    /// The line with no `--format`: the stop first, then done, then the day's minutes; the
    /// streak while there is one. `ascii` for a locale without UTF-8 (`LANG=C`).
    public func text(ascii: Bool) -> String {
        let glyphs = StatusGlyphs(ascii: ascii)
        let streakPart = streak > 0 ? " \(glyphs.separator) streak \(streak)" : ""
        if stop { return "Limber: no exercise \(glyphs.dash) see 'limber today'" }
        if done { return "Limber: done today \(glyphs.done)\(streakPart)" }
        let today = switch kind {
        case .rest: "rest day, \(minutes) min"
        case .gentle: "\(minutes) min today (gentle)"
        default: "\(minutes) min today"
        }
        return "Limber: \(today)\(streakPart)"
    }

    /// The line in a `--format` of the user's own, its control characters made visible.
    public func text(_ format: StatusFormat, ascii: Bool) -> String {
        let glyphs = StatusGlyphs(ascii: ascii)
        return VisibleText.of(format.pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .minutes: String(minutes)
            case .streak: String(streak)
            case .done: done ? glyphs.done : ""
            case .kind: kind.rawValue
            case .line: text(ascii: ascii)
            }
        }.joined())
    }
}

/// The marks of a status line, in Unicode or, under a locale without UTF-8, in ASCII.
struct StatusGlyphs {
    var done: String
    var separator: String
    var dash: String

    init(ascii: Bool) {
        (done, separator, dash) = ascii ? ("[x]", "-", "-") : ("✓", "·", "—")
    }
}

/// A `status --format`: text with placeholders, checked once, before anything is read.
public struct StatusFormat: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case text(String), minutes, streak, done, kind, line
    }

    public var pieces: [Piece]

    /// Each placeholder, what it stands for (for help and messages).
    public static let placeholders: [(code: Character, meaning: String)] = [
        ("m", "today's minutes (0 on a stop)"), ("s", "the streak"), ("d", "a check mark once a session is done today, else nothing"),
        ("k", "today's kind: regular, rest, comeback, gentle or stop"), ("t", "the line status prints without --format"),
        ("%", "a percent sign"),
    ]

    /// Throws a message naming the first unknown placeholder, or a lone `%` at the end.
    public init(_ format: String) throws(StatusFormatError) {
        pieces = []
        var literal = ""
        var characters = format.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                literal.append(character)
                continue
            }
            guard let code = characters.next() else { throw StatusFormatError(found: "%") }
            let piece: Piece? = switch code {
            case "m": .minutes
            case "s": .streak
            case "d": .done
            case "k": .kind
            case "t": .line
            case "%": nil
            default: throw StatusFormatError(found: "%" + String(code))
            }
            guard let piece else {
                literal.append("%")
                continue
            }
            if !literal.isEmpty { pieces.append(.text(literal)) }
            literal = ""
            pieces.append(piece)
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
    }
}

/// A `--format` with a placeholder `status` does not know.
public struct StatusFormatError: Error, CustomStringConvertible {
    public var found: String

    public var description: String {
        let known = StatusFormat.placeholders.map { "%\($0.code): \($0.meaning)" }.joined(separator: "; ")
        let what = found == "%" ? "a lone '%' at its end" : "the unknown placeholder '\(VisibleText.of(found))'"
        return "--format has \(what). Placeholders: \(known)."
    }
}

extension StatusLine {
    /// Today's line from the log, by the scheduler's own rules for the day's kind and minutes
    /// (`DayFrame`, over the same stretch of log `today` reads), without the routines: it is
    /// called every few seconds. `safety` is asked for only when a symptom was reported, the
    /// one case where the red-flag stop needs to know which symptoms are red flags.
    public static func read(_ log: any DayLogReader, on day: LocalDay, safety: () throws -> SafetyCatalog) throws -> StatusLine {
        let first = day.adding(days: -Scheduler.daysOfLogRead)
        let profile = try log.profileHistory().on(day) ?? Scheduler.unflagged(day)
        // Of the sessions before today, the gentle rule looks only at the last: a week of them
        // almost always holds it, and the 120 days are read only when it does not.
        var sessions = try log.sessionRecords(from: day.adding(days: -7), through: day)
        if !sessions.contains(where: { $0.day < day }) {
            sessions = try log.sessionRecords(from: first, through: day)
        }
        let reports = try log.selfReports(from: first, through: day)
        // A red flag stands until cleared, however long ago it was reported (as `today` finds it).
        let symptoms = try log.symptomReports(through: day)
        let screenings = try log.screenings(from: first.adding(days: -LogLimits.historyDays), through: day)
        var stop: SafetyStop?
        if !symptoms.isEmpty || screenings.contains(where: { !$0.symptoms.isEmpty }) {
            stop = SafetyStop.on(
                day, reports: symptoms, screenings: screenings,
                clearances: try log.clearances(from: first.adding(days: -LogLimits.historyDays), through: day), safety: try safety())
        }
        let frame = DayFrame(
            day, profile: profile, stop: stop, gentle: GentleDay.reason(on: day, sessions: sessions, reports: reports),
            lastPlayed: try log.playedDays(from: first, through: day.adding(days: -1)).first)
        return StatusLine(
            day: day, kind: frame.kind, minutes: frame.minutes,
            done: sessions.contains { $0.day == day && $0.status == .completed },
            streak: try Streak.current(on: day, in: log))
    }
}
