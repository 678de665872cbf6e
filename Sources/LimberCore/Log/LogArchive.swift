import Foundation

/// The export format: JSON Lines, so a log of ten years stays easy to stream, diff and repair.
///
/// The first line is a header, `{"exported_at": ..., "format": "limber-log", "version": 3}`.
/// Each later line is one record with a `type`: `profile-change`, `session`, `planned-set`, `step`,
/// `self-report`, `screening` or `clearance` (version 1 had one `profile` instead of the changes,
/// and no planned sets, screenings or clearances),
/// and the record's fields in snake_case, instants as "2024-05-01T07:30:00.123Z".
/// Readers of version N accept files of version N and older.
public enum LogArchive {
    public static let format = "limber-log"
    /// 2 added the profile changes, planned sets, screenings and clearances; 3 the profile
    /// changes' `voice` (absent before, which is off).
    public static let version = 3

    public static func encode(_ contents: LogContents, exportedAt: Date) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(LogTime.text(date))
        }
        var lines = [try encoder.encode(Header(format: format, version: version, exportedAt: exportedAt))]
        let stepsBySession = Dictionary(groupingRuns: contents.steps, by: \.sessionID)
        let plannedBySession = Dictionary(groupingRuns: contents.plannedSets, by: \.sessionID)
        var records: [Line] = contents.profileChanges.map(Line.profileChange)
        for session in contents.sessions {
            records.append(.session(session))
            records += (plannedBySession[session.id] ?? []).map(Line.plannedSet)
            records += (stepsBySession[session.id] ?? []).map(Line.step)
        }
        records += contents.selfReports.map(Line.selfReport)
        records += contents.screenings.map(Line.screening)
        records += contents.clearances.map(Line.clearance)
        for record in records {
            // Export to standard output may reach a terminal: no DEL or C1 control raw.
            lines.append(VisibleText.escapingJSONControls(try encoder.encode(record)))
        }
        return Data(lines.joined(separator: Data("\n".utf8))) + Data("\n".utf8)
    }

    /// The records of an export. Throws `LogStoreError.badImportLine` naming the first bad line,
    /// or `newerExportFormat`, so that a caller imports all or nothing.
    public static func decode(_ data: Data, path: String) throws -> LogContents {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            guard let date = LogTime.date(try container.decode(String.self)) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not a time like 2024-05-01T07:30:00.000Z")
            }
            return date
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated().map { (number: $0 + 1, text: $1) }
            .filter { !$0.text.allSatisfy { [UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0) } }
        guard !lines.isEmpty else {
            throw LogStoreError.badImportLine(path: path, line: 1, reason: "the file is empty, not a Limber export")
        }
        try checkHeader(lines.removeFirst(), decoder: decoder, path: path)

        var contents = LogContents()
        var seen: [String: Int] = [:]
        var sessionLines: [(number: Int, sessionID: String, what: String)] = []
        var sawLegacyProfile = false
        for (number, text) in lines {
            func bad(_ reason: String) -> LogStoreError { .badImportLine(path: path, line: number, reason: reason) }
            let scan = JSONLineScan(text)
            if let problem = scan.problem { throw bad(problem) }
            let line: Line
            do {
                line = try decoder.decode(Line.self, from: text)
            } catch {
                throw bad(scan.numberProblem ?? describe(error))
            }
            if let problem = line.problem ?? line.importProblem { throw bad(problem) }
            if let id = line.id {
                if let first = seen[id] { throw bad("id \(id) was already used on line \(first)") }
                seen[id] = number
            }
            switch line {
            case let .legacyProfile(profile):
                if sawLegacyProfile { throw bad("a second profile; an export has at most one") }
                sawLegacyProfile = true
                contents.profileChanges.append(profile.change)
            case let .profileChange(change): contents.profileChanges.append(change)
            case let .session(session): contents.sessions.append(session)
            case let .plannedSet(set):
                contents.plannedSets.append(set)
                sessionLines.append((number, set.sessionID, "planned set"))
            case let .step(step):
                contents.steps.append(step)
                sessionLines.append((number, step.sessionID, "step"))
            case let .selfReport(report): contents.selfReports.append(report)
            case let .screening(screening): contents.screenings.append(screening)
            case let .clearance(clearance): contents.clearances.append(clearance)
            }
        }
        let sessionIDs = Set(contents.sessions.map(\.id))
        if let orphan = sessionLines.first(where: { !sessionIDs.contains($0.sessionID) }) {
            throw LogStoreError.badImportLine(
                path: path, line: orphan.number, reason: "\(orphan.what) of session \(orphan.sessionID), which is not in the file")
        }
        return contents
    }

    private static func checkHeader(_ line: (number: Int, text: Data), decoder: JSONDecoder, path: String) throws {
        let notExport = LogStoreError.badImportLine(
            path: path, line: line.number,
            reason: "not a Limber export: the first line must be a header with \"format\": \"\(format)\"")
        guard let header = try? decoder.decode(HeaderProbe.self, from: line.text), header.format == format else {
            throw notExport
        }
        if let problem = JSONLineScan(line.text).problem {
            throw LogStoreError.badImportLine(path: path, line: line.number, reason: problem)
        }
        guard let fileVersion = header.version, fileVersion >= 1 else {
            throw LogStoreError.badImportLine(path: path, line: line.number, reason: "the header has no valid \"version\"")
        }
        if fileVersion > version {
            throw LogStoreError.newerExportFormat(path: path, version: fileVersion, supported: version)
        }
    }

    /// A decoding error in words: which field, and what is wrong with it.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func field(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "missing field '\(field(context.codingPath + [key]))'"
        case let .valueNotFound(_, context):
            return "field '\(field(context.codingPath))' is null"
        case let .typeMismatch(type, context):
            return "field '\(field(context.codingPath))' should be \(kind(type))"
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case let .dataCorrupted(context):
            return "field '\(field(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// A Swift type as the export's reader would call it: never `Int`, but a whole number.
    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Int64.Type, is Int32.Type: "a whole number"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "a \(type)"
        }
    }

    private struct Header: Encodable {
        var format: String
        var version: Int
        var exportedAt: Date

        enum CodingKeys: String, CodingKey {
            case format, version
            case exportedAt = "exported_at"
        }
    }

    /// The header read leniently, so a wrong file gets a clear message rather than a field error.
    /// Reads what it can: a header whose version is not a whole number is still a header.
    private struct HeaderProbe: Decodable {
        var format: String?
        var version: Int?

        enum CodingKeys: String, CodingKey { case format, version }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try? container.decode(String.self, forKey: .format)
            version = try? container.decode(Int.self, forKey: .version)
        }
    }

    /// One record line: its `type` beside the record's own fields.
    private enum Line: Codable {
        /// Version 1's one profile.
        case legacyProfile(LegacyProfile)
        case profileChange(Profile)
        case session(SessionRecord)
        case plannedSet(PlannedSet)
        case step(StepResult)
        case selfReport(SelfReport)
        case screening(Screening)
        case clearance(Clearance)

        enum TypeKey: String, CodingKey { case type }

        struct UnknownType: Error, CustomStringConvertible {
            var type: String
            var description: String {
                "unknown type '\(type)' (expected profile-change, session, planned-set, step, self-report, screening, clearance or, from version 1, profile)"
            }
        }

        /// A field this version does not know: a typo in a hand-edited file would otherwise drop
        /// that value without a word (a newer Limber's fields come with a newer format version).
        struct UnknownField: Error, CustomStringConvertible {
            var name: String
            var type: String
            var known: [String]
            var description: String {
                "unknown field '\(name)' for a \(type) (expected \(known.joined(separator: ", ")))"
            }
        }

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
            let present = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            /// The record, once every field on the line is one of `keys`.
            func record<Record: Decodable, Keys: CodingKey & CaseIterable>(_: Record.Type, _: Keys.Type) throws -> Record {
                let known = ["type"] + Keys.allCases.map(\.stringValue)
                if let unknown = present.first(where: { !known.contains($0) }) {
                    throw UnknownField(name: unknown, type: type, known: known.sorted())
                }
                return try Record(from: decoder)
            }
            switch type {
            case "profile": self = .legacyProfile(try record(LegacyProfile.self, LegacyProfile.CodingKeys.self))
            case "profile-change": self = .profileChange(try record(Profile.self, Profile.CodingKeys.self))
            case "session": self = .session(try record(SessionRecord.self, SessionRecord.CodingKeys.self))
            case "planned-set": self = .plannedSet(try record(PlannedSet.self, PlannedSet.CodingKeys.self))
            case "step": self = .step(try record(StepResult.self, StepResult.CodingKeys.self))
            case "self-report": self = .selfReport(try record(SelfReport.self, SelfReport.CodingKeys.self))
            case "screening": self = .screening(try record(Screening.self, Screening.CodingKeys.self))
            case "clearance": self = .clearance(try record(Clearance.self, Clearance.CodingKeys.self))
            default: throw UnknownType(type: type)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: TypeKey.self)
            switch self {
            case let .legacyProfile(profile):
                try container.encode("profile", forKey: .type)
                try profile.encode(to: encoder)
            case let .profileChange(change):
                try container.encode("profile-change", forKey: .type)
                try change.encode(to: encoder)
            case let .session(session):
                try container.encode("session", forKey: .type)
                try session.encode(to: encoder)
            case let .plannedSet(set):
                try container.encode("planned-set", forKey: .type)
                try set.encode(to: encoder)
            case let .step(step):
                try container.encode("step", forKey: .type)
                try step.encode(to: encoder)
            case let .selfReport(report):
                try container.encode("self-report", forKey: .type)
                try report.encode(to: encoder)
            case let .screening(screening):
                try container.encode("screening", forKey: .type)
                try screening.encode(to: encoder)
            case let .clearance(clearance):
                try container.encode("clearance", forKey: .type)
                try clearance.encode(to: encoder)
            }
        }

        var id: String? {
            switch self {
            case .legacyProfile, .plannedSet: nil
            case let .profileChange(change): change.id
            case let .session(session): session.id
            case let .step(step): step.id
            case let .selfReport(report): report.id
            case let .screening(screening): screening.id
            case let .clearance(clearance): clearance.id
            }
        }

        /// What an import refuses that the log would keep (see ImportRules).
        var importProblem: String? {
            switch self {
            case let .legacyProfile(profile): ImportRules.problem(profile.change)
            case let .profileChange(change): ImportRules.problem(change)
            case let .session(session): ImportRules.problem(session)
            case let .plannedSet(set): ImportRules.problem(set)
            case let .step(step): ImportRules.problem(step)
            case let .selfReport(report): ImportRules.problem(report)
            case let .screening(screening): ImportRules.problem(screening)
            case let .clearance(clearance): ImportRules.problem(clearance)
            }
        }

        var problem: String? {
            switch self {
            case let .legacyProfile(profile): profile.change.problem
            case let .profileChange(change): change.problem
            case let .session(session): session.problem
            case let .plannedSet(set): set.problem
            case let .step(step): step.problem
            case let .selfReport(report): report.problem
            case let .screening(screening): screening.problem
            case let .clearance(clearance): clearance.problem
            }
        }
    }
}
