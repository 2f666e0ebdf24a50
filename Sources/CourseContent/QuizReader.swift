import CourseModel
import Yams

/// Reads and checks a lesson's `quiz.yaml`.
struct QuizReader {
    let file: String

    static let topLevelKeys: Set<String> = ["pass_mark", "scoring", "questions"]
    static let questionKeys: Set<String> = ["id", "kind", "prompt", "choices", "answer", "accepted", "explanation", "tags", "pattern", "partial_credit"]

    func read(_ text: String, into problems: inout ProblemList) -> Quiz? {
        let yaml = YAMLText(file: file, lineOffset: 0)
        guard let root = yaml.compose(text, into: &problems) else {
            if problems.isEmpty { problems.add(file, 1, 1, "the quiz is empty") }
            return nil
        }
        guard let fields = yaml.mapping(root, what: "the quiz", into: &problems) else { return nil }
        fields.rejectUnknownKeys(allowed: Self.topLevelKeys, &problems)

        let passMark = readPassMark(fields, &problems)
        var questions: [QuizQuestion] = []
        if let list = fields.value("questions") {
            if let sequence = list.sequence, !sequence.isEmpty {
                var firstLineOfID: [String: Int] = [:]
                for item in sequence {
                    guard let (question, place) = readQuestion(item, yaml: yaml, &problems) else { continue }
                    if let earlier = firstLineOfID[question.id] {
                        problems.add(file, place.line, place.column, "duplicate question id '\(question.id)' (first used on line \(earlier))")
                        continue
                    }
                    firstLineOfID[question.id] = question.line
                    questions.append(question)
                }
            } else {
                fields.wrongType("questions", "a non-empty list of questions", &problems)
            }
        } else {
            fields.missing("questions", &problems)
        }
        let scoring = readScoring(fields, &problems)
        guard let passMark, let scoring else { return nil }
        var quiz = Quiz(passMark: passMark, questions: questions)
        quiz.scoring = scoring
        return quiz
    }

    /// `scoring`: which finished attempt counts; `highest` when absent.
    private func readScoring(_ fields: MappingReader, _ problems: inout ProblemList) -> ScoringPolicy? {
        guard fields.has("scoring") else { return .highest }
        guard let text = fields.string("scoring", &problems) else { return nil }
        guard let policy = ScoringPolicy(rawValue: text) else {
            fields.wrongType("scoring", "one of highest, last, first, average", &problems)
            return nil
        }
        return policy
    }

    private func readPassMark(_ fields: MappingReader, _ problems: inout ProblemList) -> Int? {
        guard let text = fields.string("pass_mark", &problems) else { return nil }
        guard let value = Int(text), (0...100).contains(value) else {
            fields.wrongType("pass_mark", "a whole number from 0 to 100", &problems)
            return nil
        }
        return value
    }

    /// The question and the position of its id, or nil when it has problems.
    private func readQuestion(_ node: Node, yaml: YAMLText,
                              _ problems: inout ProblemList) -> (QuizQuestion, (line: Int, column: Int))? {
        guard let fields = yaml.mapping(node, what: "a question", into: &problems) else { return nil }
        fields.rejectUnknownKeys(allowed: Self.questionKeys, &problems)
        let line = fields.position.line

        let id = fields.string("id", &problems)
        if let id, !Identifier.isValid(id) {
            let place = fields.valuePosition("id")
            problems.add(file, place.line, place.column, "question id '\(id)' \(Identifier.rule)")
        }
        let prompt = fields.string("prompt", &problems)
        let explanation = fields.string("explanation", &problems)
        let tags = fields.strings("tags", required: false, &problems) ?? []

        var kind: QuestionKind?
        if let name = fields.string("kind", &problems) {
            kind = QuestionKind(rawValue: name)
            if kind == nil {
                let place = fields.valuePosition("kind")
                problems.add(file, place.line, place.column, "unknown kind '\(name)' (expected single, multiple, short or blank)")
            }
        }
        guard let kind else { return nil }

        let usesChoices = kind == .single || kind == .multiple
        if !usesChoices && fields.has("choices") {
            let place = fields.keyPosition("choices")
            problems.add(file, place.line, place.column, "field 'choices' is only for single and multiple questions")
        }
        if usesChoices && fields.has("accepted") {
            let place = fields.keyPosition("accepted")
            problems.add(file, place.line, place.column, "field 'accepted' is only for short and blank questions")
        }
        let choices = usesChoices ? readChoices(fields, &problems) : []
        let answer: QuizAnswer?
        switch kind {
        case .single: answer = readSingle(fields, choices: choices, &problems)
        case .multiple: answer = readMultiple(fields, choices: choices, &problems)
        case .short: answer = readShort(fields, &problems)
        case .blank: answer = readBlanks(fields, prompt: prompt, &problems)
        }
        let pattern = readPattern(fields, kind: kind, &problems)
        let partialCredit = readPartialCredit(fields, kind: kind, &problems)
        guard let id, Identifier.isValid(id), let prompt, let explanation, let answer, let choices,
              let partialCredit else { return nil }
        var question = QuizQuestion(id: id, kind: kind, prompt: prompt, choices: choices, answer: answer,
                                    explanation: explanation, tags: tags, line: line)
        question.pattern = pattern
        question.partialCredit = partialCredit
        return (question, fields.valuePosition("id"))
    }

