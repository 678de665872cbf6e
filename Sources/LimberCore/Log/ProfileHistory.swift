/// Every change to the prescription, oldest first: what held on a given day is the last change
/// made on or before it.
public struct ProfileHistory: Sendable, Equatable {
    public var changes: [Profile]

    /// Orders the changes by the day they hold from, then by when they were saved.
    public init(_ changes: [Profile]) {
        self.changes = changes.sorted { ($0.day, $0.updatedAt, $0.id) < ($1.day, $1.updatedAt, $1.id) }
    }

    public var current: Profile? { changes.last }

    /// The prescription as it stood on `day`, or nil before the first change.
    public func on(_ day: LocalDay) -> Profile? {
        changes.last { $0.day <= day }
    }
}
