import Foundation

// The review's sessions, their exercises and their steps: nearly all of a review's JSON, written
// straight as bytes (`DirectJSON`), each key in UTF-8 order. PrettyJSONTests hold these to the
// types' `Encodable` conformances, which stay what other encoders write.

extension ReviewSession: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.date, date)
        object.add(.effort, effort)
        object.add(.endedAt, endedAt)
        object.add(.exercises, exercises)
        object.add(.id, id)
        object.add(.painAfter, painAfter)
        object.add(.painBefore, painBefore)
        object.add(.startedAt, startedAt)
        object.add(.status, status)
        object.add(.steps, steps)
    }
}

extension ReviewExercise: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.doneSeconds, doneSeconds)
        object.add(.plannedSeconds, plannedSeconds)
        object.add(.routine, routine)
        object.add(.setsDone, setsDone)
        object.add(.setsPlanned, setsPlanned)
        object.add(.status, status)
    }
}

extension ReviewStep: DirectJSON {
    func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) {
        object.add(.doneSeconds, doneSeconds)
        object.add(.endedAt, endedAt)
        object.add(.plannedSeconds, plannedSeconds)
        object.add(.routine, routine)
        object.add(.setNumber, setNumber)
        object.add(.side, side)
        object.add(.startedAt, startedAt)
        object.add(.status, status)
        object.add(.stepIndex, stepIndex)
        object.add(.stepName, stepName)
    }
}