    /// `pattern` (short questions only): a regular expression that must compile.
    /// A problem is recorded in `problems`, which fails the whole load.
    private func readPattern(_ fields: MappingReader, kind: QuestionKind,
                             _ problems: inout ProblemList) -> String? {
        guard fields.has("pattern") else { return nil }
        guard kind == .short else {
            let place = fields.keyPosition("pattern")
            problems.add(file, place.line, place.column, "field 'pattern' is only for short questions")
            return nil
        }
        guard let text = fields.string("pattern", &problems) else { return nil }
        guard (try? Regex(text)) != nil else {
            let place = fields.valuePosition("pattern")
            problems.add(file, place.line, place.column, "pattern '\(text)' is not a valid regular expression")
            return nil
        }
        return text
    }

    /// `partial_credit` (multiple questions only): true or false, false when absent.
    private func readPartialCredit(_ fields: MappingReader, kind: QuestionKind,
                                   _ problems: inout ProblemList) -> Bool? {
        guard fields.has("partial_credit") else { return false }
        guard kind == .multiple else {
            let place = fields.keyPosition("partial_credit")
            problems.add(file, place.line, place.column, "field 'partial_credit' is only for multiple questions")
            return nil
        }
        switch fields.string("partial_credit", &problems) {
        case "true"?: return true
        case "false"?: return false
        case nil: return nil
        default:
            fields.wrongType("partial_credit", "true or false", &problems)
            return nil
        }
    }

    private func readChoices(_ fields: MappingReader, _ problems: inout ProblemList) -> [String]? {
        guard let choices = fields.strings("choices", minimumCount: 2, &problems) else { return nil }
        var seen = Set<String>()
        for choice in choices where !seen.insert(choice).inserted {
            let place = fields.valuePosition("choices")
            problems.add(file, place.line, place.column, "duplicate choice '\(choice)'")
        }
        return choices
    }

    private func readSingle(_ fields: MappingReader, choices: [String]?, _ problems: inout ProblemList) -> QuizAnswer? {
        guard let answer = fields.string("answer", &problems) else { return nil }
        if let choices, !choices.contains(answer) {
            let place = fields.valuePosition("answer")
            problems.add(file, place.line, place.column, "answer '\(answer)' is not one of the choices")
            return nil
        }
        return .choice(answer)
    }

    private func readMultiple(_ fields: MappingReader, choices: [String]?, _ problems: inout ProblemList) -> QuizAnswer? {
        guard let answers = fields.strings("answer", minimumCount: 1, &problems) else { return nil }
        guard let choices else { return nil }
        var valid = true
        for answer in answers where !choices.contains(answer) {
            let place = fields.valuePosition("answer")
            problems.add(file, place.line, place.column, "answer '\(answer)' is not one of the choices")
            valid = false
        }
        return valid ? .choices(answers) : nil
    }

    private func readShort(_ fields: MappingReader, _ problems: inout ProblemList) -> QuizAnswer? {
        let answer = fields.string("answer", &problems)
        let accepted = fields.strings("accepted", required: false, &problems)
        guard let answer, let accepted else { return nil }
        return .text([answer] + accepted.filter { $0 != answer })
    }

    private func readBlanks(_ fields: MappingReader, prompt: String?, _ problems: inout ProblemList) -> QuizAnswer? {
        let blankCount = prompt.map { occurrences(of: QuizQuestion.blankMarker, in: $0) }
        if blankCount == 0 {
            let place = fields.valuePosition("prompt")
            problems.add(file, place.line, place.column, "a blank question's prompt needs at least one '___'")
        }
        // `answer` may be one text (one blank) or a list with one text per blank.
        var answers: [String]?
        if let node = fields.value("answer"), node.scalar != nil {
            answers = fields.string("answer", &problems).map { [$0] }
        } else {
            answers = fields.strings("answer", minimumCount: 1, &problems)
        }
        guard let answers, let blankCount, blankCount > 0 else { return nil }
        if answers.count != blankCount {
            let place = fields.valuePosition("answer")
            problems.add(file, place.line, place.column,
                         "the prompt has \(blankCount) \(blankCount == 1 ? "blank" : "blanks") ('___') but 'answer' gives \(answers.count)")
            return nil
        }
        var alternatives = answers.map { [$0] }
        if let node = fields.value("accepted") {
            guard let entries = readAcceptedPerBlank(node, fields: fields, &problems) else { return nil }
            if entries.count != blankCount {
                let place = fields.valuePosition("accepted")
                problems.add(file, place.line, place.column,
                             "'accepted' has \(entries.count) \(entries.count == 1 ? "entry" : "entries") but the prompt has \(blankCount) \(blankCount == 1 ? "blank" : "blanks")")
                return nil
            }
            for (index, extra) in entries.enumerated() {
                alternatives[index] += extra.filter { $0 != answers[index] }
            }
        }
        return .blanks(alternatives)
    }

    /// `accepted` of a blank question: one entry per blank, each a text or a list of texts.
    private func readAcceptedPerBlank(_ node: Node, fields: MappingReader, _ problems: inout ProblemList) -> [[String]]? {
        guard let sequence = node.sequence else {
            fields.wrongType("accepted", "a list with one entry per blank", &problems)
            return nil
        }
        var entries: [[String]] = []
        for item in sequence {
            if let text = item.scalar?.string {
                entries.append([text])
            } else if let inner = item.sequence, let texts = Optional(inner.compactMap { $0.scalar?.string }),
                      texts.count == inner.count {
                entries.append(texts)
            } else {
                let place = fields.yaml.position(of: item)
                problems.add(file, place.line, place.column, "each entry of 'accepted' must be a text or a list of texts")
                return nil
            }
        }
        return entries
    }
}
