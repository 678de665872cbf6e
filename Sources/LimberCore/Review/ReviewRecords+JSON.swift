import Foundation

// The review's dated records: a pain pair for every session, an activity every other day, each
// written straight as bytes (`DirectJSON`), each key in UTF-8 order. PrettyJSONTests hold these
// to the types' `Encodable` conformances.

extension PainPair: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.after, after)
        object.add(.before, before)
        object.add(.date, date)
    }
}

extension DatedMinutes: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.date, date)
        object.add(.kind, kind)
        object.add(.minutes, minutes)
        object.add(.note, note)
    }
}

extension DatedReport: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.date, date)
        object.add(.kind, kind)
        object.add(.note, note)
        object.add(.pain, pain)
    }
}
