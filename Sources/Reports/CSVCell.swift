/// A value in a CSV row. Text is written formula-safe; numbers the engine
/// computes are written as plain numbers so spreadsheets keep them numeric.
public enum CSVCell: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case number(Double)
    case empty

    public static func optionalText(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
    public static func optionalNumber(_ value: Double?) -> CSVCell { value.map(CSVCell.number) ?? .empty }
    public static func integer(_ value: Int) -> CSVCell { .integer(Int64(value)) }
}
