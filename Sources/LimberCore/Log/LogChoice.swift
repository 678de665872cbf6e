/// A value from a closed set of names in the log (a status, a side, a kind). Decoding an
/// unknown name says which names would do, so an import error can be fixed from its message.
public protocol LogChoice: RawRepresentable, CaseIterable, Codable where RawValue == String, AllCases == [Self] {}

extension LogChoice {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let value = Self(rawValue: name) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(name)' is not one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }
}
